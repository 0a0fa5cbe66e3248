// Which findings a user sees and at what severity: applies `# gcscope: ignore[...]` comments and the
// gcscope.severity map. Shared by the server and the CLI so both report the same findings.

import type { Analysis, Finding, Severity } from '../../engine/src/index';
import type { Settings } from './settings';

export interface Reported {
  finding: Finding;
  severity: Severity;
}

export function reportable(analysis: Analysis, settings: Pick<Settings, 'severity'>): Reported[] {
  const out: Reported[] = [];
  for (const finding of analysis.findings) {
    const suppressed = analysis.module.suppressions.some(
      (s) => s.line === finding.span.line && (s.codes.length === 0 || s.codes.includes(finding.code)),
    );
    if (suppressed) continue;
    const override = settings.severity[finding.code];
    if (override === 'off') continue;
    out.push({ finding, severity: override ?? finding.severity });
  }
  return out;
}

/** Findings about reference cycles (what the status bar counts). */
export function isCycleFinding(f: Finding): boolean {
  return f.kind === 'cyclic-garbage' || f.kind === 'module-cycle' || f.kind === 'finalizer-cycle';
}
