// The CLI from the module build alone (tsc's output, no bundle): what bin/digest.js ran before the
// bundle, for eval/startup.ts to time beside it.   node dist/eval/run-modules.js <digest args>
import { main } from '../src/cli/main.js';
import { nodeIo } from '../src/cli/node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
