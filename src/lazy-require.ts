// Loads a package or a Node built-in on first use instead of at start-up. A static import of, say, jszip or
// node:zlib is evaluated on every run (the bundle hoists it), even by a run that never opens a .docx.
import { createRequire } from 'node:module';

export const lazyRequire = createRequire(import.meta.url);
