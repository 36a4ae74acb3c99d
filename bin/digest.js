#!/usr/bin/env node
// CommonJS (bin/package.json), like the launcher: see src/cli/launch.cts for why.
'use strict';
const { launch } = require('../dist/src/cli/launch.cjs');
// The reader of a pipe went away (digest … | head): nothing more to say, and that is not a failure.
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error; });
// Ctrl-C stops at once with 128 + SIGINT; every line already written is whole (each is one write).
process.on('SIGINT', () => process.exit(130));
launch(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  // main() reports its own errors; this is the launcher failing to start it at all.
  (error) => { process.stderr.write(`digest: internal error: cannot start: ${error?.message ?? error}\n`); process.exitCode = 2; },
);
