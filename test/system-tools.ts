// External programs the system tests drive for real (LibreOffice, Chromium): found on PATH, or a reason to skip.
// Outside CI a missing program skips its tests with that reason; with CI=true it is a failure, so CI cannot pass
// by silently skipping them.
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

/** The one Debian/Ubuntu line that installs every program the system tests need. */
export const INSTALL_LINE = 'apt-get install -y libreoffice-writer-nogui chromium poppler-utils';

export interface SystemTool {
  name: string;
  /** The command found on PATH, or undefined. */
  command?: string;
  /** Why the tests that need it do not run, when it is missing. */
  reason: string;
}


/** Looks a program up on PATH (without running it). */
export function systemTool(name: 'soffice' | 'chromium'): SystemTool {
  // By these names only: scripts/make-docx.mjs and scripts/screenshot.sh call them so.
  const command = spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe', encoding: 'utf8' }).stdout.trim() || undefined;
  return { name, command, reason: `${name} is not on PATH (install it with: ${INSTALL_LINE})` };
}

/** CI=true (as CI services set it): a missing program fails instead of skipping. */
export const inCI = (): boolean => /^(1|true)$/i.test(process.env.CI ?? '');

/** Skips the current test with the reason when the program is missing, or fails it in CI. */
export function requireTool(ctx: TestContext, tool: SystemTool): string {
  if (tool.command) return tool.command;
  if (inCI()) throw new Error(`${tool.reason}; CI=true requires it`);
  return ctx.skip(tool.reason);
}
