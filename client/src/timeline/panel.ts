// The GC timeline webview host: one panel, created or revealed; a CSP + nonce HTML shell; data sent
// by postMessage only after the webview says `ready`; `timeline/reveal` opens the source location.

import path from 'node:path';
import * as vscode from 'vscode';
import { makeNonce, timelineHtml } from './html';
import { type HostMessage, isWebviewMessage, type TimelineView } from './protocol';

/** Re-runs the simulation shown with another version / policy (index into POLICY_CHOICES). */
export type Rerun = (python: string, policy: number) => Promise<TimelineView>;

export const VIEW_TYPE = 'gcscope.timeline';

export class TimelinePanel implements vscode.Disposable {
  private static _current: TimelinePanel | undefined;
  private _ready = false;
  private _rerun: Rerun | undefined;
  /** The latest message: sent again whenever the webview (re)loads and says `ready`. */
  private _last: HostMessage | undefined;
  private readonly _disposables: vscode.Disposable[] = [];

  /** Shows `view` in the one timeline panel, creating it if needed. */
  static show(context: vscode.ExtensionContext, view: TimelineView, rerun?: Rerun): void {
    const message: HostMessage = { type: 'timeline/show', view };
    if (!TimelinePanel._current) {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'GC Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, TimelinePanel.options(context));
      TimelinePanel._current = new TimelinePanel(context, panel);
    } else TimelinePanel._current._panel.reveal(vscode.ViewColumn.Beside, true);
    TimelinePanel._current._rerun = rerun;
    TimelinePanel._current._panel.title = `GC Timeline: ${view.title}`;
    TimelinePanel._current._post(message);
  }

  static showError(message: string): void {
    TimelinePanel._current?._post({ type: 'timeline/error', message });
  }

  static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    };
  }

  /** After a reload VS Code hands back the panel; the webview restores its own state. */
  static revive(context: vscode.ExtensionContext, panel: vscode.WebviewPanel): void {
    panel.webview.options = TimelinePanel.options(context);
    TimelinePanel._current?.dispose();
    TimelinePanel._current = new TimelinePanel(context, panel);
  }

  private constructor(context: vscode.ExtensionContext, private readonly _panel: vscode.WebviewPanel) {
    const script = _panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview.js'));
    _panel.webview.html = timelineHtml({ cspSource: _panel.webview.cspSource, nonce: makeNonce(), scriptUri: script.toString() });
    this._disposables.push(
      _panel.onDidDispose(() => this.dispose()),
      _panel.webview.onDidReceiveMessage((m: unknown) => this._receive(m)),
    );
  }

  private _post(message: HostMessage): void {
    this._last = message;
    // A hidden webview without retained context drops messages; it reloads and says `ready` when shown.
    if (this._ready && this._panel.visible) void this._panel.webview.postMessage(message);
  }

  private async _receive(message: unknown): Promise<void> {
    if (!isWebviewMessage(message)) return;
    switch (message.type) {
      case 'ready':
        this._ready = true;
        if (this._last) void this._panel.webview.postMessage(this._last);
        break;
      case 'timeline/simulate': {
        if (!this._rerun) {
          this._post({ type: 'timeline/error', message: 'Run "GC Scope: Simulate GC" again to re-simulate this timeline.' });
          break;
        }
        try {
          const view = await this._rerun(message.python, message.policy);
          this._panel.title = `GC Timeline: ${view.title}`;
          this._post({ type: 'timeline/show', view });
        } catch (e) {
          this._post({ type: 'timeline/error', message: e instanceof Error ? e.message : String(e) });
        }
        break;
      }
      case 'timeline/reveal': {
        const { start, end } = message.range;
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        try {
          const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
          await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
        } catch (e) {
          void vscode.window.showErrorMessage(`GC Scope: cannot open ${path.basename(message.uri)}: ${e instanceof Error ? e.message : String(e)}`);
        }
        break;
      }
    }
  }

  dispose(): void {
    if (TimelinePanel._current === this) TimelinePanel._current = undefined;
    this._panel.dispose();
    for (const d of this._disposables.splice(0)) d.dispose();
  }
}
