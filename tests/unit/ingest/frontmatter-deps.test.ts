// gray-matter asks for js-yaml 3, which drags in esprima (280 KB) and a second YAML parser: tens of
// milliseconds of startup for every run over Markdown. package.json's `overrides` gives gray-matter
// the js-yaml 4 we use anyway (we always pass our own YAML engine, so gray-matter's is never called).
// Checked in a fresh Node process on the built code.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, ROOT, runModuleScript } from '../../helpers/fresh-process.js';

const PARSE = path.join(ROOT, 'dist/src/ingest/parse.js');
const built = builtFiles([PARSE], 'the front matter dependency test');

const SCRIPT = `
import { createRequire } from 'node:module';
const { parseArticleText } = await import(${JSON.stringify(PARSE)});
const article = parseArticleText('story.md', '---\\ntitle: Floods\\ndate: 2024-02-30\\n---\\nBody text. More text.\\n');
const files = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({
  title: article.headline,
  yamlCopies: [...new Set(files.filter((f) => /[\\\\/]js-yaml[\\\\/]/.test(f)).map((f) => f.replace(/[\\\\/]js-yaml[\\\\/].*$/, '')))].length,
  esprima: files.some((f) => /esprima/.test(f)),
}));
`;

describe.skipIf(!built)('front matter dependencies', () => {
  it('reads front matter with one js-yaml and without esprima', () => {
    expect(JSON.parse(runModuleScript(SCRIPT))).toEqual({ title: 'Floods', yamlCopies: 1, esprima: false });
  });
});
