// A byte-level JSON-RPC client for robustness tests: writes arbitrary (also malformed) frames to the
// built server's stdin and parses what comes back on stdout, so tests can send what a real client
// library would refuse to send and still check each answer against the protocol.

import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from './inputs';

export interface RpcMessage { jsonrpc?: string; id?: number | string | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }

export class RawServer {
  readonly messages: RpcMessage[] = [];
  stderr = '';
  private buf = Buffer.alloc(0);
  private nextId = 1000;

  constructor(readonly proc: ChildProcess = spawn(process.execPath, ['dist/server.js', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })) {
    proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    proc.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    proc.stdin!.on('error', () => undefined); // writing to a dead server is reported by alive()
  }

  alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, end).toString('ascii'));
      if (!m) throw new Error(`server wrote a frame without Content-Length: ${this.buf.subarray(0, end).toString()}`);
      const len = Number(m[1]);
      if (this.buf.length < end + 4 + len) return;
      this.messages.push(JSON.parse(this.buf.subarray(end + 4, end + 4 + len).toString('utf8')) as RpcMessage);
      this.buf = this.buf.subarray(end + 4 + len);
    }
  }

  /** Writes raw bytes as they are. */
  raw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** Writes one correctly framed message whose body is `body` (any JSON value, or a raw string). */
  frame(body: unknown): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    this.raw(`Content-Length: ${Buffer.byteLength(text, 'utf8')}\r\n\r\n${text}`);
  }

  notify(method: string, params?: unknown): void {
    this.frame({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and waits for the response with that id (result or error). */
  request(method: string, params?: unknown, timeoutMs = 30_000): Promise<RpcMessage> {
    const id = this.nextId++;
    this.frame({ jsonrpc: '2.0', id, method, params });
    return this.response(id, timeoutMs);
  }

  async response(id: number | string, timeoutMs = 30_000): Promise<RpcMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = this.messages.find((x) => x.id === id && x.method === undefined);
      if (m) return m;
      if (!this.alive()) throw new Error(`server died (exit ${this.proc.exitCode}) before answering ${id}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no response to request ${id} within ${timeoutMs} ms\n${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Answers the server's own requests (workspace/configuration, registrations) so it never waits on us. */
  answerServerRequests(config: (section?: string) => unknown = () => null): void {
    let seen = 0;
    const timer = setInterval(() => {
      for (; seen < this.messages.length; seen++) {
        const m = this.messages[seen];
        if (m.method === undefined || m.id === undefined) continue;
        const result = m.method === 'workspace/configuration'
          ? (m.params as { items: { section?: string }[] }).items.map((i) => config(i.section))
          : null;
        this.frame({ jsonrpc: '2.0', id: m.id, result });
      }
      if (!this.alive()) clearInterval(timer);
    }, 5);
    timer.unref();
  }

  async initialize(capabilities: unknown = {}): Promise<void> {
    const r = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    if (!r.result) throw new Error(`initialize failed: ${JSON.stringify(r)}`);
    this.notify('initialized', {});
  }

  log(): string {
    return this.messages.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message).join('\n');
  }

  async stop(): Promise<void> {
    if (this.alive()) {
      try {
        await this.request('shutdown', null, 3000);
        this.notify('exit');
      } catch {
        // a desynchronised stream cannot shut down politely
      }
      await new Promise<void>((resolve) => {
        if (!this.alive()) return resolve();
        const t = setTimeout(() => { this.proc.kill(); resolve(); }, 2000);
        this.proc.once('exit', () => { clearTimeout(t); resolve(); });
      });
    }
  }
}
