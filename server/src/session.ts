// The server's only mutable state: open documents (text, version, parse tree, latest analysis) and
// per-document settings, fetched through workspace/configuration when the client supports it and
// otherwise taken from initializationOptions or the last didChangeConfiguration payload.

import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../engine/src/syntax/parser';
import { AnalysisHost } from './analysis/host';
import type { AnalyzeResult } from './analysis/messages';
import { DEFAULT_SETTINGS, type Settings, validateSettings } from './settings';

export interface DocState {
  uri: string;
  doc: TextDocument;
  /** The version whose tree the analysis worker holds (of worker `workerGeneration`), if any. */
  workerVersion: number | null;
  workerGeneration: number;
  /** Edits made since `workerVersion`, in order (UTF-16 offsets into the text at each step). */
  pendingEdits: TextEdit[];
  /** Latest analysis and the version + settings it was made for. */
  analysis?: { version: number; settings: Settings; result: AnalyzeResult | null; tooLarge: boolean };
  /** The analysis request in flight, shared by everyone who needs that version. */
  analyzing?: { version: number; settings: Settings; result: Promise<AnalyzeResult | null> };
  timer?: ReturnType<typeof setTimeout>;
  /** The analysis last sent as publishDiagnostics. */
  published?: DocState['analysis'];
}

export class Session {
  readonly documents = new Map<string, DocState>();
  private readonly _settings = new Map<string, Promise<Settings>>();
  /** Set from the initialize request. */
  canFetchConfiguration = false;
  private _fallbackSettings: unknown = undefined;

  private _host: AnalysisHost | undefined;

  constructor(readonly connection: Connection) {}

  /** The analysis worker, started on first use (settings-only uses of the session never need it). */
  get host(): AnalysisHost {
    this._host ??= new AnalysisHost((level, message) => this.connection.console[level](message));
    return this._host;
  }

  setInitializationOptions(options: unknown): void {
    this._fallbackSettings = options;
  }

  open(uri: string, languageId: string, version: number, text: string): DocState {
    this.close(uri);
    const state: DocState = { uri, doc: TextDocument.create(uri, languageId, version, text), workerVersion: null, workerGeneration: 0, pendingEdits: [] };
    this.documents.set(uri, state);
    return state;
  }

  /** Applies changes one at a time so each incremental edit's offsets refer to the text it edits. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): DocState | undefined {
    const state = this.documents.get(uri);
    if (!state) return undefined;
    let doc = state.doc;
    for (const change of changes) {
      if ('range' in change) {
        const startIndex = doc.offsetAt(change.range.start);
        const oldEndIndex = doc.offsetAt(change.range.end);
        state.pendingEdits.push({ startIndex, oldEndIndex, newText: change.text });
      } else {
        // A full-text replacement: the old tree is no use for an incremental parse.
        this.dropTree(state);
      }
      doc = TextDocument.update(doc, [change], version);
    }
    state.doc = TextDocument.update(doc, [], version);
    return state;
  }

  close(uri: string): void {
    const state = this.documents.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    this.documents.delete(uri);
    this._settings.delete(uri);
    // The worker frees the document's tree (wasm memory is not garbage-collected).
    if (this._host) this._host.request({ kind: 'close', uri }).catch(() => undefined);
  }

  /** Forget the worker's tree for this document: the next analysis parses from scratch. */
  dropTree(state: DocState): void {
    state.workerVersion = null;
    state.pendingEdits = [];
  }

  /** Settings for one document, cached until the configuration changes or the document closes. */
  settingsFor(uri: string): Promise<Settings> {
    let cached = this._settings.get(uri);
    if (!cached) {
      cached = this._fetchSettings(uri);
      this._settings.set(uri, cached);
    }
    return cached;
  }

  private async _fetchSettings(uri: string): Promise<Settings> {
    let raw: unknown = this._fallbackSettings;
    if (this.canFetchConfiguration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gcscope' });
      } catch (e) {
        this.connection.console.warn(`gcscope: workspace/configuration failed (${String(e)}); using defaults`);
        raw = undefined;
      }
    }
    if (raw === undefined || raw === null) return structuredClone(DEFAULT_SETTINGS);
    const { settings, problems } = validateSettings(raw);
    for (const p of problems) this.connection.console.warn(`gcscope: ${p}`);
    return settings;
  }

  /** didChangeConfiguration: pull clients refetch; push-only clients send the new values here. */
  configurationChanged(payload: unknown): void {
    if (!this.canFetchConfiguration && payload !== undefined && payload !== null) this._fallbackSettings = payload;
    this._settings.clear();
  }

  dispose(): void {
    for (const uri of [...this.documents.keys()]) this.close(uri);
    this._host?.dispose();
    this._host = undefined;
  }
}
