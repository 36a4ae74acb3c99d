// The speed floor for benchmarks: a plain Node script that only reads the files under a folder and
// splits them into sentences with a regex. digest cannot be faster than this; we report the ratio.
//   node dist/eval/floor.js <folder>
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';

const folder = process.argv[2];
if (!folder) throw new Error('usage: floor.js <folder>');
let sentences = 0;
for (const file of fg.sync('**/*.{txt,md,markdown}', { cwd: folder, absolute: true })) {
  sentences += readFileSync(file, 'utf8').split(/(?<=[.!?])\s+/).length;
}
process.stdout.write(`${sentences}\n`);
