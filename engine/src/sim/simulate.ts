// Runs an extracted module through the interpreter on a simulated CPython heap: the whole program
// from its first line (simulateProgram) or one function on its own with opaque arguments
// (simulateFunction, lint mode). Returns the Simulation DTO plus the garbage found, grouped.

import type { AnalyzeOptions, Policy, Simulation, TimelinePoint } from '../api';
import type { Module, Stmt } from '../ir';
import { Span } from '../text';
import { Heap } from './heap';
import type { HeapHooks } from './heapApi';
import { resolveProfile } from './versions';
import { NORMAL, PyException, StopSimulation, type Frame, type ModuleCtx } from './interp/frame';
import { Interpreter } from './interp/interpreter';
import { NONE, int, str, type Value } from './interp/values';

export interface GarbageGroup {
  objects: number[];
  /** Collection index, or 'exit': the final uncounted full collection after the program ends. */
  foundBy: number | 'exit';
  becameGarbageAt: Span | null;
}

export interface SimResult {
  simulation: Simulation;
  heap: Heap;
  garbage: GarbageGroup[];
  escaped: Set<number>;
  uncertain: { site: Span; reason: string }[];
}

const MAX_OBJECTS = 20000;

/** The interpreter plus the hooks the heap calls back into and the run's bookkeeping. */
class Run extends Interpreter {
  readonly groups: GarbageGroup[] = [];
  readonly timeline: TimelinePoint[] = [];
  private inCallback = false;
  private lastSampleTick = -1;

  attachHooks(): HeapHooks {
    return {
      finalize: (id) => this.runFinalizer(id),
      weakrefCallback: (ref, cb) => this.runWeakrefCallback(ref, cb),
      freed: (id) => this.onFreed(id),
      gcCallback: (phase, info) => this.runGcCallbacks(phase, info),
    };
  }

  private guarded(fn: () => void): void {
    if (!this.frame) return;
    try {
      fn();
    } catch (e) {
      // Exceptions in __del__ / callbacks are unraisable: reported and ignored (5.2).
      if (e instanceof PyException) this.drop(e.exc);
      else throw e;
    }
  }

  private runFinalizer(id: number): void {
    const m = this.mirrors.get(id);
    if (!m) return;
    if (m.kind === 'generator') return this.finalizeGenerator(id);
    if (m.kind !== 'instance') return;
    const del = this.lookupClassAttr(m.cls, '__del__');
    if (!del) return;
    this.guarded(() => this.drop(this.callMethodOf({ k: 'obj', id }, del.value, [], this.site)));
  }

  private runWeakrefCallback(ref: number, cb: number): void {
    const wm = this.mirrors.get(ref);
    if (wm?.kind === 'weakref' && wm.finalize) {
      const fin = wm.finalize;
      this.guarded(() => this.drop(this.callValue(fin.func, fin.args, [], this.site)));
      if (this.registry.delete(ref)) this.heap.decref(ref);
      return;
    }
    if (this.weakRemoved(cb, ref)) return;
    this.guarded(() => this.drop(this.callValue({ k: 'obj', id: cb }, [{ k: 'obj', id: ref }], [], this.site)));
  }

  private onFreed(id: number): void {
    const m = this.mirrors.get(id);
    this.forget(id);
    if (!m) return;
    if (m.kind === 'generator' && m.buffer) {
      const buf = m.buffer;
      m.buffer = null;
      for (const v of buf) this.drop(v);
    }
    if (m.kind === 'class') {
      const w = this.classWeakref.get(id);
      if (w !== undefined) {
        this.classWeakref.delete(id);
        if (this.registry.delete(w)) this.heap.decref(w);
      }
    }
  }

