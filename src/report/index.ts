// The formatters by name.
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { compact } from './compact.js';
import { json } from './json.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, compact, json };
export type { Formatter, FormatContext } from './types.js';
