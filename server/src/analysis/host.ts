// The main thread's handle on the analysis worker (dist/worker.js in its 'lsp' role): sends requests,
// matches replies, and abandons stale work by restarting the worker, which is the only way to stop
// a synchronous engine run. Without a worker file (or if threads fail) it runs the service in-process.

import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadParser } from '../engineHost';
import type { FromWorker, ResultOf, ServiceRequest, ToWorker } from './messages';
import { AnalysisService } from './service';

/** The request was dropped because newer work made it stale (or the worker was restarted). */
export class Cancelled extends Error {
  constructor(reason: string) {
    super(`cancelled: ${reason}`);
  }
}

type Log = (level: 'error' | 'warn' | 'info', message: string) => void;

interface Pending { request: ServiceRequest; resolve: (v: unknown) => void; reject: (e: Error) => void }

export class AnalysisHost {
  /** Bumped whenever the worker restarts: its per-document trees are gone then. */
  generation = 0;
  private _worker: Worker | null = null;
  private _inProcess: AnalysisService | null = null;
  private _queue: Promise<unknown> = Promise.resolve();
  private readonly _pending = new Map<number, Pending>();
  private _nextId = 1;

  constructor(private readonly _log: Log, private readonly _workerFile = path.join(__dirname, 'worker.js')) {
    this._start();
  }

  private _start(): void {
    let worker: Worker;
    try {
      if (!fs.existsSync(this._workerFile)) throw new Error(`${this._workerFile} is missing`);
      worker = new Worker(this._workerFile, { workerData: { role: 'lsp' } });
    } catch (e) {
      this._log('info', `gcscope: analysing in the server process (${e instanceof Error ? e.message : String(e)})`);
      this._inProcess ??= new AnalysisService(() => loadParser(), this._log);
      return;
    }
    this._worker = worker;
    worker.on('message', (m: FromWorker) => {
      if (worker !== this._worker) return;
      if ('log' in m) {
        this._log(m.level, m.log);
        return;
      }
      const p = this._pending.get(m.id);
      if (!p) return;
      this._pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.error));
    });
    // A crash fails the request it was working on (retrying would crash again) and starts a fresh worker.
    worker.on('error', (e) => {
      if (worker !== this._worker) return;
      this._log('error', `gcscope: analysis worker failed: ${e.stack ?? String(e)}`);
      this._restart(`the analysis worker failed: ${e.message}`, true);
    });
    worker.on('exit', (code) => {
      if (worker !== this._worker) return;
      this._log('error', `gcscope: analysis worker exited (${code})`);
      this._restart(`the analysis worker stopped (exit code ${code}; out of memory?)`, true);
    });
  }

  private _restart(reason: string, crashed = false): void {
    const old = this._worker;
    this._worker = null;
    if (old) void old.terminate();
    this.generation++;
    const pending = [...this._pending.values()];
    this._pending.clear();
    // Only the running request is to blame for a crash; the ones queued behind it are retried.
    pending.forEach((p, i) => p.reject(crashed && i === 0 ? new Error(reason) : new Cancelled(reason)));
    this._start();
  }

  request<R extends ServiceRequest>(request: R): Promise<ResultOf<R>> {
    if (this._inProcess) {
      const service = this._inProcess;
      // One request at a time, as in the worker.
      const run = this._queue.then(() => service.handle(request));
      this._queue = run.catch(() => undefined);
      return run;
    }
    const id = this._nextId++;
    return new Promise<ResultOf<R>>((resolve, reject) => {
      this._pending.set(id, { request, resolve: resolve as (v: unknown) => void, reject });
      const message: ToWorker = { id, request };
      this._worker!.postMessage(message);
    });
  }

  /**
   * Restarts the worker if the request it is working on now matches `stale` (say, an analysis of
   * an older version of a document that just changed). Requests queued behind it are retried by callers.
   */
  cancelIfRunning(stale: (r: ServiceRequest) => boolean, reason: string): boolean {
    if (!this._worker) return false;
    // Requests are handled in the order sent, so the oldest unanswered one is the running one.
    const running = this._pending.values().next().value as Pending | undefined;
    if (!running || !stale(running.request)) return false;
    this._log('info', `gcscope: stopped a stale analysis (${reason})`);
    this._restart(reason);
    return true;
  }

  dispose(): void {
    const w = this._worker;
    this._worker = null;
    if (w) void w.terminate();
    this._inProcess?.dispose();
    for (const p of this._pending.values()) p.reject(new Cancelled('shutting down'));
    this._pending.clear();
  }
}