  private runGcCallbacks(phase: 'start' | 'stop', info: { generation: number; collected: number; uncollectable: number }): void {
    this.sample();
    if (this.gcCallbacks.length === 0 || this.inCallback || !this.frame) return;
    this.inCallback = true;
    try {
      for (const cb of [...this.gcCallbacks]) {
        const d = this.newDict([
          [str('generation'), int(info.generation)],
          [str('collected'), int(info.collected)],
          [str('uncollectable'), int(info.uncollectable)],
        ]);
        this.guarded(() => this.drop(this.callValue(cb, [str(phase), { k: 'obj', id: d }], [], this.site)));
        this.heap.decref(d);
      }
    } finally {
      this.inCallback = false;
    }
  }

  sample(): void {
    const tick = this.heap.tick();
    if (tick === this.lastSampleTick) return;
    this.lastSampleTick = tick;
    if (this.timeline.length >= 5000) return;
    this.timeline.push({ tick, live: this.mirrors.size, cyclicGarbage: 0 });
  }

  /** Groups the garbage of collection records not seen yet (graveyard children = edges). */
  processRecords(foundBy?: 'exit'): void {
    const recs = this.heap.collections();
    for (let r = this.seenRecords; r < recs.length; r++) {
      const rec = recs[r]!;
      this.groupFreed(rec.freed, foundBy ?? rec.index, rec.tick);
    }
    this.seenRecords = recs.length;
    this.graveyard.clear();
  }

  /** Per group: the ticks between which it was cyclic garbage (for the timeline). */
  readonly spans: { from: number; to: number; size: number }[] = [];

  groupFreed(freed: number[], foundBy: number | 'exit', foundTick = this.heap.tick()): void {
    if (freed.length === 0) return;
    const set = new Set(freed);
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      let y = x;
      while (parent.get(y) !== r) {
        const n = parent.get(y)!;
        parent.set(y, r);
        y = n;
      }
      return r;
    };
    for (const id of freed) parent.set(id, id);
    for (const id of freed) {
      for (const c of this.graveyard.get(id) ?? []) {
        if (!set.has(c)) continue;
        const a = find(id);
        const b = find(c);
        if (a !== b) parent.set(a, b);
      }
    }
    const byRoot = new Map<number, number[]>();
    for (const id of freed) {
      const r = find(id);
      let g = byRoot.get(r);
      if (!g) byRoot.set(r, (g = []));
      g.push(id);
    }
    for (const objects of byRoot.values()) {
      let best: { seq: number; site: Span; tick: number } | null = null;
      for (const id of objects) {
        const d = this.dropSites.get(id);
        if (d && (!best || d.seq > best.seq)) best = d;
      }
      this.groups.push({ objects, foundBy, becameGarbageAt: best ? best.site : null });
      this.spans.push({ from: best ? best.tick : foundTick, to: foundTick, size: objects.length });
    }
    for (const id of freed) this.dropSites.delete(id);
  }

  /** Drop sites survive the objects' deaths until their collection is grouped. */
  readonly dropSites = new Map<number, { seq: number; site: Span; tick: number }>();

  override forget(id: number): void {
    const d = this.lastDrop.get(id);
    if (d) this.dropSites.set(id, d);
    super.forget(id);
  }
}

interface Setup {
  run: Run;
  heap: Heap;
  policy: Policy;
  python: string;
  threshold: [number, number, number];
}

/** Internal knobs (tests). */
export interface SimTuning {
  accelerate?: boolean;
}

function setup(module: Module, opts: AnalyzeOptions, tuning: SimTuning = {}): Setup {
  const rv = resolveProfile(opts.python) ?? resolveProfile('3.12')!;
  const policy: Policy = opts.policy ?? { kind: 'automatic' };
  const threshold = policy.kind === 'thresholds' ? policy.thresholds : opts.thresholds;
  const hooks: HeapHooks = {};
  const heap = new Heap(rv.profile, { threshold, hooks });
  const run = new Run({
    heap,
    profile: rv.profile,
    maxSteps: opts.limits?.maxSteps ?? 2e7,
    maxTicks: opts.limits?.maxTicks ?? 1e13,
    isCancelled: opts.isCancelled,
    resolveModule: opts.resolveModule,
    policy,
    maxObjects: MAX_OBJECTS,
    accelerate: tuning.accelerate,
  });
  Object.assign(hooks, run.attachHooks());
  run.onSample = () => run.sample();
  run.onRecords = () => run.processRecords();
  run.runModuleHook = (ctx) => runModuleBody(run, ctx);
  if (policy.kind === 'disabled' || policy.kind === 'atEnd') heap.disable();
  return { run, heap, policy, python: opts.python, threshold: heap.getThreshold() };
}

