import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** The package version, read from digest's package.json (found from this file upward), so it never drifts. */
export function toolVersion(): string {
  if (cached !== null) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'digest' && pkg.version) return (cached = pkg.version);
    } catch {
      // not here: look one folder up
    }
    dir = path.dirname(dir);
  }
  return (cached = '0.0.0');
}
