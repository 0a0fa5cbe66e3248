// textDocument/publishDiagnostics: analyse open documents (debounced, incremental re-parse) and
// push findings. Stale work is dropped: a newer version cancels the timer, and results are only
// published for the version they were computed from.

import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { analyzeText, type Analysis } from '../../../engine/src/index';
import type { ParsedFile } from '../../../engine/src/syntax/parser';
import { findingToDiagnostic, problemToDiagnostic, SOURCE } from '../convert';
import { loadParser, MAX_FILE_CHARS } from '../engineHost';
import { FileStatusNotification } from '../protocol';
import { isCycleFinding, reportable } from '../reportable';
import type { DocState, Session } from '../session';
import { effectivePython, type Settings } from '../settings';

export const DEBOUNCE_MS = 150;

export type AnalysisState = NonNullable<DocState['analysis']>;

/** Re-analyse after a quiet period; each new call replaces the pending one. */
export function scheduleDiagnostics(session: Session, uri: string, delay = DEBOUNCE_MS): void {
  const state = session.documents.get(uri);
  if (!state) return;
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = undefined;
    void publishDiagnostics(session, uri);
  }, delay);
}

export async function publishDiagnostics(session: Session, uri: string): Promise<void> {
  try {
    const state = session.documents.get(uri);
    const analysis = await ensureAnalysis(session, uri);
    if (!state || !analysis || session.documents.get(uri) !== state || state.doc.version !== analysis.version) return;
    // Each analysis is published once (a hover may have computed it before the debounce fired).
    if (state.published === analysis) return;
    state.published = analysis;
    const diagnostics = toDiagnostics(analysis);
    await session.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
    const cycles = analysis.result ? reportable(analysis.result, analysis.settings).filter((r) => isCycleFinding(r.finding)).length : 0;
    await session.connection.sendNotification(FileStatusNotification, {
      uri,
      version: analysis.version,
      python: effectivePython(analysis.settings.pythonVersion),
      cycles,
      collections: analysis.result?.simulation ? analysis.result.simulation.collections.length : null,
      enabled: analysis.settings.enable,
    });
  } catch (e) {
    session.connection.console.error(`gcscope: publishing diagnostics for ${uri} failed: ${errorText(e)}`);
  }
}

function toDiagnostics(analysis: AnalysisState): Diagnostic[] {
  if (!analysis.settings.enable) return [];
  const info = (message: string): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message,
  });
  if (analysis.tooLarge) return [info(`gcscope skipped this file: it is larger than ${MAX_FILE_CHARS} characters.`)];
  if (analysis.error !== null) return [info(`gcscope could not analyse this file: ${analysis.error}`)];
  if (!analysis.result) return [];
  return [
    ...reportable(analysis.result, analysis.settings).map((r) => findingToDiagnostic(r.finding, r.severity)),
    ...analysis.result.problems.map(problemToDiagnostic),
  ];
}

/**
 * The analysis for the document's current version and settings, computing it if needed.
 * Hover, code actions and code lenses call this too, so they never wait for the debounce.
 */
export async function ensureAnalysis(session: Session, uri: string): Promise<AnalysisState | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = session.documents.get(uri);
    if (!state) return undefined;
    const version = state.doc.version;
    const settings = await session.settingsFor(uri);
    const current = () => session.documents.get(uri) === state && state.doc.version === version;
    if (!current()) continue;
    if (state.analysis && state.analysis.version === version && state.analysis.settings === settings) return state.analysis;
    if (settings.enable && state.doc.getText().length > MAX_FILE_CHARS) {
      // Over the cap nothing is parsed, so the tree (and its wasm memory) can go.
      session.dropTree(state);
      state.analysis = { version, settings, result: null, error: null, tooLarge: true };
      return state.analysis;
    }
    let parserError: string | null = null;
    let parser;
    try {
      parser = await loadParser();
    } catch (e) {
      parserError = errorText(e);
    }
    if (!current()) continue;
    state.analysis = parser ? analyzeNow(session, state, settings, parser) : { version, settings, result: null, error: parserError, tooLarge: false };
    return state.analysis;
  }
  return undefined;
}

function analyzeNow(session: Session, state: DocState, settings: Settings, parser: Parameters<typeof analyzeText>[0]): AnalysisState {
  const version = state.doc.version;
  const text = state.doc.getText();
  if (!settings.enable) return { version, settings, result: null, error: null, tooLarge: false };
  const opts = {
    python: effectivePython(settings.pythonVersion),
    thresholds: settings.thresholds ?? undefined,
    isCancelled: () => state.doc.version !== version,
  };
  let out: { analysis: Analysis; parsed: ParsedFile } | undefined;
  let error: string | null = null;
  if (state.parsed && state.pendingEdits.length > 0) {
    try {
      out = analyzeText(parser, state.uri, text, opts, state.parsed, state.pendingEdits);
    } catch (e) {
      session.connection.console.warn(`gcscope: incremental parse failed, re-parsing ${state.uri}: ${errorText(e)}`);
    }
  }
  if (!out) {
    try {
      out = analyzeText(parser, state.uri, text, opts);
    } catch (e) {
      error = errorText(e);
      session.connection.console.error(`gcscope: analysis of ${state.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  if (!out) session.dropTree(state);
  else if (out.parsed !== state.parsed) {
    state.parsed?.delete();
    state.parsed = out.parsed;
  }
  state.pendingEdits = [];
  return { version, settings, result: out?.analysis ?? null, error, tooLarge: false };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
