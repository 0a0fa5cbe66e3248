// The analysis side of the language server, run in a worker thread (or in-process as a fallback):
// owns the parse trees and the latest engine Analysis of each open document, and answers analyze,
// hover and simulate requests with plain LSP / protocol data. Requests are handled one at a time.

import type { CodeLens, Diagnostic } from 'vscode-languageserver';
import { analyzeText, type Analysis, type Policy, type PythonParser } from '../../../engine/src/index';
import type { ParsedFile } from '../../../engine/src/syntax/parser';
// Not (yet) exported by engine/src/index.ts; the lint-mode run of one function.
import { simulateFunction } from '../../../engine/src/sim/simulate';
import { deadline, EDITOR_BUDGET_MS, SIMULATE_BUDGET_MS } from '../budget';
import { findingToDiagnostic, problemToDiagnostic, simulationToTimeline, spanToRange } from '../convert';
import type { TimelineDTO } from '../protocolTypes';
import { isCycleFinding, reportable } from '../reportable';
import { effectivePython, type Settings } from '../settings';
import { hoverFor } from './hoverText';
import type { AnalyzeRequest, AnalyzeResult, HoverRequest, ResultOf, ServiceRequest, SimulateJob } from './messages';

interface DocAnalysis {
  version: number;
  text: string;
  settings: Settings;
  parsed: ParsedFile | null;
  analysis: Analysis | null;
}

export const SIMULATE_COMMAND = 'gcscope.simulate';

/**
 * Analyses kept for hovers: each holds a simulated heap, so only the most recently analysed
 * documents keep theirs (an evicted one is parsed again on its next change; its hover is empty).
 */
const MAX_DOCS = 32;

export class AnalysisService {
  private readonly _docs = new Map<string, DocAnalysis>();

  constructor(
    private readonly _parser: () => Promise<PythonParser>,
    private readonly _log: (level: 'error' | 'warn' | 'info', message: string) => void,
  ) {}

  async handle<R extends ServiceRequest>(request: R): Promise<ResultOf<R>> {
    switch (request.kind) {
      case 'analyze':
        return this._analyze(await this._parser(), request) as ResultOf<R>;
      case 'hover':
        return this._hover(request) as ResultOf<R>;
      case 'simulate':
        return this._simulate(await this._parser(), request) as ResultOf<R>;
      case 'close':
        this._drop(request.uri);
        return null as ResultOf<R>;
    }
    throw new Error(`unknown request ${(request as { kind: string }).kind}`);
  }

  private _drop(uri: string): void {
    this._docs.get(uri)?.parsed?.delete();
    this._docs.delete(uri);
  }

  private _analyze(parser: PythonParser, req: AnalyzeRequest): AnalyzeResult {
    const previous = this._docs.get(req.uri);
    const opts = { python: effectivePython(req.settings.pythonVersion), thresholds: req.settings.thresholds ?? undefined, isCancelled: deadline(EDITOR_BUDGET_MS) };
    let out: { analysis: Analysis; parsed: ParsedFile } | undefined;
    let error: unknown;
    // Reuse the old tree only when it is exactly the text the edits were made against.
    if (previous?.parsed && req.baseVersion !== null && previous.version === req.baseVersion && req.edits.length > 0) {
      try {
        out = analyzeText(parser, req.uri, req.text, opts, previous.parsed, req.edits);
      } catch (e) {
        this._log('warn', `gcscope: incremental parse failed, re-parsing ${req.uri}: ${errorText(e)}`);
      }
    }
    if (!out) {
      try {
        out = analyzeText(parser, req.uri, req.text, opts);
      } catch (e) {
        error = e;
        this._log('error', `gcscope: analysis of ${req.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    if (previous?.parsed && previous.parsed !== out?.parsed) previous.parsed.delete();
    // Map order is recency: re-inserting moves the document to the end; the oldest ones are evicted.
    this._docs.delete(req.uri);
    this._docs.set(req.uri, { version: req.version, text: req.text, settings: req.settings, parsed: out?.parsed ?? null, analysis: out?.analysis ?? null });
    for (const uri of this._docs.keys()) {
      if (this._docs.size <= MAX_DOCS) break;
      this._drop(uri);
    }
    if (!out) {
      return { diagnostics: [info(`gcscope could not analyse this file: ${errorText(error)}`)], cycles: 0, collections: null, lenses: [] };
    }
    const analysis = out.analysis;
    const reported = reportable(analysis, req.settings);
    const lenses: CodeLens[] = analysis.module.functions
      .filter((f) => f.kind === 'function' && f.site.line >= 0)
      .map((f) => {
        const range = spanToRange(f.site);
        return {
          range: { start: range.start, end: range.start },
          command: { title: 'Simulate GC', command: SIMULATE_COMMAND, arguments: [req.uri, range, f.qualname] },
        };
      });
    return {
      diagnostics: [
        ...reported.map((r) => findingToDiagnostic(r.finding, r.severity, req.uri)),
        ...analysis.problems.map(problemToDiagnostic),
      ],
      cycles: reported.filter((r) => isCycleFinding(r.finding)).length,
      collections: analysis.simulation ? analysis.simulation.collections.length : null,
      lenses,
    };
  }

  private _hover(req: HoverRequest) {
    const doc = this._docs.get(req.uri);
    if (!doc?.analysis || doc.version !== req.version) return null;
    const lineText = doc.text.split('\n', req.line + 1)[req.line] ?? '';
    return hoverFor(doc.analysis, doc.settings, effectivePython(doc.settings.pythonVersion), req.line, req.character, lineText);
  }

  /**
   * The whole program's timeline; with a range inside a function, that function called on its own
   * (after the module's definitions, with unknown arguments), as the code lens asks.
   */
  private _simulate(parser: PythonParser, req: SimulateJob): TimelineDTO {
    const opts = { python: req.python, thresholds: req.thresholds ?? undefined, policy: req.policy as Policy | undefined, isCancelled: deadline(SIMULATE_BUDGET_MS) };
    const result = analyzeText(parser, req.uri, req.text, opts);
    try {
      const module = result.analysis.module;
      const line = req.range?.start.line;
      const fn = line === undefined ? undefined : module.functions
        .filter((f) => f.kind === 'function' && f.site.line <= line && line <= f.site.endLine)
        .sort((a, b) => (a.site.endLine - a.site.line) - (b.site.endLine - b.site.line))[0];
      if (fn) {
        const sim = simulateFunction(module, fn.id, opts).simulation;
        return simulationToTimeline(sim, req.uri, [`${fn.qualname}() called on its own with unknown arguments, after the module's definitions ran.`]);
      }
      const sim = result.analysis.simulation;
      if (!sim) {
        const why = result.analysis.problems.find((p) => p.severity === 'error')?.message;
        throw new Error(`this file could not be simulated${why ? `: ${why}` : ''}`);
      }
      const notes: string[] = [];
      if (req.range) notes.push('The timeline covers the whole program run; the collections on the lines you asked about are outlined.');
      return simulationToTimeline(sim, req.uri, notes);
    } finally {
      result.parsed.delete();
    }
  }

  dispose(): void {
    for (const uri of [...this._docs.keys()]) this._drop(uri);
  }
}

function info(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'gcscope', message };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
