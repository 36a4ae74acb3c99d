#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
import { nodeIo } from '../dist/src/cli/node-io.js';
// The reader of a pipe went away (digest … | head): nothing more to say, and that is not a failure.
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error; });
process.exitCode = await main(process.argv.slice(2), nodeIo());
