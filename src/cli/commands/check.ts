import { Option, type Command } from 'commander';
import type { Problem } from '../../model.js';
import { parseDate } from '../../text/dates.js';
import { DEFAULT_MAX_BYTES, loadArticle, type Input } from '../../ingest/load.js';
import { isProblem } from '../../ingest/parse-text.js';
import { addSetFindings, checkArticle, checkEmptyFile, finishFile, type CheckOptions, type FileCheck } from '../../check/index.js';
import { configJson, type CheckConfig } from '../../check/config.js';
import { CHECK_FORMATS, renderCheck, type CheckFormat } from '../../render/check-formats.js';
import { countFindings, tooManyWarnings, type CheckReport } from '../../render/check-report.js';
import { resolveCommon, positiveInt, type CommonFlags } from '../options.js';
import { loadInputs, reportProblem } from '../run-articles.js';
import { decideColor, decideColumns, type Io } from '../io.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { ConfigFinder, formatConfigError } from '../check-config.js';
import { fixFile } from '../check-fix.js';
import type { CommandContext } from '../main.js';

interface CheckFlags extends CommonFlags {
  config?: string;
  printConfig?: string;
  maxWarnings?: string;
  fix?: boolean;
  inlineConfig?: boolean;
  today?: string;
}

const CHECK_HELP = `
Examples:
  digest check articles/
  digest check 'articles/**/*.md' --format github
  digest check articles/ --max-warnings 0 --format junit > digest-check.xml
  digest check articles/ --fix
  digest check --print-config articles/story.md

Exit status:
  0 no errors (and warnings within --max-warnings) · 1 errors found, or too many warnings
  2 usage, config, input or internal error (an unreadable file included)

Environment:
  DIGEST_CONFIG (a config file, like --config), NO_COLOR, FORCE_COLOR, COLUMNS
`;

export function registerCheck(program: Command, context: CommandContext): void {
  const command = program
    .command('check')
    .description('check articles for CI: front matter, dates, titles, quotes, figures, boilerplate, encoding')
    .argument('[paths...]', 'article files, directories, glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default stylish)').choices(CHECK_FORMATS))
    .option('--json', 'same as --format json')
    .option('--color', 'force colored output')
    .option('--no-color', 'never color output')
    .option('--config <path>', 'use this config file instead of looking for .digestrc.{json,yaml,yml}')
    .option('--print-config <file>', 'print the settings that apply to this file, and exit')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .option('--fix', 'rewrite files to fix what can be fixed safely (date format, trailing boilerplate)')
    .option('--no-inline-config', 'ignore digest-disable comments in articles')
    .option('--today <date>', 'check dates as if today were this day (YYYY-MM-DD; default: the local date)')
    .option('--stdin-filename <path>', 'name for the article read from - (its extension picks Markdown, HTML or text)')
    .option('--max-bytes <n>', `skip files larger than this (default ${DEFAULT_MAX_BYTES})`)
    .option('-q, --quiet', 'no warnings on stderr (errors are still shown)')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', CHECK_HELP);
  command.action(async (paths: string[], flags: CheckFlags) => {
    context.setExitCode(await runCheck(context, paths, flags));
  });
}

async function runCheck(context: CommandContext, paths: readonly string[], flags: CheckFlags): Promise<number> {
  const { io } = context;
  const format: CheckFormat = flags.json ? 'json' : ((flags.format as CheckFormat | undefined) ?? 'stylish');
  // The common flags (stdin name, --max-bytes, --quiet) resolve as for every command; the format is check's own.
  const common = resolveCommon({ ...flags, format: 'text' });
  const maxWarnings = flags.maxWarnings === undefined ? null : positiveInt(flags.maxWarnings, '--max-warnings', true);
  const today = resolveToday(flags.today);
  const finder = new ConfigFinder(io.cwd, flags.config ?? emptyToNull(io.env.DIGEST_CONFIG));
  if (flags.printConfig !== undefined) return printConfig(io, finder, flags.printConfig);
  if (flags.fix && paths.includes('-')) throw new UsageError('--fix rewrites files, so it cannot be used with - (stdin)');
  const resolved = await loadInputs(io, paths, common);
  const configs = await configsFor(io, finder, resolved.inputs);
  if (configs === null) return EXIT_ERROR;
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  const checks: FileCheck[] = [];
  let fixed = 0;
  const reader = readAhead(resolved.inputs, (input) => loadArticle(input, io.readStdin, common.maxBytes));
  for (const [index, input] of resolved.inputs.entries()) {
    const options: CheckOptions = { rules: (configs[index] as CheckConfig).rules, today, inlineConfig: flags.inlineConfig !== false };
    const loaded = await reader(index);
    if (isProblem(loaded)) {
      if (loaded.code === 'EMPTY') checks.push(checkEmptyFile(loaded.path, options));
      else {
        reportProblem(io, loaded, common.quiet);
        problems.push(loaded);
      }
      continue;
    }
    let check = checkArticle(loaded, options);
    if (flags.fix && input.kind === 'file' && finishFile(check).fixes.length > 0) {
      const outcome = await fixFile(input, options);
      fixed += outcome.applied;
      if (outcome.problem) {
        reportProblem(io, outcome.problem, common.quiet);
        problems.push(outcome.problem);
      }
      if (outcome.article) check = checkArticle(outcome.article, options);
    }
    checks.push(check);
  }
  return finish(context, checks, problems, { format, fixed, maxWarnings: maxWarnings ?? configs[0]?.maxWarnings ?? null, color: flags.color });
}

