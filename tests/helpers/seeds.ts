import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ../shared next to the project root: evaluation corpora and seeds, absent on some machines. */
export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const SEEDS_DIR = path.join(SHARED, 'seeds');
export const SEED_000 = path.join(SEEDS_DIR, '000_99f45e7fed0112e3.txt');
export const SEED_003 = path.join(SEEDS_DIR, '003_f594c6843ad4196a.txt');
export const haveSeeds = existsSync(SEED_000) && existsSync(SEED_003);
export const SKIP_SEEDS_REASON = `../shared/seeds not found at ${SEEDS_DIR}: seed tests skipped`;
if (!haveSeeds) console.warn(SKIP_SEEDS_REASON);

export function readSeed(file: string): string {
  return readFileSync(file, 'utf8');
}
