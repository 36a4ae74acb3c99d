// `--output FILE`: the whole result written to a temporary file beside FILE, then renamed over it,
// so a reader (a browser refreshing the briefing, a sync client) never sees half a file.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

/** Creates or replaces `target` (relative to `cwd`) atomically. */
export async function writeOutputFile(cwd: string, target: string, text: string): Promise<void> {
  const full = path.resolve(cwd, target);
  const data = new TextEncoder().encode(text);
  const exists = await fs.stat(full).then(() => true, () => false);
  if (exists) return writeFileAtomic(full, data);
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.digest-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, full);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