function moduleFrame(run: Run, ctx: ModuleCtx): Frame {
  const f = run.newFrame(ctx, ctx.module.functions[0]!, false, null);
  f.vars = ctx.globals;
  return f;
}

function runModuleBody(run: Run, ctx: ModuleCtx, only?: (s: Stmt) => boolean): void {
  const saved = run.frame;
  const f = moduleFrame(run, ctx);
  run.frame = f;
  try {
    if (run.deferred) run.heap.checkpoint();
    const body = ctx.module.functions[0]!.body;
    for (const s of body) {
      if (only && !only(s)) continue;
      if (run.exec(s) !== NORMAL) break;
    }
  } finally {
    run.frame = saved;
  }
}

/** Ends the run: exit collection with module globals alive, groups, DTO. */
function finish(s: Setup, top: Frame, limit: StopSimulation | null): SimResult {
  const { run, heap } = s;
  run.processRecords();
  const collections = heap.collections().slice();
  const finalCount = heap.getCount();
  const ticks = heap.tick();
  if (s.policy.kind === 'atEnd' && !limit) {
    run.frame = top;
    heap.collect(2, 'policy');
    run.processRecords();
  }
  const policyCollections = heap.collections().slice(collections.length);
  // The final, uncounted full collection: finds what the program left as cyclic garbage.
  run.frame = top;
  const before = heap.collections().length;
  try {
    heap.collect(2, 'policy');
  } catch (e) {
    if (!(e instanceof StopSimulation || e instanceof PyException)) throw e;
  }
  const exitRec = heap.collections()[before];
  run.seenRecords = heap.collections().length;
  if (exitRec) run.groupFreed(exitRec.freed, 'exit', exitRec.tick);
  heap.records.length = before; // the exit collection is not part of the program's history
  run.sample();
  const objects = run.allocated.map((id) => {
    const info = heap.objectInfo(id)!;
    return { id, typeName: info.typeName, category: info.category, site: info.site, death: info.death };
  });
  const all = [...collections, ...policyCollections];
  const simulation: Simulation = {
    python: s.python,
    profile: heap.profile,
    threshold: s.threshold,
    policy: s.policy,
    explicitCollects: run.explicitCollects,
    collections: all,
    finalCount,
    ticks,
    timeline: run.timeline,
    objects,
    truncated: run.allocCount > run.allocated.length,
    limitHit: limit ? { what: limit.what, site: limit.site } : null,
    work: {
      examined: all.reduce((a, r) => a + r.examined * (r.repeat ?? 1), 0),
      estimatedPauseMs: all.map((r) => r.examined * 1e-5),
      peakCyclicGarbage: fillCyclicGarbage(run),
    },
  };
  return { simulation, heap, garbage: run.groups, escaped: run.escaped, uncertain: run.uncertain };
}

/** Fills each timeline point's cyclic garbage from the groups' [became garbage, found) ticks. */
function fillCyclicGarbage(run: Run): number {
  const pts = run.timeline;
  if (pts.length === 0) return 0;
  const diff = new Array<number>(pts.length + 1).fill(0);
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = pts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pts[mid]!.tick < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const s of run.spans) {
    const a = firstAtOrAfter(s.from);
    const b = firstAtOrAfter(s.to + 1); // still garbage when the collection that finds it starts
    if (a >= b) continue;
    diff[a]! += s.size;
    diff[b]! -= s.size;
  }
  let cur = 0;
  let peak = 0;
  pts.forEach((p, i) => {
    cur += diff[i]!;
    p.cyclicGarbage = cur;
    peak = Math.max(peak, cur);
  });
  return peak;
}

