// linkedom and Readability cost hundreds of milliseconds to load: a run that reads no HTML must
// never load them. Checked in a fresh Node process on the built code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PARSE = path.join(ROOT, 'dist/src/ingest/parse.js');
const built = existsSync(PARSE);
if (!built) console.warn('dist/ is missing: run `npm run build` (npm test does) for the lazy-loading test');

const SCRIPT = `
import { createRequire } from 'node:module';
const { parseArticleText } = await import(${JSON.stringify(PARSE)});
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((f) => /linkedom|readability/.test(f)).length > 0;
parseArticleText('story.md', '# Title\\n\\nBody text. More text.\\n');
parseArticleText('story.txt', 'Title\\n\\nBody text.\\n');
const afterText = loaded();
parseArticleText('page.html', '<p>Body text.</p>');
console.log(JSON.stringify({ afterText, afterHtml: loaded() }));
`;

describe.skipIf(!built)('lazy loading of the HTML libraries', () => {
  it('loads linkedom and Readability only when an HTML file is parsed', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ afterText: false, afterHtml: true });
  });
});
