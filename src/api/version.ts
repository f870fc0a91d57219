// The installed package's version, from its package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PKG_ROOT } from '../paths.js';

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PKG_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
