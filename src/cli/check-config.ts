// Finds and reads check configuration: `--config` / DIGEST_CONFIG, or the first `.digestrc.*`
// in the checked file's folder or above. The text is parsed by the pure src/check/config.ts.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultConfig, parseConfig, type ConfigError, type ConfigResult } from '../check/config.js';
import { displayPath } from '../ingest/load.js';

/** Looked for in this order in each folder; the first found wins. */
export const CONFIG_NAMES = ['.digestrc.json', '.digestrc.yaml', '.digestrc.yml'] as const;

/** Resolves the config of each folder once per run (a run-scoped cache, not a module-level one). */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<ConfigResult>>();
  private explicitResult: Promise<ConfigResult> | null = null;

  constructor(private readonly cwd: string, private readonly explicit: string | null) {}

  /** The config for an article file (or, for stdin, the working directory). */
  forFile(file: string | null): Promise<ConfigResult> {
    if (this.explicit !== null) return (this.explicitResult ??= readConfig(path.resolve(this.cwd, this.explicit), this.cwd));
    return this.forFolder(file === null ? this.cwd : path.dirname(path.resolve(this.cwd, file)));
  }

  private forFolder(folder: string): Promise<ConfigResult> {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const result = this.lookIn(folder);
    this.byFolder.set(folder, result);
    return result;
  }

  private async lookIn(folder: string): Promise<ConfigResult> {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(folder, name);
      const stat = await fs.stat(candidate).catch(() => null);
      if (stat?.isFile()) return readConfig(candidate, this.cwd);
    }
    const parent = path.dirname(folder);
    return parent === folder ? { ok: true, config: defaultConfig() } : this.forFolder(parent);
  }
}

async function readConfig(file: string, cwd: string): Promise<ConfigResult> {
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, error: { file: shown, line: null, key: null, message: `cannot read config: ${reason}` } };
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), shown);
}

/** `invalid config .digestrc.yaml:4: rules."date/futur": unknown rule …` */
export function formatConfigError(error: ConfigError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return `invalid config ${where}: ${error.key === null ? '' : `${error.key}: `}${error.message}`;
}
