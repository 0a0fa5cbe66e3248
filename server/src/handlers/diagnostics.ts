// textDocument/publishDiagnostics: analyse open documents in the analysis worker (debounced,
// incremental re-parse) and push findings. Stale work is dropped: a newer version cancels the
// timer and restarts a worker still busy with an older version; results are published only for
// the version they were computed from.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { Cancelled } from '../analysis/host';
import type { AnalyzeResult } from '../analysis/messages';
import { SOURCE } from '../convert';
import { MAX_FILE_CHARS } from '../engineHost';
import { FileStatusNotification } from '../protocol';
import type { DocState, Session } from '../session';
import { effectivePython } from '../settings';

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

/** A document changed: work on its older versions is wasted, stop it now. */
export function cancelStale(session: Session, uri: string): void {
  const state = session.documents.get(uri);
  if (!state) return;
  session.host.cancelIfRunning((r) => r.kind === 'analyze' && r.uri === uri && r.version < state.doc.version, `${uri} changed`);
}

export async function publishDiagnostics(session: Session, uri: string): Promise<void> {
  try {
    const state = session.documents.get(uri);
    const analysis = await ensureAnalysis(session, uri);
    if (!state || !analysis || session.documents.get(uri) !== state || state.doc.version !== analysis.version) return;
    // Each analysis is published once (a hover may have computed it before the debounce fired).
    if (state.published === analysis) return;
    state.published = analysis;
    await session.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: toDiagnostics(analysis) });
    await session.connection.sendNotification(FileStatusNotification, {
      uri,
      version: analysis.version,
      python: effectivePython(analysis.settings.pythonVersion),
      cycles: analysis.result?.cycles ?? 0,
      collections: analysis.result?.collections ?? null,
      enabled: analysis.settings.enable,
    });
  } catch (e) {
    session.connection.console.error(`gcscope: publishing diagnostics for ${uri} failed: ${errorText(e)}`);
  }
}

function info(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message };
}

function toDiagnostics(analysis: AnalysisState): Diagnostic[] {
  if (!analysis.settings.enable) return [];
  if (analysis.tooLarge) return [info(`gcscope skipped this file: it is larger than ${MAX_FILE_CHARS} characters.`)];
  return analysis.result?.diagnostics ?? [];
}

/**
 * The analysis for the document's current version and settings, computing it if needed.
 * Hover and code lenses call this too, so they never wait for the debounce.
 */
export async function ensureAnalysis(session: Session, uri: string): Promise<AnalysisState | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const state = session.documents.get(uri);
    if (!state) return undefined;
    const version = state.doc.version;
    const settings = await session.settingsFor(uri);
    const current = () => session.documents.get(uri) === state && state.doc.version === version;
    if (!current()) continue;
    if (state.analysis && state.analysis.version === version && state.analysis.settings === settings) return state.analysis;
    if (!settings.enable) {
      state.analysis = { version, settings, result: null, tooLarge: false };
      return state.analysis;
    }
    const text = state.doc.getText();
    if (text.length > MAX_FILE_CHARS) {
      // Over the cap nothing is parsed; the worker can free the old tree.
      session.dropTree(state);
      session.host.request({ kind: 'close', uri }).catch(() => undefined);
      state.analysis = { version, settings, result: null, tooLarge: true };
      return state.analysis;
    }
    // Diagnostics, hover and code lens may all ask at once: one analysis per version and settings.
    if (!state.analyzing || state.analyzing.version !== version || state.analyzing.settings !== settings) {
      state.analyzing = { version, settings, result: requestAnalysis(session, state, text, settings) };
    }
    const result = await state.analyzing.result;
    if (result === null || !current()) continue;
    // Several callers may wait on one request: the first stores the analysis, the rest share it.
    if (!(state.analysis && state.analysis.version === version && state.analysis.settings === settings)) {
      state.analysis = { version, settings, result, tooLarge: false };
    }
    return state.analysis;
  }
  return undefined;
}

/** Sends the analysis with the edits since the worker's tree, if it still has it; null if cancelled. */
async function requestAnalysis(session: Session, state: DocState, text: string, settings: AnalysisState['settings']): Promise<AnalyzeResult | null> {
  const host = session.host;
  const version = state.doc.version;
  const base = state.workerGeneration === host.generation ? state.workerVersion : null;
  const edits = base === null ? [] : state.pendingEdits;
  state.pendingEdits = [];
  state.workerVersion = version;
  state.workerGeneration = host.generation;
  try {
    return await host.request({ kind: 'analyze', uri: state.uri, version, text, baseVersion: base, edits, settings });
  } catch (e) {
    if (e instanceof Cancelled) return null;
    session.connection.console.error(`gcscope: analysis of ${state.uri} failed: ${errorText(e)}`);
    session.dropTree(state);
    return { diagnostics: [info(`gcscope could not analyse this file: ${errorText(e)}`)], cycles: 0, collections: null, lenses: [] };
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
