// linkedom and Readability cost hundreds of milliseconds to load: a run that reads no HTML must
// never load them. Checked in a fresh Node process on the built code.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, ROOT, runModuleScript } from '../../helpers/fresh-process.js';

const PARSE = path.join(ROOT, 'dist/src/ingest/parse.js');
const built = builtFiles([PARSE], 'the lazy-loading test');

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
    expect(JSON.parse(runModuleScript(SCRIPT))).toEqual({ afterText: false, afterHtml: true });
  });
});
