#!/usr/bin/env node
// The executable: the bundled CLI, loaded through V8's code cache (see launch.ts). The build bundles it twice:
// dist/tenderlint.mjs, and dist/tenderlint.cjs, the command package.json installs: Node starts a CommonJS main
// without its ES module loader, which is several milliseconds of a one-page run. Hence no top-level await here.
import { loadCli } from './launch.js';

const { run, processIO } = loadCli();
void run(process.argv.slice(2), processIO()).then((code) => { process.exitCode = code; });