/** Files read while earlier ones are checked: file reads wait on the disk, checking does not. */
const READ_AHEAD = 16;

/** Returns the i-th load, having started the next READ_AHEAD ones; each result is handed out once. */
function readAhead<T, R>(items: readonly T[], load: (item: T) => Promise<R>): (index: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  return (index) => {
    while (next < items.length && next <= index + READ_AHEAD) {
      const item = items[next] as T;
      started.set(next, load(item));
      next++;
    }
    const result = started.get(index) ?? load(items[index] as T);
    started.delete(index);
    return result;
  };
}

interface FinishOptions {
  format: CheckFormat;
  fixed: number;
  maxWarnings: number | null;
  color: boolean | undefined;
}

/** The set-wide pass, the inline directives, then one render of the whole report. */
async function finish(context: CommandContext, checks: FileCheck[], problems: Problem[], options: FinishOptions): Promise<number> {
  const { io } = context;
  addSetFindings(checks);
  const results = checks.map(finishFile);
  for (const result of results) {
    for (const crash of result.crashes) {
      const p: Problem = { path: result.file, code: 'INTERNAL', severity: 'error', message: `internal error: rule ${crash.ruleId} failed on ${result.file}: ${crash.message}`, line: null, column: null };
      reportProblem(io, p, false);
      problems.push(p);
    }
  }
  const report: CheckReport = {
    findings: results.flatMap((result) => result.findings),
    problems,
    files: checks.map((check) => check.file),
    fixed: options.fixed,
    maxWarnings: options.maxWarnings,
    toolVersion: context.version,
  };
  const ctx = { color: decideColor(options.color, io), columns: decideColumns(io) };
  await io.stdout(renderCheck(options.format, report, ctx));
  if (problems.some((p) => p.severity === 'error')) return EXIT_ERROR;
  const counts = countFindings(report);
  return counts.errors > 0 || tooManyWarnings(report, counts) ? EXIT_FINDINGS : EXIT_OK;
}

/** Every input's config, read before any output; null (after saying why) when one is invalid. */
async function configsFor(io: Io, finder: ConfigFinder, inputs: readonly Input[]): Promise<CheckConfig[] | null> {
  const configs: CheckConfig[] = [];
  const reported = new Set<string>();
  let failed = false;
  for (const input of inputs) {
    const result = await finder.forFile(input.kind === 'file' ? input.path : null);
    if (result.ok) {
      configs.push(result.config);
      continue;
    }
    failed = true;
    const message = formatConfigError(result.error);
    if (!reported.has(message)) io.stderr(`digest: ${message}\n`);
    reported.add(message);
  }
  if (inputs.length === 0) {
    const result = await finder.forFile(null);
    if (result.ok) configs.push(result.config);
  }
  return failed ? null : configs;
}

async function printConfig(io: Io, finder: ConfigFinder, file: string): Promise<number> {
  const result = await finder.forFile(file);
  if (!result.ok) {
    io.stderr(`digest: ${formatConfigError(result.error)}\n`);
    return EXIT_ERROR;
  }
  const json = configJson(result.config);
  await io.stdout(`${JSON.stringify({ file, ...json }, null, 2)}\n`);
  return EXIT_OK;
}

function resolveToday(flag: string | undefined): string {
  if (flag === undefined) {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }
  const parsed = parseDate(flag);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag.trim()) || !parsed.ok) throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${flag}"`);
  return parsed.iso;
}

function emptyToNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}
