// Command factories. Each takes the extension's context object and returns the handler that
// extension.ts registers: Simulate GC, Show GC Timeline, Compare with real CPython.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SimulateRequest, type TimelineDTO, type WireRange } from '../../server/src/protocol';
import { parseTracerOutput } from './compare';
import { TimelinePanel } from './timeline/panel';
import { type ComparisonDTO, POLICY_CHOICES, type TimelineView } from './timeline/protocol';

export interface Ctx {
  extension: vscode.ExtensionContext;
  client: LanguageClient;
  /** The last view shown per document, for Show GC Timeline (plain client-side cache). */
  views: Map<string, TimelineView>;
}

function activePython(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'python' ? doc : undefined;
}

function toWire(r: vscode.Range): WireRange {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

async function runSimulation(ctx: Ctx, uri: string, range: WireRange | undefined, label: string | undefined, python: string | undefined, policy: number, comparison: ComparisonDTO | null): Promise<TimelineView> {
  const timeline: TimelineDTO = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'GC Scope: simulating…' },
    () => ctx.client.sendRequest(SimulateRequest, { uri, range, python, policy: POLICY_CHOICES[policy]?.policy }),
  );
  const name = path.basename(vscode.Uri.parse(uri).path);
  return {
    title: label ? `${name} (${label})` : name,
    timeline,
    comparison,
    focus: range ? { startLine: range.start.line, endLine: range.end.line } : null,
    policy,
  };
}

async function simulateAndShow(ctx: Ctx, uri: string, range: WireRange | undefined, label: string | undefined, python?: string, comparison: ComparisonDTO | null = null): Promise<void> {
  let view: TimelineView;
  try {
    view = await runSimulation(ctx, uri, range, label, python, 0, comparison);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    TimelinePanel.showError(message);
    void vscode.window.showErrorMessage(`GC Scope: ${message}`);
    return;
  }
  ctx.views.set(uri, view);
  // The panel's Run button: same document and range, another version or policy (the real-CPython
  // comparison only holds for the version that ran, so a re-run drops it).
  TimelinePanel.show(ctx.extension, view, async (py, policy) => {
    const next = await runSimulation(ctx, uri, range, label, py, policy, py === view.timeline.python && policy === 0 ? comparison : null);
    ctx.views.set(uri, next);
    return next;
  });
}

/** gcscope.simulate: from the palette (active file, or its selection) or a code lens (uri, range, qualname). */
export function simulateCommand(ctx: Ctx) {
  return async (uriArg?: unknown, rangeArg?: unknown, qualname?: unknown): Promise<void> => {
    // Palette: no arguments; editor context menu: the document's Uri; code lens: (uri, range, qualname).
    let uri = typeof uriArg === 'string' ? uriArg : uriArg instanceof vscode.Uri ? uriArg.toString() : undefined;
    let range = rangeArg && typeof rangeArg === 'object' && 'start' in rangeArg ? (rangeArg as WireRange) : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!uri) {
      if (!editor || editor.document.languageId !== 'python') {
        void vscode.window.showErrorMessage('GC Scope: open a Python file to simulate its garbage collection.');
        return;
      }
      uri = editor.document.uri.toString();
    }
    if (!range && editor && editor.document.uri.toString() === uri && !editor.selection.isEmpty) range = toWire(editor.selection);
    const label = typeof qualname === 'string' ? qualname : range ? `lines ${range.start.line + 1}-${range.end.line + 1}` : undefined;
    await simulateAndShow(ctx, uri, range, label);
  };
}

/** gcscope.showTimeline: the last timeline of the active file, simulating it if there is none. */
export function showTimelineCommand(ctx: Ctx) {
  return async (): Promise<void> => {
    const doc = activePython();
    if (!doc) {
      void vscode.window.showErrorMessage('GC Scope: open a Python file to show its GC timeline.');
      return;
    }
    const view = ctx.views.get(doc.uri.toString());
    if (view) TimelinePanel.show(ctx.extension, view, async (py, policy) => {
      const next = await runSimulation(ctx, doc.uri.toString(), undefined, undefined, py, policy, null);
      ctx.views.set(doc.uri.toString(), next);
      return next;
    });
    else await simulateAndShow(ctx, doc.uri.toString(), undefined, undefined);
  };
}

/**
 * gcscope.compareWithCPython: runs the program under a real interpreter with tools/tracer.py and
 * shows its gc.collect() results next to the prediction. This executes the user's code, so it is
 * refused in untrusted workspaces.
 */
export function compareCommand(ctx: Ctx) {
  return async (): Promise<void> => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showErrorMessage('GC Scope: Compare with real CPython runs your program and requires a trusted workspace.');
      return;
    }
    const doc = activePython();
    if (!doc || doc.uri.scheme !== 'file') {
      void vscode.window.showErrorMessage('GC Scope: open a saved Python file to compare with real CPython.');
      return;
    }
    const tracer = ctx.extension.asAbsolutePath(path.join('tools', 'tracer.py'));
    if (!fs.existsSync(tracer)) {
      void vscode.window.showErrorMessage('GC Scope: Compare with real CPython is not yet available in this build (tools/tracer.py is missing).');
      return;
    }
    if (doc.isDirty && !(await doc.save())) return;
    // The interpreter for the chosen gcscope.pythonVersion if one is on PATH, else the Python extension's, else python3.
    const wanted = vscode.workspace.getConfiguration('gcscope', doc.uri).get<string>('pythonVersion') ?? 'auto';
    const minor = /^3\.\d+/.exec(wanted)?.[0];
    const candidates = [
      ...(minor ? [`python${minor}`] : []),
      vscode.workspace.getConfiguration('python', doc.uri).get<string>('defaultInterpreterPath') || '',
      'python3',
    ].filter((c, i, all) => c !== '' && c !== 'python' && all.indexOf(c) === i);
    let stdout: string | undefined;
    let lastError = '';
    for (const interpreter of candidates) {
      try {
        stdout = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `GC Scope: running ${path.basename(doc.uri.fsPath)} under ${interpreter}…`, cancellable: true },
          (_progress, token) => new Promise<string>((resolve, reject) => {
            const child = execFile(interpreter, [tracer, doc.uri.fsPath], { cwd: path.dirname(doc.uri.fsPath), timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
              if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') reject(Object.assign(new Error(`${interpreter} not found`), { notFound: true }));
              else if (err) reject(new Error(`${interpreter} failed: ${(errOut || err.message).trim().split('\n').slice(-3).join(' ')}`));
              else resolve(out);
            });
            token.onCancellationRequested(() => child.kill());
          }),
        );
        break;
      } catch (e) {
        lastError = e instanceof Error ? e.message : String(e);
        if (!(e as { notFound?: boolean }).notFound) break;
      }
    }
    if (stdout === undefined) {
      void vscode.window.showErrorMessage(`GC Scope: ${lastError || 'no Python interpreter found'}`);
      return;
    }
    let comparison: ComparisonDTO;
    try {
      comparison = parseTracerOutput(stdout);
    } catch (e) {
      void vscode.window.showErrorMessage(`GC Scope: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    // Predict for the interpreter that actually ran, so the two columns are comparable.
    await simulateAndShow(ctx, doc.uri.toString(), undefined, `vs ${comparison.implementation}`, comparison.python, comparison);
  };
}
