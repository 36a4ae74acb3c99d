// Replaces a file's contents without a moment where it is half written: a temporary file in the
// same folder is written and flushed to disk, then renamed over the original.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  // Write next to the real file, so a symbolic link stays a link and the rename stays on one file system.
  const real = await fs.realpath(target);
  const folder = path.dirname(real);
  const { mode } = await fs.stat(real);
  const temp = path.join(folder, `.${path.basename(real)}.digest-fix-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, real);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable. Not every platform can open a folder: then the rename is as safe as it gets. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse: nothing more can be done.
  }
}
