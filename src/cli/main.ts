import { Command, CommanderError } from 'commander';
import type { Io } from './io.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './errors.js';
import { toolVersion } from './version.js';

/** What a command's action needs from the run: the Io, the version, and where to put its exit code. */
export interface CommandContext {
  io: Io;
  version: string;
  setExitCode(code: number): void;
}

type Register = (program: Command, context: CommandContext) => void;

interface CommandEntry {
  names: readonly string[];
  load(): Promise<Register>;
}

/**
 * Every command, in the order `--help` lists them. A new command is one file and one line here.
 * Commands load lazily: `digest summarize` never loads the code of `digest check`, and `--version` loads none.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { names: ['summarize', 'sum'], load: async () => (await import('./commands/summarize.js')).registerSummarize },
  { names: ['figures'], load: async () => (await import('./commands/figures.js')).registerFigures },
  { names: ['quotes'], load: async () => (await import('./commands/quotes.js')).registerQuotes },
  { names: ['check'], load: async () => (await import('./commands/check.js')).registerCheck },
  { names: ['compare'], load: async () => (await import('./commands/compare.js')).registerCompare },
  { names: ['stories'], load: async () => (await import('./commands/stories.js')).registerStories },
  { names: ['brief'], load: async () => (await import('./commands/brief.js')).registerBrief },
  { names: ['schema'], load: async () => (await import('./commands/schema.js')).registerSchema },
];

const HELP_FOOTER = `
Examples:
  digest summarize articles/
  digest summarize 'articles/**/*.md' --sentences 2 --json
  cat story.md | digest summarize - --stdin-filename story.md --format ndjson
  digest check 'articles/**/*.md' --format github
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
  try {
    const program = await buildProgram(context, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
}

/** The commands to load for this argv: the one named, or all of them (for help and unknown commands). */
function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  const first = argv.find((arg) => !arg.startsWith('-'));
  if (first === undefined && argv.some((arg) => arg === '-V' || arg === '--version')) return [];
  const named = COMMANDS.filter((entry) => first !== undefined && entry.names.includes(first));
  return named.length > 0 ? named : COMMANDS;
}

async function buildProgram(context: CommandContext, argv: readonly string[]): Promise<Command> {
  const program = new Command('digest')
    .description('news digests from article files: summaries, quotes with speakers, key figures, comparisons and checks')
    .version(context.version, '-V, --version', 'print the version')
    .helpCommand(true)
    .showHelpAfterError('(run digest <command> --help)')
    .addHelpText('after', HELP_FOOTER);
  for (const entry of commandsFor(argv)) (await entry.load())(program, context);
  configure(program, context.io);
  return program;
}

/** Commander writes through our Io and throws instead of exiting, on every command. */
function configure(command: Command, io: Io): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => void io.stdout(text),
    writeErr: (text) => io.stderr(text),
    // Every fatal message is one line "digest: <message>" (docs/CLI-CONVENTIONS.md), commander's own usage errors too.
    outputError: (text, write) => write(text.replace(/^error: /, 'digest: ')),
    getOutHelpWidth: () => Math.min(io.columns || 80, 100),
    getErrHelpWidth: () => 80,
  });
  for (const sub of command.commands) configure(sub, io);
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
