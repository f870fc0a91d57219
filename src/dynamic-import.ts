// How code loads an ES module on demand. Code loaded from V8's code cache loses what `import()` needs to resolve
// (a Node 20 limitation), so the code-cached executable (src/launch.ts) passes its own `import()` in here.

let importer = (specifier: string): Promise<unknown> => import(specifier);

/** Loads a module by specifier or file URL. */
export const importModule = (specifier: string): Promise<unknown> => importer(specifier);

/** Replaces the loader (src/launch.ts, for the code-cached bundle). */
export function setModuleImporter(fn: (specifier: string) => Promise<unknown>): void { importer = fn; }
