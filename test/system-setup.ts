// Says up front which system tests will be skipped and why (vitest's summary shows only a count of skipped tests).
import { inCI, systemTool } from './system-tools.js';

export default function setup(): void {
  for (const name of ['soffice', 'chromium'] as const) {
    const tool = systemTool(name);
    if (tool.command) continue;
    process.stderr.write(`test:system: ${tool.reason}; ${inCI() ? 'CI=true: its tests fail' : 'its tests are skipped'}\n`);
  }
}
