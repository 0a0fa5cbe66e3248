// The server's only mutable state: open documents (text, version, parse tree, latest analysis) and
// per-document settings, fetched through workspace/configuration when the client supports it and
// otherwise taken from initializationOptions or the last didChangeConfiguration payload.

import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../engine/src/index';
import type { ParsedFile, TextEdit } from '../../engine/src/syntax/parser';
import { DEFAULT_SETTINGS, type Settings, validateSettings } from './settings';

export interface DocState {
  uri: string;
  doc: TextDocument;
  /** The tree for `parsedVersion`'s text, kept for incremental re-parsing; deleted on replacement. */
  parsed?: ParsedFile;
  /** Edits made since `parsed` was produced, in order (UTF-16 offsets into the text at each step). */
  pendingEdits: TextEdit[];
  /** Latest analysis and the version + settings it was made for. */
  analysis?: { version: number; settings: Settings; result: Analysis | null; error: string | null; tooLarge: boolean };
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

  constructor(readonly connection: Connection) {}

  setInitializationOptions(options: unknown): void {
    this._fallbackSettings = options;
  }

  open(uri: string, languageId: string, version: number, text: string): DocState {
    this.close(uri);
    const state: DocState = { uri, doc: TextDocument.create(uri, languageId, version, text), pendingEdits: [] };
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
    this.dropTree(state);
    this.documents.delete(uri);
    this._settings.delete(uri);
  }

  dropTree(state: DocState): void {
    state.parsed?.delete();
    state.parsed = undefined;
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
  }
}
