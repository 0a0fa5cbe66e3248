// Runs fuzz inputs through the engine (analyzeText) in a worker thread with a per-input deadline
// handed to the engine as isCancelled, and a watchdog in the main thread that ends the worker when
// the engine ignores the deadline (a hang) or runs out of its memory cap (a crash).

import fs from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeText, createPythonParser, SUPPORTED_PYTHONS } from '../../engine/src/index';
import { fuzzInputs, hostileInputs, type InputSpec, inputAt, ROOT } from './inputs';

export interface Outcome {
  name: string;
  python: string;
  ms: number;
  kind: 'ok' | 'crash' | 'hang' | 'no-gc900';
  detail?: string;
  /** The input's text, for the reproducer of a failure. */
  text?: string;
  /** The deadline fired (the engine was asked to stop). */
  cancelled?: boolean;
  heapMb?: number;
}

export interface EngineReport {
  outcomes: Outcome[];
  /** Inputs not run because the overall time budget ran out. */
  skipped: number;
}

export interface EngineRunOptions {
  /** Per-input deadline given to the engine through isCancelled. */
  deadlineMs: number;
  /** A run that overshoots its deadline by more than this is a hang. */
  graceMs: number;
  /** Stop starting new inputs after this long (the suite's budget); Infinity for long runs. */
  budgetMs: number;
  /** The worker's V8 old-space cap: analysis of one file must fit. */
  memoryMb: number;
}

interface WorkerJob { fuzzEngineWorker: true; spec: InputSpec; from: number; deadlineMs: number }
type WorkerMsg =
  | { t: 'ready' }
  | { t: 'start'; i: number }
  | { t: 'done'; i: number; outcome: Outcome }
  | { t: 'end' };

const wasm = (name: string, pkgPath: string): Uint8Array => {
  const dist = path.join(ROOT, 'dist', name);
  return fs.readFileSync(fs.existsSync(dist) ? dist : path.join(ROOT, 'node_modules', pkgPath));
};

/** Called at the top of a test module: true (and runs the engine loop) inside the fuzz worker. */
export function runAsFuzzWorker(): boolean {
  if (isMainThread || !(workerData as WorkerJob | null)?.fuzzEngineWorker) return false;
  void workerLoop(workerData as WorkerJob);
  return true;
}

async function workerLoop(job: WorkerJob): Promise<void> {
  const parser = await createPythonParser({
    runtime: wasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'),
    python: wasm('tree-sitter-python.wasm', '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm'),
  });
  const post = (m: WorkerMsg) => parentPort!.postMessage(m);
  post({ t: 'ready' });
  let i = -1;
  for (const input of fuzzInputs(job.spec)) {
    if (++i < job.from) continue;
    post({ t: 'start', i });
    const python = SUPPORTED_PYTHONS[i % SUPPORTED_PYTHONS.length];
    const t0 = performance.now();
    let cancelled = false;
    const isCancelled = () => (cancelled ||= performance.now() - t0 > job.deadlineMs);
    let outcome: Outcome;
    try {
      const { analysis, parsed } = analyzeText(parser, input.name, input.text, { python, isCancelled });
      parsed.delete();
      const ms = performance.now() - t0;
      const gc900 = analysis.findings.filter((f) => f.code === 'GC900' && f.severity === 'information');
      // A bound that was hit must be visible to the user as an information diagnostic.
      const boundHit = cancelled || analysis.simulation?.limitHit != null;
      outcome = boundHit && gc900.length === 0
        ? { name: input.name, python, ms, kind: 'no-gc900', cancelled, text: input.text, detail: `bound hit (${cancelled ? 'deadline' : analysis.simulation?.limitHit?.what}) but no GC900 finding` }
        : { name: input.name, python, ms, kind: 'ok', cancelled };
    } catch (e) {
      outcome = { name: input.name, python, ms: performance.now() - t0, kind: 'crash', text: input.text, detail: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    outcome.heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    post({ t: 'done', i, outcome });
  }
  post({ t: 'end' });
  parser.delete();
}

/** Runs the inputs of `spec` through the engine in `workerFile` (a bundle that calls runAsFuzzWorker()). */
export async function runEngine(workerFile: string, spec: InputSpec, opts: EngineRunOptions): Promise<EngineReport> {
  const outcomes: Outcome[] = [];
  const started = Date.now();
  const total = hostileInputs().length + spec.count;
  let next = 0;
  while (next < total && Date.now() - started < opts.budgetMs) {
    next = await runBatch(workerFile, spec, next, total, opts, outcomes, started);
  }
  return { outcomes, skipped: total - next };
}

/** One worker from input `from` on; resolves to the index to resume at (after a hang or a crash). */
function runBatch(workerFile: string, spec: InputSpec, from: number, total: number, opts: EngineRunOptions, outcomes: Outcome[], started: number): Promise<number> {
  return new Promise((resolve) => {
    const job: WorkerJob = { fuzzEngineWorker: true, spec, from, deadlineMs: opts.deadlineMs };
    const worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb } });
    let current = -1;
    let currentStart = Date.now();
    let finished = false;
    const finish = (resumeAt: number) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(resumeAt);
    };
    const blame = (i: number, kind: 'hang' | 'crash', detail: string) => {
      const input = inputAt(spec, i);
      outcomes.push({ name: input.name, python: SUPPORTED_PYTHONS[i % SUPPORTED_PYTHONS.length], ms: Date.now() - currentStart, kind, detail, text: input.text });
    };
    const watchdog = setInterval(() => {
      if (current >= 0 && Date.now() - currentStart > opts.deadlineMs + opts.graceMs + 5_000) {
        blame(current, 'hang', 'engine ignored its deadline; the worker was terminated');
        finish(current + 1);
      }
    }, 250);
    worker.on('message', (m: WorkerMsg) => {
      if (m.t === 'start') {
        current = m.i;
        currentStart = Date.now();
        if (Date.now() - started > opts.budgetMs) finish(m.i);
      } else if (m.t === 'done') {
        const o = m.outcome;
        if (o.kind === 'ok' && o.ms > opts.deadlineMs + opts.graceMs) {
          o.kind = 'hang';
          o.detail = `took ${Math.round(o.ms)} ms with a ${opts.deadlineMs} ms deadline`;
          o.text = inputAt(spec, m.i).text;
        }
        outcomes.push(o);
        current = -1;
      } else if (m.t === 'end') finish(total);
    });
    const died = (why: string) => {
      if (finished) return;
      if (current < 0) return finish(total); // died between inputs: nothing to blame
      blame(current, 'crash', why);
      finish(current + 1);
    };
    worker.on('error', (e) => died(`worker died: ${e.stack ?? String(e)}`));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
  });
}
