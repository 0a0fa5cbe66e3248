// A small LSP client for tests: spawns the built server over stdio, performs the real initialize
// handshake with vscode-jsonrpc, answers the server's requests, records every notification, and
// lets tests await messages with a deadline (no fixed sleeps).

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface Received { method: string; params: unknown }

export interface ClientOptions {
  /** argv after `node`, relative to the repository root. */
  command?: string[];
  /** Answer workspace/configuration (VS Code-like) or not advertise it at all (minimal client). */
  configuration?: ((item: { scopeUri?: string; section?: string }) => unknown) | null;
  initializationOptions?: unknown;
}

export class TestClient {
  readonly notifications: Received[] = [];
  readonly serverRequests: Received[] = [];
  readonly stderr: string[] = [];
  private constructor(readonly proc: ChildProcess, readonly rpc: MessageConnection) {}

  static async start(opts: ClientOptions = {}): Promise<TestClient> {
    const command = opts.command ?? ['dist/server.js', '--stdio'];
    const proc = spawn(process.execPath, command, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, rpc);
    proc.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    rpc.onNotification((method, params) => client.notifications.push({ method, params }));
    rpc.onRequest((method, params) => {
      client.serverRequests.push({ method, params });
      if (method === 'workspace/configuration' && opts.configuration) {
        const items = (params as { items: { scopeUri?: string; section?: string }[] }).items;
        return items.map((item) => opts.configuration!(item));
      }
      return null;
    });
    rpc.listen();
    const init: InitializeParams = {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: opts.configuration
        ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } }
        : {},
      initializationOptions: opts.initializationOptions,
    };
    const result = await rpc.sendRequest('initialize', init);
    if (!result) throw new Error('no initialize result');
    await rpc.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  }

  /** Waits until a received notification satisfies `pick` (returns its value), polling with a deadline. */
  async waitFor<T>(what: string, pick: (n: Received) => T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.notifications.length; seen++) {
        const value = pick(this.notifications[seen]);
        if (value !== undefined) return value;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.notifications.map((n) => n.method))}\nserver stderr: ${this.stderr.join('')}`);
      }
      if (this.proc.exitCode !== null) throw new Error(`server exited (${this.proc.exitCode}) while waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** The diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri} v${version}`, (n) => {
      if (n.method !== 'textDocument/publishDiagnostics') return undefined;
      const p = n.params as PublishDiagnosticsParams;
      return p.uri === uri && p.version === version ? p.diagnostics : undefined;
    });
  }

  logText(): string {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message).join('\n');
  }

  private _stopped?: Promise<number | null>;

  /** Shuts the server down the polite way; resolves to its exit code (idempotent). */
  stop(): Promise<number | null> {
    this._stopped ??= this._stop();
    return this._stopped;
  }

  private async _stop(): Promise<number | null> {
    try {
      await Promise.race([this.rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.rpc.sendNotification('exit');
    } catch {
      // The server may already be gone; the exit code says how it ended.
    }
    const code = await new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const t = setTimeout(() => { this.proc.kill(); resolve(null); }, 3000);
      this.proc.once('exit', (c) => { clearTimeout(t); resolve(c); });
    });
    this.rpc.dispose();
    return code;
  }
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
