// The analysis pipeline: text -> parse + extract -> simulate (program run and each function on its
// own) -> findings. One call for the server and the CLI, so both give the same findings.

import type { AnalyzeOptions, Explanation, Finding, Simulation } from './api';
import type { ExtractProblem, Module } from './ir';
import type { ParsedFile, PythonParser, TextEdit } from './syntax/parser';

export interface Analysis {
  file: string;
  python: string;
  module: Module;
  findings: Finding[];
  /** The whole-program run from the module's first line (null when the file does not extract). */
  simulation: Simulation | null;
  problems: ExtractProblem[];
}

/** Parse (incrementally when `previous` and `edits` are given), extract and analyse. */
export function analyzeText(
  parser: PythonParser,
  file: string,
  text: string,
  opts: AnalyzeOptions,
  previous?: ParsedFile,
  edits?: TextEdit[],
): { analysis: Analysis; parsed: ParsedFile } {
  const parsed = parser.parse(file, text, previous, edits);
  return { analysis: analyzeModule(parsed.module, opts), parsed };
}

export function analyzeModule(module: Module, opts: AnalyzeOptions): Analysis {
  // Wired to the simulator and the findings in a later commit.
  return { file: module.file, python: opts.python, module, findings: [], simulation: null, problems: module.problems };
}

/** Hover text for a 0-based position, or null where there is nothing to say. */
export function explainAt(_analysis: Analysis, _line: number, _col: number): Explanation | null {
  return null;
}