/** Runs the module body from its first line, like `python file.py`, from a normalized start. */
export function simulateProgram(module: Module, opts: AnalyzeOptions, tuning: SimTuning = {}): SimResult {
  const s = setup(module, opts, tuning);
  const { run } = s;
  const ctx: ModuleCtx = { index: 0, name: '__main__', module, globals: new Map() };
  run.mods.push(ctx);
  const top = moduleFrame(run, ctx);
  let limit: StopSimulation | null = null;
  run.frame = top;
  // Running module code costs one GC allocation (the module's frame object on 3.8-3.10, the
  // function object PyEval_EvalCode wraps the code in on 3.11+): count (1, 0, 0) at line 1.
  run.site = Span.none;
  s.heap.setSite(Span.none);
  if (run.old) run.materialiseFrame(top);
  else run.alloc({ category: 'function', typeName: 'function', site: Span.none }, { kind: 'other', typeName: 'function', held: [] });
  try {
    if (run.deferred) run.heap.checkpoint();
    run.execBlock(module.functions[0]!.body);
  } catch (e) {
    if (e instanceof StopSimulation) limit = e;
    else if (e instanceof PyException) {
      run.noteUncertain(run.site, `the program ends with an uncaught ${e.typeName}`);
      run.drop(e.exc);
    } else throw e;
  }
  return finish(s, top, limit);
}

/**
 * Lint mode: calls one function on its own with opaque arguments (held by the caller, never
 * garbage) after defining the module's classes, functions and imports, to find the cycles it
 * strands when it returns.
 */
export function simulateFunction(module: Module, fnId: number, opts: AnalyzeOptions): SimResult {
  const s = setup(module, opts);
  const { run, heap } = s;
  const ctx: ModuleCtx = { index: 0, name: '__main__', module, globals: new Map() };
  run.mods.push(ctx);
  const top = moduleFrame(run, ctx);
  let limit: StopSimulation | null = null;
  run.frame = top;
  const definitions = (st: Stmt) => st.k === 'def' || st.k === 'class' || st.k === 'import' || (st.k === 'assign' && !containsCall(st));
  const params: Value[] = [];
  try {
    runModuleBody(run, ctx, definitions);
    run.frame = top;
    const info = module.functions[fnId];
    if (!info) throw new Error(`no function ${fnId}`);
    const fv = findFunctionValue(run, fnId);
    for (const p of info.params) {
      if (p.kind === 'kwarg' || p.kind === 'vararg') continue;
      const id = run.alloc({ category: 'other', typeName: 'object', site: p.site }, { kind: 'param', attrs: new Map() });
      params.push({ k: 'obj', id });
    }
    // No caller: what the call itself allocates (cells, *args) has no line of its own.
    run.site = Span.none;
    heap.setSite(Span.none);
    const ret = run.callUser(fv ?? NONE, info, params, [], Span.none);
    run.escape(ret);
    run.registryHold(ret);
  } catch (e) {
    if (e instanceof StopSimulation) limit = e;
    else if (e instanceof PyException) run.drop(e.exc);
    else throw e;
  }
  const res = finish(s, top, limit);
  return res;
}

function containsCall(s: Stmt): boolean {
  return JSON.stringify(s).includes('"k":"call"');
}

/** The function object for fnId: a module-level def, a method in a class, or made on the spot. */
function findFunctionValue(run: Run, fnId: number): Value | null {
  for (const v of run.mods[0]!.globals.values()) {
    if (v.k !== 'obj') continue;
    const m = run.mirrors.get(v.id);
    if (m?.kind === 'function' && m.fnId === fnId) return v;
    if (m?.kind === 'class') {
      for (const a of m.attrs.values()) {
        const am = a.k === 'obj' ? run.mirrors.get(a.id) : undefined;
        if (am?.kind === 'function' && am.fnId === fnId) return a;
      }
    }
  }
  return null;
}
