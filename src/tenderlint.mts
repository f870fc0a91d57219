#!/usr/bin/env node
// The installed executable (package.json "bin"): the bundled CLI, loaded through V8's code cache (see launch.ts).
import { loadCli } from './launch.js';

const { run, processIO } = loadCli();
process.exitCode = await run(process.argv.slice(2), processIO());
