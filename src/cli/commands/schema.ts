import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';

/** schema/digest.schema.json, found from this file upward (dist/src/cli/commands or src/cli/commands). */
export function readSchemaText(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    try {
      return readFileSync(path.join(dir, 'schema', 'digest.schema.json'), 'utf8');
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new Error('schema/digest.schema.json is missing from the installation');
}

export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of digest\'s JSON output')
    .addHelpText('after', `
Examples:
  digest schema > digest.schema.json

Exit status:
  0 success
`)
    .action(async () => {
      await context.io.stdout(readSchemaText());
    });
}
