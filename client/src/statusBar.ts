// The status bar item: the active Python file's cycle count and simulated CPython version, fed by
// the server's gcscope/fileStatus notification after each analysis. Clicking it runs Simulate GC.

import * as vscode from 'vscode';
import type { FileStatusParams } from '../../server/src/protocol';

export class CycleStatus implements vscode.Disposable {
  private readonly _item = vscode.window.createStatusBarItem('gcscope.status', vscode.StatusBarAlignment.Right, 100);
  private readonly _byUri = new Map<string, FileStatusParams>();
  private readonly _subscriptions: vscode.Disposable[] = [];

  constructor() {
    this._item.name = 'GC Scope';
    this._item.command = 'gcscope.simulate';
    this._subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this._refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this._byUri.delete(d.uri.toString())),
    );
  }

  update(status: FileStatusParams): void {
    this._byUri.set(status.uri, status);
    this._refresh();
  }

  private _refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc ? this._byUri.get(doc.uri.toString()) : undefined;
    if (!doc || doc.languageId !== 'python' || !status || !status.enabled) {
      this._item.hide();
      return;
    }
    const cycles = status.cycles === 1 ? '1 cycle' : `${status.cycles} cycles`;
    this._item.text = `$(${status.cycles > 0 ? 'warning' : 'check'}) GC: ${cycles}`;
    const collections = status.collections === null ? 'not simulated' : `${status.collections} collection(s) in the simulated run`;
    this._item.tooltip = `GC Scope (CPython ${status.python}): ${cycles} in this file, ${collections}. Click to show the GC timeline.`;
    this._item.show();
  }

  dispose(): void {
    this._item.dispose();
    for (const d of this._subscriptions) d.dispose();
  }
}
