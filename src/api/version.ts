// The installed package's version, from its package.json (src/package-info.ts).
export { packageVersion, builtinLexiconVersion } from '../package-info.js';
