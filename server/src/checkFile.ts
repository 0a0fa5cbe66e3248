// One file through the engine for the CLI: read, analyse, keep the reportable findings as plain
// 1-based JSON records. Used in-process and by worker threads (worker.ts), so results are plain data.

import fs from 'node:fs';
import { analyzeText, type PythonParser } from '../../engine/src/index';
import { CHECK_BUDGET_MS, deadline } from './budget';
import { MAX_FILE_CHARS } from './engineHost';
import { reportable } from './reportable';
import type { Settings } from './settings';

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: string;
  kind: string;
  message: string;
  allocationSites: { line: number; column: number; type: string }[];
}

export interface FileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
  /** Problems that stop or limit the analysis (unreadable file, syntax errors), for stderr. */
  notes: string[];
  /** Set when the file could not be read or analysed at all (exit 2). */
  inputError?: string;
}

export interface CheckOptions {
  python: string;
  thresholds: [number, number, number] | null;
  severity: Settings['severity'];
}

export function checkFile(parser: PythonParser, file: string, opts: CheckOptions): FileResult {
  let text: string;
  try {
    // A symlinked .py may lead to a FIFO or a device, whose read would block or never end.
    if (!fs.statSync(file).isFile()) return { file, diagnostics: [], notes: [], inputError: `cannot read ${file}: not a regular file` };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' ? 'no such file' : String(code ?? e);
    return { file, diagnostics: [], notes: [], inputError: `cannot read ${file}: ${why}` };
  }
  if (text.length > MAX_FILE_CHARS) {
    return { file, diagnostics: [], notes: [`${file}: skipped, larger than ${MAX_FILE_CHARS} characters`] };
  }
  let result;
  try {
    result = analyzeText(parser, file, text, { python: opts.python, thresholds: opts.thresholds ?? undefined, isCancelled: deadline(CHECK_BUDGET_MS) });
  } catch (e) {
    // Not the user's fault, but the check did not happen: fail rather than claim "no findings".
    return { file, diagnostics: [], notes: [], inputError: `internal error while analysing ${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { analysis, parsed } = result;
  parsed.delete();
  const notes = analysis.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${file}:${p.site.line + 1}:${p.site.col + 1}: note: ${p.message}`);
  const diagnostics = reportable(analysis, opts).map(({ finding, severity }): JsonDiagnostic => ({
    file,
    line: finding.span.line + 1,
    column: finding.span.col + 1,
    endLine: finding.span.endLine + 1,
    endColumn: finding.span.endCol + 1,
    code: finding.code,
    severity,
    kind: finding.kind,
    message: finding.message,
    allocationSites: finding.allocationSites.map((s) => ({ line: s.span.line + 1, column: s.span.col + 1, type: s.typeName })),
  }));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  return { file, diagnostics, notes };
}
