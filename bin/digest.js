#!/usr/bin/env node
import { launch } from '../dist/src/cli/launch.js';
// The reader of a pipe went away (digest … | head): nothing more to say, and that is not a failure.
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error; });
// Ctrl-C stops at once with 128 + SIGINT; every line already written is whole (each is one write).
process.on('SIGINT', () => process.exit(130));
process.exitCode = await launch(process.argv.slice(2));
