// ESLint-style formatters from a package or a file, found as ESLint finds them: a name with a slash is a path from
// the working directory; otherwise the package eslint-formatter-<name> (or @scope/eslint-formatter[-name]),
// resolved from the working directory. The module's default export is function(results, context), possibly async.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult } from '../model/finding.js';
import type { FormatContext } from './types.js';
import { toJsonResults } from './json.js';
import { eslintContext } from './eslint.js';
import { importModule } from '../dynamic-import.js';

/** A formatter that could not be found or loaded: a user mistake, reported in one line. */
export class FormatterError extends Error {}

export type EslintFormatterFunction = (results: unknown[], context: Record<string, unknown>) => string | Promise<string>;

export interface LoadedFormatter {
  /** The file the formatter was loaded from. */
  path: string;
  /** Renders the results as ESLint would hand them over: ESLint-shaped results sorted by path, and ESLint's context. */
  format(results: FileResult[], ctx: FormatContext): Promise<string>;
}

/** ESLint's package naming (eslint/lib/shared/naming.js): "junit" → eslint-formatter-junit, "@x/y" → @x/eslint-formatter-y. */
export function formatterPackageName(name: string): string {
  const prefix = 'eslint-formatter';
  if (name.startsWith('@')) {
    const shortcut = new RegExp(`^(@[^/]+)(?:/(?:${prefix})?)?$`, 'u');
    if (shortcut.test(name)) return name.replace(shortcut, `$1/${prefix}`);
    if (!new RegExp(`^${prefix}(-|$)`, 'u').test(name.split('/')[1]!)) return name.replace(/^@([^/]+)\/(.*)$/u, `@$1/${prefix}-$2`);
    return name;
  }
  return name.startsWith(`${prefix}-`) ? name : `${prefix}-${name}`;
}

/** Where the formatter named `name` lives, from `cwd`. */
export function resolveFormatter(name: string, cwd: string): string {
  const normalized = name.replace(/\\/g, '/');
  if (!normalized.startsWith('@') && normalized.includes('/')) return resolve(cwd, normalized);
  const pkg = formatterPackageName(normalized);
  try {
    return createRequire(join(cwd, '__placeholder__.js')).resolve(pkg);
  } catch {
    throw new FormatterError(`no formatter "${name}": not a built-in format, and the package ${pkg} is not installed (npm install -D ${pkg})`);
  }
}

/** Loads an ESLint-style formatter; throws FormatterError when it cannot. */
export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  const path = resolveFormatter(name, cwd);
  let fn: unknown;
  try {
    const mod = await importModule(pathToFileURL(path).href) as { default?: unknown };
    fn = mod.default ?? mod;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' ? 'does not exist' : (e as Error).message.split('\n')[0];
    throw new FormatterError(`formatter ${path} could not be loaded: ${reason}`);
  }
  if (typeof fn !== 'function') throw new FormatterError(`formatter ${path} does not export a function (it exports ${typeof fn})`);
  const formatter = fn as EslintFormatterFunction;
  return {
    path,
    async format(results, ctx) {
      const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
      const out = await formatter(toJsonResults(sorted, ctx.reportSuppressed), { ...eslintContext(sorted, ctx), color: ctx.color });
      return typeof out === 'string' ? out : String(out ?? '');
    },
  };
}
