// Runs the digest CLI in this process, then writes its own peak memory and CPU time as JSON to the
// file named by DIGEST_MEASURE_FILE: a portable stand-in for /usr/bin/time -v.
import { writeFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';

const code = await main(process.argv.slice(2), nodeIo());
const usage = process.resourceUsage();
const file = process.env.DIGEST_MEASURE_FILE;
if (file) writeFileSync(file, JSON.stringify({ code, maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
process.exitCode = code;
