// The publication gate: from each file's counts to the exit code, with --fail-on/--max-warnings given in code or
// taken from the strictest configuration among the files.
import type { FileResult } from '../model/finding.js';
import { optionsFor, type LintFilesOptions } from '../io/lint-files.js';

export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;

/** What the gate needs of a file once its part of the report is written. */
export interface Outcome { filePath: string; error?: string; errors: number; warnings: number }

export const outcomeOf = (r: FileResult): Outcome => ({
  filePath: r.filePath, error: r.error,
  errors: r.findings.filter((f) => f.severity === 2).length,
  warnings: r.findings.filter((f) => f.severity === 1).length,
});

export interface Gate { failOn: 'error' | 'warning'; maxWarnings?: number }

export interface GateOptions {
  /** Lowest severity that fails (default error). */
  failOn?: 'error' | 'warning';
  maxWarnings?: number;
  /** Which of the two were given explicitly (on the command line): those win over configuration files. */
  explicit?: { failOn?: boolean; maxWarnings?: boolean };
}

/** The gate in effect: explicit settings win; otherwise the strictest configuration among the files decides. */
export function gateFor(outcomes: Outcome[], given: GateOptions, options: LintFilesOptions): Gate {
  let failOn = given.failOn ?? 'error';
  let maxWarnings = given.maxWarnings;
  if (options.config) {
    for (const r of outcomes) {
      if (r.error) continue;
      try {
        const c = optionsFor(r.filePath, options);
        if (!given.explicit?.failOn && c.failOn === 'warning') failOn = 'warning';
        if (maxWarnings === undefined && c.maxWarnings !== undefined) maxWarnings = c.maxWarnings;
        else if (!given.explicit?.maxWarnings && c.maxWarnings !== undefined) maxWarnings = Math.min(maxWarnings ?? Infinity, c.maxWarnings);
      } catch {
        // a broken configuration was already reported for that file
      }
    }
  }
  return { failOn, maxWarnings };
}

/** 2 when a file could not be read, 1 when findings fail the gate, else 0. */
export function exitCode(outcomes: Outcome[], gate: Gate): number {
  if (outcomes.some((r) => r.error)) return EXIT.USAGE;
  const errors = outcomes.reduce((a, r) => a + r.errors, 0);
  const warnings = outcomes.reduce((a, r) => a + r.warnings, 0);
  if (errors) return EXIT.FINDINGS;
  if (gate.failOn === 'warning' && warnings) return EXIT.FINDINGS;
  if (gate.maxWarnings !== undefined && warnings > gate.maxWarnings) return EXIT.FINDINGS;
  return EXIT.OK;
}
