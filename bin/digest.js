#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/src/cli/main.js';
import { nodeIo } from '../dist/src/cli/node-io.js';

/**
 * Most bytecode (bytes) the optimising compiler inlines into one function; V8's default is 920. A digest
 * run is short and touches many functions once per article, so a third of its CPU went to compiling, much
 * of it recompiling large inlined bodies after a deoptimisation in one callee. A smaller budget compiles
 * less and recompiles less; the code that results is no slower on long runs. Measured by `npm run bench:jit`
 * (eval/results/jit-inlining*.md: BBC summarize --jobs 1 CPU -21 %, wall -10 %; 10k synthetic no slower). Output is unchanged:
 * this decides only what is compiled, never what is computed. Read when a function is optimised, so
 * setting it here, before any article is read, is in time (worker threads share the process's flags).
 */
const INLINING_BUDGET_BYTES = 200;
setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`);

// The reader of a pipe went away (digest … | head): nothing more to say, and that is not a failure.
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error; });
// Ctrl-C stops at once with 128 + SIGINT; every line already written is whole (each is one write).
process.on('SIGINT', () => process.exit(130));
process.exitCode = await main(process.argv.slice(2), nodeIo());
