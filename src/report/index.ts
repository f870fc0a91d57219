// The formatters by name.
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { compact } from './compact.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { html } from './html.js';
import { jsonWithMetadata } from './eslint.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, compact, json, 'json-with-metadata': jsonWithMetadata, sarif, html };
export type { Formatter, FormatContext } from './types.js';
