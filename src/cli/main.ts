import { Command, CommanderError } from 'commander';
import type { Io } from './io.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './errors.js';
import { toolVersion } from './version.js';
import { registerSummarize } from './commands/summarize.js';
import { registerSchema } from './commands/schema.js';
import { registerCompare } from './commands/compare.js';
import { registerStories } from './commands/stories.js';

/** What a command's action needs from the run: the Io, the version, and where to put its exit code. */
export interface CommandContext {
  io: Io;
  version: string;
  setExitCode(code: number): void;
}

/** Every command, in the order `--help` lists them. A new command is one file and one line here. */
const COMMANDS: ReadonlyArray<(program: Command, context: CommandContext) => void> = [
  registerSummarize,
  registerCompare,
  registerStories,
  registerSchema,
];

const HELP_FOOTER = `
Examples:
  digest summarize articles/
  digest summarize 'articles/**/*.md' --sentences 2 --json
  cat story.md | digest summarize - --stdin-filename story.md --format ndjson
  digest schema > digest.schema.json

Exit status:
  0 success · 1 check found errors · 2 usage, config, input or internal error

Environment:
  NO_COLOR, FORCE_COLOR, COLUMNS, DIGEST_CONFIG
`;

/** The whole CLI as a function: parses argv, runs a command, returns the exit code. Never exits the process. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const context: CommandContext = { io, version: toolVersion(), setExitCode: (code) => { exitCode = code; } };
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
}

function buildProgram(context: CommandContext): Command {
  const program = new Command('digest')
    .description('news digests from article files: summaries, quotes with speakers, key figures, comparisons and checks')
    .version(context.version, '-V, --version', 'print the version')
    .helpCommand(true)
    .showHelpAfterError('(run digest <command> --help)')
    .addHelpText('after', HELP_FOOTER);
  for (const register of COMMANDS) register(program, context);
  configure(program, context.io);
  return program;
}

/** Commander writes through our Io and throws instead of exiting, on every command. */
function configure(command: Command, io: Io): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => void io.stdout(text),
    writeErr: (text) => io.stderr(text),
    getOutHelpWidth: () => Math.min(io.columns || 80, 100),
    getErrHelpWidth: () => 80,
  });
  for (const sub of command.commands) {
    if (!sub.helpInformation().includes('Exit status:')) sub.addHelpText('after', HELP_FOOTER);
    configure(sub, io);
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; anything else commander rejects is a usage error (never 1).
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT_OK;
    if (error.code === 'commander.executeSubCommandAsync') return EXIT_OK;
    return EXIT_ERROR;
  }
  if (error instanceof UsageError) {
    io.stderr(`digest: ${error.message}\n(run digest <command> --help)\n`);
    return EXIT_ERROR;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`digest: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT_ERROR;
}
