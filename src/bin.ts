#!/usr/bin/env node
// The unbundled executable (development and tests): hands argv and the process streams to run() and sets the
// exit code. Installed users run dist/tenderlint.cjs, the same CLI bundled and loaded through V8's code cache.
import { run, processIO } from './cli.js';

process.exitCode = await run(process.argv.slice(2), processIO());
