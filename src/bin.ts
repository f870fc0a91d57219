#!/usr/bin/env node
// The executable: hands argv and the process streams to run() and sets the exit code.
import { run } from './cli.js';

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
