// Configuration files: found upward from each linted file (like ESLint and Prettier) or given with --config; validated.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { PKG_ROOT } from '../paths.js';
import { readRegularFile, ReadError, MAX_CONFIG_BYTES } from '../fs/read.js';
import { lazyRequire as require } from '../lazy-require.js';
import type { LinterOptions } from '../engine/linter.js';
import { CHECKERS } from '../checkers/index.js';


export const CONFIG_NAMES = ['tenderlint.config.json', '.tenderlintrc.json', '.tenderlintrc.yaml', '.tenderlintrc.yml'];

export interface Config extends LinterOptions {
  root?: boolean;
  failOn?: 'error' | 'warning';
  maxWarnings?: number;
  /** The file the configuration came from. */
  source?: string;
}

/** An invalid configuration: names the file and the field. Exit code 2. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly field: string, reason: string) {
    super(`${file}: ${field ? `${field}: ` : ''}${reason}`);
  }
}

const SCHEMA = join(PKG_ROOT, 'schema', 'config.schema.json');
let validate: ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params?: Record<string, unknown> }> | null } | undefined;

/** Reads and validates one configuration file. Paths inside it are resolved against its folder. */
export function readConfig(file: string): Config {
  let text: string;
  try {
    // Regular files of at most 1 MB: a FIFO or a link to /dev/zero would hang or exhaust memory.
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses: it is not part of the text.
    text = readRegularFile(file, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration files' }).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof ReadError) throw new ConfigError(file, '', e.reason);
    throw e;
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/.test(file) ? (require('yaml') as typeof import('yaml')).parse(text) : JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, '', `is not valid ${/\.ya?ml$/.test(file) ? 'YAML' : 'JSON'} (${String((e as Error).message).split('\n')[0]})`);
  }
  if (data === null || data === undefined) data = {};
  if (!validate) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    validate = new Ajv({ allErrors: false, strict: false }).compile(JSON.parse(readFileSync(SCHEMA, "utf8"))) as unknown as typeof validate;
  }
  if (!validate!(data)) {
    const e = validate!.errors![0]!;
    const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const detail = e.params?.additionalProperty ? `unknown field "${String(e.params.additionalProperty)}"` : e.params?.allowedValues ? `${e.message}: ${(e.params.allowedValues as unknown[]).join(', ')}` : e.message ?? 'invalid';
    throw new ConfigError(file, field, detail);
  }
  const cfg = data as Config;
  const ids = new Set(CHECKERS.map((c) => c.id));
  for (const id of Object.keys(cfg.rules ?? {})) if (!ids.has(id)) throw new ConfigError(file, `rules.${id}`, 'unknown rule (see "tenderlint rules")');
  const here = dirname(file);
  for (const [i, p] of (cfg.lexicon ?? []).entries()) {
    if (!existsSync(resolve(here, p))) throw new ConfigError(file, `lexicon[${i}]`, `"${p}" does not exist`);
  }
  return { ...cfg, lexicon: cfg.lexicon?.map((p) => resolve(here, p)), source: file };
}

const cache = new Map<string, Config | null>();

/** The configuration that applies to a file: the nearest config upward (stopping at `root: true`), merged outward. */
export function configFor(filePath: string): Config {
  const chain: Config[] = [];
  let dir = dirname(resolve(filePath));
  for (;;) {
    let cfg = cache.get(dir);
    if (cfg === undefined) {
      const name = CONFIG_NAMES.find((n) => existsSync(join(dir, n)));
      cfg = name ? readConfig(join(dir, name)) : null;
      cache.set(dir, cfg);
    }
    if (cfg) { chain.unshift(cfg); if (cfg.root) break; }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return mergeConfigs(chain);
}

/** Later (nearer) configurations override earlier ones; lists add up. */
export function mergeConfigs(chain: Config[]): Config {
  const out: Config = {};
  for (const c of chain) {
    if (c.lang) out.lang = c.lang;
    if (c.failOn) out.failOn = c.failOn;
    if (c.maxWarnings !== undefined) out.maxWarnings = c.maxWarnings;
    out.rules = { ...out.rules, ...c.rules };
    out.lexicon = [...(out.lexicon ?? []), ...(c.lexicon ?? [])];
    out.disableEntries = [...(out.disableEntries ?? []), ...(c.disableEntries ?? [])];
    out.allow = [...(out.allow ?? []), ...(c.allow ?? [])];
    out.mandated = [...(out.mandated ?? []), ...(c.mandated ?? [])];
    out.source = c.source;
  }
  return out;
}

export function clearConfigCache(): void {
  cache.clear();
}

export function isConfigName(p: string): boolean {
  return CONFIG_NAMES.includes(basename(p));
}
