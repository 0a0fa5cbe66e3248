// Calls, functions, closures, classes, instances, attributes, items, exceptions and generators:
// the object-model half of the interpreter. Per-version object costs follow the GC notes
// sections 1.5 (instance dicts), 1.6 (frames), 2.3 (allocation costs) and 5.4 (what cycles hold).

import type { Arg, Expr, FunctionInfo, Stmt, Target } from '../../ir';
import { Span } from '../../text';
import { Core } from './core';
import { GeneratorCap, PyException, RETURN, StopSimulation, type Completion, type Frame, type ModuleCtx } from './frame';
import type { ExcData, Mirror } from './objects';
import { callBuiltin, containerMethod, moduleAttr, isBuiltinName, builtinExcParent } from './builtins';
import { NONE, UNKNOWN, hashKey, int, num, rangeLen, str, type Value } from './values';

const MAX_DEPTH = 60;
const GEN_CAP = 100000;
/** Calls to these C callables do not reach an eval-breaker check (3.1). */
const NO_CHECKPOINT = new Set(['append', 'len', 'isinstance', 'type']);

export interface CallArgs {
  args: Value[];
  kw: [string, Value][];
  temps: Value[];
}

export abstract class Calls extends Core {
  abstract execBlock(body: Stmt[]): Completion;
  abstract eval(e: Expr): Value;
  abstract store(t: Target, v: Value): void;
  abstract truthOf(v: Value): boolean | null;
  abstract binop(op: string, l: Value, r: Value, site: Span): Value;
  abstract compare(op: string, a: Value, b: Value): boolean | null;
  abstract storeName(name: string, scope: string, v: Value): void;
  abstract strOf(v: Value): string | null;

  seenRecords = 0;
  /** Class -> the weakref its base's subclass registry holds (freed with the class). */
  readonly classWeakref = new Map<number, number>();
  /** dataclasses.field(default_factory=...) factories (owned). */
  readonly fieldFactories: Value[] = [];
  /** Weak containers' remove callbacks -> their container. */
  readonly removers = new Map<number, number>();
  onRecords: (() => void) | null = null;
  private freezeDone = false;
  private nextPolicyTick = 0;
  /** Objects the simulator keeps alive outside the program (class registry weakrefs, finalize). */
  readonly registry = new Set<number>();
  /** gc.callbacks (borrowed values are owned by this list). */
  readonly gcCallbacks: Value[] = [];
  depth = 0;

  // ---- statement hooks ---------------------------------------------------------------------------

  beforeStatement(s: Stmt): void {
    const recs = this.heap.collections().length;
    if (recs !== this.seenRecords) this.onRecords?.();
    else if (this.graveyard.size > 50000) this.graveyard.clear();
    const p = this.cfg.policy;
    if (p.kind === 'freezeAt' && !this.freezeDone && s.site.line >= p.line) {
      this.freezeDone = true;
      this.heap.freeze();
    } else if (p.kind === 'every' && p.ticks > 0 && this.heap.tick() >= this.nextPolicyTick) {
      if (this.nextPolicyTick > 0) this.heap.collect(2, 'policy');
      this.nextPolicyTick = this.heap.tick() + p.ticks;
    }
  }

  checkpointAfterCall(name: string): void {
    if (this.deferred && !NO_CHECKPOINT.has(name)) this.heap.checkpoint();
  }

  // ---- frames ------------------------------------------------------------------------------------

  newFrame(mod: ModuleCtx, fn: FunctionInfo, fast: boolean, funcObj: number | null): Frame {
    return {
      mod, fn, vars: new Map(), cells: new Map(), fast, obj: null, funcObj, caller: this.frame, inlinedIn: null,
      retval: null, handling: [], genOut: null, comp: null, depth: (this.frame?.depth ?? 0) + 1,
      callSite: this.site, pooled: null, poolKey: '',
    };
  }

  /** The frame object of `f` (3.11+: materialised now, untracked while the frame runs). */
  materialiseFrame(f: Frame): number {
    if (f.inlinedIn) return this.materialiseFrame(f.inlinedIn);
    if (f.obj !== null) return f.obj;
    const vars = f.fast ? f.vars : new Map<string, Value>();
    let id: number;
    if (f.pooled !== null) {
      // 3.8-3.10: the call's own frame object becomes visible; it can no longer be a zombie.
      id = f.pooled;
      f.pooled = null;
      this.mirrors.set(id, { kind: 'frame', vars });
      this.heap.track(id);
    } else {
      // 3.8-3.10: the frame object exists from the call on, so it belongs to the call's line.
      const site = this.old ? f.callSite : this.site;
      id = this.alloc({ category: 'frame', typeName: 'frame', site, untracked: !this.old }, { kind: 'frame', vars });
    }
    if (f.fast) {
      for (const v of f.vars.values()) {
        if (v.k === 'obj') {
          this.heap.addEdge(id, v.id);
          this.heap.decref(v.id);
        }
      }
      if (this.profile === 'G311' && f.funcObj !== null) {
        // 3.11 frames keep their function object (f_func): the comprehension function shows up.
        this.heap.addEdge(id, f.funcObj);
        vars.set('\0func', { k: 'obj', id: f.funcObj });
      }
    }
    f.obj = id;
    return id;
  }

  /** 3.8-3.10 frame objects per call: the code object's zombie frame when free, else a new
   *  one (from the frame free list, which the heap models); counted as GC allocations (1.6). */
  private readonly zombies = new Map<string, number>();

  acquirePooledFrame(f: Frame, key: string): void {
    if (!this.old) return;
    f.poolKey = key;
    const z = this.zombies.get(key);
    if (z !== undefined) {
      this.zombies.delete(key);
      f.pooled = z;
      return;
    }
    f.pooled = this.alloc({ category: 'frame', typeName: 'frame', site: f.callSite, untracked: true }, { kind: 'other', typeName: 'frame', held: [] });
  }

  private releasePooledFrame(f: Frame): void {
    if (f.pooled === null) return;
    const id = f.pooled;
    f.pooled = null;
    if (!this.zombies.has(f.poolKey)) this.zombies.set(f.poolKey, id);
    else this.heap.decref(id);
  }

  /** A returning frame releases its locals; a frame object still referenced keeps them (1.6). */
  exitFrame(f: Frame): void {
    for (const h of f.handling) this.drop(h);
    f.handling = [];
    this.releasePooledFrame(f);
    if (f.obj !== null) {
      const fo = f.obj;
      const info = this.heap.objectInfo(fo);
      if (info && info.refcount > 1 && f.caller && !f.inlinedIn) {
        const back = this.materialiseFrame(f.caller);
        this.heap.addEdge(fo, back);
        const fm = this.mirrors.get(fo);
        if (fm?.kind === 'frame') fm.vars.set('\0back', { k: 'obj', id: back });
        if (!this.old) this.heap.track(fo);
      }
      if (!f.inlinedIn) this.drop({ k: 'obj', id: fo });
      return;
    }
    if (!f.fast) return;
    const vals = [...f.vars.values()];
    f.vars.clear();
    for (const v of vals) this.drop(v);
  }

  // ---- functions --------------------------------------------------------------------------------

  makeFunction(fnId: number, defaults: Expr[], kwDefaults: { name: string; value: Expr }[], _decorators: Expr[]): Value {
    const f = this.frame!;
    const info = f.mod.module.functions[fnId]!;
    const defVals = defaults.map((d) => this.eval(d));
    const kwVals = kwDefaults.map((d) => [d.name, this.eval(d.value)] as [string, Value]);
    let defaultsObj: number | null = null;
    // Constant defaults are one code constant; computed ones are a BUILD_TUPLE at `def` time.
    if (defaults.some((d) => d.k !== 'const')) defaultsObj = this.newTuple(defVals);
    let kwDefaultsObj: number | null = null;
    if (kwVals.length > 0) kwDefaultsObj = this.newDict(kwVals.map(([k, v]) => [str(k), v]));
    let closure: number | null = null;
    const cells = new Map<string, number>();
    if (info.freevars.length > 0) {
      const ids: number[] = [];
      for (const name of info.freevars) {
        let c = f.cells.get(name);
        if (c === undefined) {
          // A free variable the defining scope does not have (lint mode): an empty cell.
          c = this.newCell();
          f.cells.set(name, c);
          f.vars.set('^' + name, { k: 'obj', id: c });
          if (f.obj !== null && f.fast) {
            this.heap.addEdge(f.obj, c);
            this.heap.decref(c);
          }
        }
        ids.push(c);
        cells.set(name, c);
      }
      closure = this.allocSimple('closureTuple', 'tuple', { kind: 'closureTuple', cells: ids }, {
        length: ids.length, itemTypesGc: true, itemsMayBeTracked: true,
      });
      for (const c of ids) this.heap.addEdge(closure, c);
    }
    const id = this.allocSimple('function', 'function', {
      kind: 'function', fnId, mod: f.mod.index, name: info.name, closure, cells,
      defaults: defVals, defaultsObj, kwDefaults: new Map(kwVals), kwDefaultsObj,
    });
    for (const x of [closure, defaultsObj, kwDefaultsObj]) {
      if (x !== null) {
        this.heap.addEdge(id, x);
        this.heap.decref(x);
      }
    }
    for (const v of defVals) this.drop(v);
    // Defaults held through the tuple; atoms need nothing. Keyword defaults likewise via the dict.
    for (const [, v] of kwVals) this.drop(v);
    return { k: 'obj', id };
  }

  execDef(s: Extract<Stmt, { k: 'def' }>): void {
    const decos = s.decorators.map((d) => this.eval(d));
    let fv = this.makeFunction(s.fn, s.defaults, s.kwDefaults, []);
    for (let i = decos.length - 1; i >= 0; i--) fv = this.applyDecorator(decos[i]!, fv, s.site);
    this.storeName(s.target.name, s.target.scope, fv);
    this.drop(fv);
    decos.forEach((d) => this.drop(d));
  }

  /** Applies a decorator to an owned value; returns an owned value. */
  private applyDecorator(deco: Value, fv: Value, site: Span): Value {
    if (deco.k === 'builtin' && fv.k === 'obj') {
      const fm = this.mirrors.get(fv.id);
      if (fm?.kind === 'function') {
        if (deco.name === 'staticmethod') { fm.isStaticMethod = true; return fv; }
        if (deco.name === 'classmethod') { fm.isClassMethod = true; return fv; }
        if (deco.name === 'property') { (fm as { isProperty?: boolean }).isProperty = true; return fv; }
      }
    }
    if (deco.k === 'builtin' && /(^|\.)dataclass$/.test(deco.name) && fv.k === 'obj') {
      const cm = this.mirrors.get(fv.id);
      if (cm?.kind === 'class') {
        cm.dataclassFields = this.annotatedFields(fv.id);
        return fv;
      }
    }
    if (!this.isKnownCallable(deco)) {
      // A decorator the simulator cannot follow (dataclass, lru_cache, app.route, ...): assume it
      // returns the decorated object, which it may also keep somewhere.
      this.escape(fv);
      this.noteUncertain(site, 'decorator not followed: assumed to return the decorated object');
      return fv;
    }
    const out = this.callValue(deco, [fv], [], site);
    this.drop(fv);
    return out;
  }

  /** Annotated names of a class body and its bases' (dataclass field order). */
  private annotatedFields(clsId: number): string[] {
    const cm = this.mirrors.get(clsId);
    if (cm?.kind !== 'class') return [];
    const out: string[] = [];
    for (const b of cm.bases) if (b.k === 'obj') out.push(...(this.mirrors.get(b.id) as { dataclassFields?: string[] } | undefined)?.dataclassFields ?? []);
    const info = this.mods.flatMap((m) => m.module.functions).find((f) => f.kind === 'class' && f.qualname === cm.qualname);
    for (const st of info?.body ?? []) {
      if (st.k === 'annassign' && st.target.k === 'name' && !out.includes(st.target.name)) out.push(st.target.name);
    }
    return out;
  }

  /** A callable whose call the simulator follows (a Python function, class, bound method). */
  private isKnownCallable(v: Value): boolean {
    if (v.k !== 'obj') return false;
    const m = this.mirrors.get(v.id);
    return m?.kind === 'function' || m?.kind === 'class' || m?.kind === 'boundMethod' || (m?.kind === 'instance' && this.findMethod(v, '__call__') !== null);
  }

  /** Binds arguments into a new frame's variables (borrowed in, the frame takes references). */
  private bindArgs(fr: Frame, info: FunctionInfo, fm: Extract<Mirror, { kind: 'function' }> | null, args: Value[], kw: [string, Value][]): void {
    const set = (name: string, v: Value) => {
      if (info.cellvars.includes(name)) {
        const c = fr.cells.get(name);
        if (c !== undefined) this.setCell(c, v);
      } else this.setSlot(fr, name, v);
    };
    const positional = info.params.filter((p) => p.kind === 'posonly' || p.kind === 'pos');
    const kwmap = new Map(kw);
    let ai = 0;
    const defaults = fm?.defaults ?? [];
    const firstDefault = positional.length - defaults.length;
    positional.forEach((p, i) => {
      let v: Value | undefined;
      if (ai < args.length) v = args[ai++];
      else if (kwmap.has(p.name) && p.kind !== 'posonly') {
        v = kwmap.get(p.name);
        kwmap.delete(p.name);
      } else if (i >= firstDefault) v = defaults[i - firstDefault];
      set(p.name, v ?? UNKNOWN);
    });
    for (const p of info.params) {
      if (p.kind === 'vararg') {
        const rest = args.slice(ai);
        if (rest.length === 0) set(p.name, { k: 'consttuple', items: [] });
        else {
          const t = this.newTuple(rest);
          set(p.name, { k: 'obj', id: t });
          this.heap.decref(t);
        }
        ai = args.length;
      } else if (p.kind === 'kwonly') {
        const v = kwmap.get(p.name) ?? fm?.kwDefaults.get(p.name) ?? UNKNOWN;
        kwmap.delete(p.name);
        set(p.name, v);
      }
    }
    const kwarg = info.params.find((p) => p.kind === 'kwarg');
    if (kwarg) {
      const d = this.newDict([...kwmap].map(([k, v]) => [str(k), v]));
      set(kwarg.name, { k: 'obj', id: d });
      this.heap.decref(d);
    }
  }

  private makeCells(fr: Frame, info: FunctionInfo, fm: Extract<Mirror, { kind: 'function' }> | null): void {
    for (const name of info.cellvars) {
      const c = this.newCell();
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
    for (const name of info.freevars) {
      const c = fm?.cells.get(name);
      if (c === undefined) continue;
      this.heap.incref(c);
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
  }

  /** Calls a Python function (borrowed function value and arguments); returns an owned value. */
  callUser(
    fv: Value, info: FunctionInfo, args: Value[], kw: [string, Value][], site: Span,
    comp: Frame['comp'] = null,
  ): Value {
    const fm0 = fv.k === 'obj' ? this.mirrors.get(fv.id) : undefined;
    const fm = fm0?.kind === 'function' ? fm0 : null;
    if (info.isGenerator && !comp) return this.makeGenerator(fv, info, args, kw);
    if (info.isAsync) return this.makeGenerator(fv, info, args, kw, true);
    if (this.depth >= MAX_DEPTH) {
      this.noteUncertain(site, `call depth above ${MAX_DEPTH}: ${info.qualname} not followed`);
      return UNKNOWN;
    }
    const mod = fm ? this.mods[fm.mod]! : this.frame!.mod;
    const fr = this.newFrame(mod, info, true, fv.k === 'obj' ? fv.id : null);
    fr.callSite = site;
    fr.comp = comp;
    this.acquirePooledFrame(fr, `${mod.index}:${info.id}`);
    this.makeCells(fr, info, fm);
    this.bindArgs(fr, info, fm, args, kw);
    const caller = this.frame;
    this.frame = fr;
    this.depth++;
    let ret: Value = NONE;
    try {
      if (this.deferred) this.heap.checkpoint(); // RESUME
      const c = this.execBlock(info.body);
      if (c === RETURN && fr.retval) ret = fr.retval;
      fr.retval = null;
      // A comprehension's result lives on the value stack: not kept by its frame object.
      if (info.kind === 'comprehension') this.delSlot(fr, '.result');
    } catch (e) {
      this.depth--;
      this.frame = caller;
      this.setSiteBack(site);
      if (info.kind === 'comprehension') this.delSlot(fr, '.result');
      this.exitFrame(fr);
      if (e instanceof PyException && caller) this.attachTraceback(e.exc, caller);
      throw e;
    }
    this.depth--;
    this.frame = caller;
    this.setSiteBack(site);
    this.exitFrame(fr);
    const p = this.cfg.policy;
    if (p.kind === 'atFunctionExit' && (p.functions.includes(info.name) || p.functions.includes(info.qualname))) {
      this.heap.collect(2, 'policy');
    }
    return ret;
  }

  /** Back in the caller: what happens next (frame materialisation, deaths) is the call's. */
  private setSiteBack(site: Span): void {
    if (Span.isNone(site)) return;
    this.site = site;
    this.heap.setSite(site);
  }

  /** PEP 709: a list/set/dict comprehension runs inside the current frame (3.12+). */
  runInlined(info: FunctionInfo, it: Value): Value {
    const outer = this.frame!;
    const fr = this.newFrame(outer.mod, info, true, null);
    fr.inlinedIn = outer.inlinedIn ?? outer;
    fr.depth = outer.depth;
    for (const name of info.cellvars) {
      const c = this.newCell();
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
    for (const name of info.freevars) {
      const c = outer.cells.get(name);
      if (c === undefined) continue;
      this.heap.incref(c);
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
    this.bindArgs(fr, info, null, [it], []);
    this.frame = fr;
    try {
      this.execBlock(info.body);
      const ret = fr.retval ?? NONE;
      fr.retval = null;
      return ret;
    } finally {
      this.frame = outer;
      const vals = [...fr.vars.values()];
      fr.vars.clear();
      vals.forEach((v) => this.drop(v));
    }
  }

  // ---- generators and coroutines -------------------------------------------------------------------

  makeGenerator(fv: Value, info: FunctionInfo, args: Value[], kw: [string, Value][], coroutine = false): Value {
    const fm0 = fv.k === 'obj' ? this.mirrors.get(fv.id) : undefined;
    const fm = fm0?.kind === 'function' ? fm0 : null;
    // Bind into a scratch frame to reuse the binding rules, then hand the values to the holder.
    const scratch = this.newFrame(this.frame!.mod, info, true, null);
    this.makeCells(scratch, info, fm);
    this.bindArgs(scratch, info, fm, args, kw);
    const kind = coroutine ? 'coroutine' : 'generator';
    const gid = this.allocSimple(kind, info.isAsync && !coroutine ? 'async_generator' : kind, {
      kind: 'generator', fnId: info.id, mod: fm ? fm.mod : this.frame!.mod.index, func: fv.k === 'obj' ? fv.id : -1,
      state: 'unstarted', locals: new Map(), cells: new Map(), holder: 0, frame: null, buffer: null, pos: 0,
    }, { hasFinalizer: true });
    const gm = this.mirrors.get(gid) as Extract<Mirror, { kind: 'generator' }>;
    let holder = gid;
    if (this.old) {
      // 3.8-3.10: the generator owns a separate frame object (2 GC objects, 1.6).
      const fid = this.allocSimple('frame', 'frame', { kind: 'frame', vars: gm.locals });
      this.heap.addEdge(gid, fid);
      this.heap.decref(fid);
      gm.frame = fid;
      holder = fid;
    } else if (fv.k === 'obj') {
      this.heap.addEdge(gid, fv.id); // 3.11+: the embedded frame keeps its function
    }
    gm.holder = holder;
    for (const [k, v] of scratch.vars) {
      gm.locals.set(k, v);
      if (v.k === 'obj') {
        this.heap.addEdge(holder, v.id);
        this.heap.decref(v.id);
      }
      if (k.startsWith('^') && v.k === 'obj') gm.cells.set(k.slice(1), v.id);
    }
    return { k: 'obj', id: gid };
  }

  /** Runs a generator body to the end (bounded), buffering what it yields. */
  private driveGenerator(gid: number, site: Span): void {
    const gm = this.mirrors.get(gid);
    if (!gm || gm.kind !== 'generator' || gm.buffer) return;
    const mod = this.mods[gm.mod]!;
    const info = mod.module.functions[gm.fnId]!;
    gm.state = 'started';
    gm.buffer = [];
    if (this.depth >= MAX_DEPTH) {
      this.noteUncertain(site, 'generator nested too deep: not run');
      return;
    }
    const fr = this.newFrame(mod, info, true, gm.func >= 0 ? gm.func : null);
    for (const [k, v] of gm.locals) fr.vars.set(k, this.own(v));
    for (const [k, c] of gm.cells) fr.cells.set(k, c);
    fr.genOut = gm.buffer;
    const caller = this.frame;
    this.frame = fr;
    this.depth++;
    try {
      this.execBlock(info.body);
    } catch (e) {
      if (e instanceof GeneratorCap) {
        this.noteUncertain(site, `generator ${info.qualname} followed for ${GEN_CAP} values only`);
      } else {
        this.depth--;
        this.frame = caller;
        this.exitFrame(fr);
        this.finishGenerator(gid);
        if (e instanceof PyException && caller) this.attachTraceback(e.exc, caller);
        throw e;
      }
    }
    this.depth--;
    this.frame = caller;
    this.drop(fr.retval);
    this.exitFrame(fr);
  }

  pushYield(f: Frame, v: Value): void {
    f.genOut!.push(v);
    if (f.genOut!.length > GEN_CAP) throw new GeneratorCap();
  }

  /** next(gen): an owned value, or null when exhausted. */
  genNext(gid: number, site: Span): Value | null {
    const gm = this.mirrors.get(gid);
    if (!gm || gm.kind !== 'generator') return null;
    if (gm.state === 'exhausted') return null;
    if (gm.fnId >= 0 && this.mods[gm.mod]!.module.functions[gm.fnId]!.isAsync) return null;
    if (!gm.buffer) this.driveGenerator(gid, site);
    const g2 = this.mirrors.get(gid);
    if (!g2 || g2.kind !== 'generator' || !g2.buffer) return null;
    if (g2.pos < g2.buffer.length) {
      const v = g2.buffer[g2.pos]!;
      g2.buffer[g2.pos++] = NONE;
      if (this.deferred) this.heap.checkpoint();
      return v;
    }
    this.finishGenerator(gid);
    return null;
  }

  /** The generator returned (or was closed): its frame lets go of its locals. */
  finishGenerator(gid: number): void {
    const gm = this.mirrors.get(gid);
    if (!gm || gm.kind !== 'generator') return;
    if (!this.heap.isAlive(gid)) return;
    // Hold the generator while its frame lets go (the frame may be what kept it alive).
    this.heap.incref(gid);
    gm.state = 'exhausted';
    const buf = gm.buffer ?? [];
    gm.buffer = [];
    gm.pos = 0;
    for (const v of buf) this.drop(v);
    const vals = [...gm.locals.values()];
    gm.locals.clear();
    gm.cells.clear();
    for (const v of vals) this.unedge(gm.holder, v);
    if (gm.frame !== null) {
      const fid = gm.frame;
      gm.frame = null;
      gm.holder = gid;
      this.heap.removeEdge(gid, fid);
    }
    this.heap.decref(gid);
  }

  /** Generator / coroutine finaliser (PEP 442 tp_finalize), from the heap hook. */
  finalizeGenerator(gid: number): void {
    const gm = this.mirrors.get(gid);
    if (!gm || gm.kind !== 'generator') return;
    const info = this.mods[gm.mod]!.module.functions[gm.fnId]!;
    if (info.isAsync) return; // "coroutine was never awaited": nothing is cleared
    if (gm.state === 'started') {
      this.finishGenerator(gid);
      return;
    }
    // Unstarted: 3.8-3.11 and 3.15 clear the frame; 3.12-3.14 leave the cycle for the GC (5.2).
    if (gm.state === 'unstarted' && (this.old || this.profile === 'G311' || this.profile === 'G315')) this.finishGenerator(gid);
  }

  // ---- iteration ---------------------------------------------------------------------------------

  /** An iterator object for `iter(v)` / a comprehension's `.0` (owned). */
  makeIterator(v: Value, _site: Span): Value {
    if (v.k === 'range' || v.k === 'unknown' || v.k === 'atom') return this.own(v);
    let typeName = 'iterator';
    if (v.k === 'consttuple') typeName = 'tuple_iterator';
    else if (v.k === 'obj') {
      const m = this.mirrors.get(v.id);
      if (!m) return UNKNOWN;
      if (m.kind === 'generator' || m.kind === 'iterator') return this.own(v);
      typeName = m.kind === 'list' ? 'list_iterator' : m.kind === 'tuple' ? 'tuple_iterator' : m.kind === 'dict' ? 'dict_keyiterator' : m.kind === 'set' ? 'set_iterator'
        : m.kind === 'dictview' ? `dict_${m.which === 'keys' ? 'key' : m.which === 'values' ? 'value' : 'item'}iterator` : 'iterator';
      if (m.kind === 'instance') {
        const it = this.findMethod(v, '__iter__');
        if (it) return this.callMethodOf(v, it, [], _site);
        return UNKNOWN;
      }
    } else return UNKNOWN;
    const id = this.allocSimple('iterator', typeName, { kind: 'iterator', over: v, pos: 0, items: null });
    this.edge(id, v);
    return { k: 'obj', id };
  }

  /** The items of an iterable without consuming anything (borrowed), or null if unknown. */
  peekItems(v: Value): Value[] | null {
    switch (v.k) {
      case 'consttuple': return v.items;
      case 'range': {
        const n = rangeLen(v);
        if (n > 100000) return null;
        const out: Value[] = [];
        for (let i = 0; i < n; i++) out.push(int(v.start + i * v.step));
        return out;
      }
      case 'atom':
        if (v.t === 'str' && typeof v.v === 'string') return [...v.v].map((c) => str(c));
        return null;
      case 'obj': {
        const m = this.mirrors.get(v.id);
        if (!m) return null;
        switch (m.kind) {
          case 'list': case 'tuple': return m.items;
          case 'dict': return [...m.map.values()].map(([k]) => k);
          case 'set': return [...m.map.values()];
          case 'instdict': {
            const im = this.mirrors.get(m.inst);
            return im?.kind === 'instance' ? [...im.attrs.keys()].map((k) => str(k)) : null;
          }
          case 'weakcontainer': return [...m.map.values()].map(([k]) => k).filter((k) => k.k !== 'obj' || this.heap.isAlive(k.id));
          case 'dictview': {
            // The pairs of items() borrow the dict's references; the view keeps the dict alive.
            const dm = this.mirrors.get(m.dict);
            if (dm?.kind !== 'dict') return null;
            const entries = [...dm.map.values()];
            if (m.which === 'keys') return entries.map(([k]) => k);
            if (m.which === 'values') return entries.map(([, x]) => x);
            return entries.map(([k, x]) => ({ k: 'consttuple', items: [k, x] }) as Value);
          }
          default: return null;
        }
      }
      default: return null;
    }
  }

  /** Consumes an iterable into owned items (generators and iterators advance), or null. */
  iterItems(v: Value, site: Span): Value[] | null {
    if (v.k === 'obj') {
      const m = this.mirrors.get(v.id);
      if (m?.kind === 'generator') {
        const out: Value[] = [];
        for (let x = this.genNext(v.id, site); x !== null; x = this.genNext(v.id, site)) out.push(x);
        return out;
      }
      if (m?.kind === 'iterator') {
        const out: Value[] = [];
        for (let x = this.iterNext(v.id, site); x !== null; x = this.iterNext(v.id, site)) out.push(x);
        return out;
      }
    }
    const items = this.peekItems(v);
    return items ? items.map((x) => this.ownItem(x)) : null;
  }

  /** next() on an iterator object: owned value or null. */
  iterNext(id: number, site: Span): Value | null {
    const m = this.mirrors.get(id);
    if (!m) return null;
    if (m.kind === 'generator') return this.genNext(id, site);
    if (m.kind !== 'iterator') return null;
    if (m.over.k === 'obj' && this.mirrors.get(m.over.id)?.kind === 'generator') return this.genNext(m.over.id, site);
    // Lists are read live (appends during the loop are seen); other containers are snapshotted
    // once (CPython raises on a size change anyway), so iteration stays linear.
    const overM = m.over.k === 'obj' ? this.mirrors.get(m.over.id) : undefined;
    let items: Value[] | null;
    if (overM?.kind === 'list' || overM?.kind === 'tuple') items = overM.items;
    else items = m.items ??= this.peekItems(m.over);
    if (!items || m.pos >= items.length) return null;
    return this.ownItem(items[m.pos++]!);
  }

  /** An owned item; pairs that borrow objects (enumerate, zip, dict.items()) become real tuples,
   *  as CPython's iterators return them. */
  ownItem(x: Value): Value {
    if (x.k === 'consttuple' && x.items.some((y) => y.k === 'obj')) return { k: 'obj', id: this.newTuple(x.items) };
    return this.own(x);
  }

  // ---- attributes --------------------------------------------------------------------------------

  lookupClassAttr(clsId: number, name: string, after: number | null = null): { value: Value; owner: number } | null {
    const seen = new Set<number>();
    const order: number[] = [];
    const walk = (c: number) => {
      if (seen.has(c)) return;
      seen.add(c);
      order.push(c);
      const cm = this.mirrors.get(c);
      if (cm?.kind !== 'class') return;
      for (const b of cm.bases) if (b.k === 'obj') walk(b.id);
    };
    walk(clsId);
    let start = 0;
    if (after !== null) start = order.indexOf(after) + 1;
    for (let i = start; i < order.length; i++) {
      const cm = this.mirrors.get(order[i]!);
      if (cm?.kind !== 'class') continue;
      const v = cm.attrs.get(name);
      if (v !== undefined) return { value: v, owner: order[i]! };
    }
    return null;
  }

  builtinBasesOf(clsId: number): string[] {
    const out: string[] = [];
    const seen = new Set<number>();
    const walk = (c: number) => {
      if (seen.has(c)) return;
      seen.add(c);
      const cm = this.mirrors.get(c);
      if (cm?.kind !== 'class') return;
      out.push(...cm.builtinBases);
      for (const b of cm.bases) if (b.k === 'obj') walk(b.id);
    };
    walk(clsId);
    return out;
  }

  /** A method defined by the object's class (for dunder protocols), borrowed. */
  findMethod(obj: Value, name: string): Value | null {
    if (obj.k !== 'obj') return null;
    const m = this.mirrors.get(obj.id);
    if (m?.kind !== 'instance') return null;
    const r = this.lookupClassAttr(m.cls, name);
    return r && r.value.k === 'obj' && this.mirrors.get(r.value.id)?.kind === 'function' ? r.value : null;
  }

  callMethodOf(self: Value, func: Value, args: Value[], site: Span): Value {
    const fm = func.k === 'obj' ? this.mirrors.get(func.id) : undefined;
    if (fm?.kind !== 'function') return UNKNOWN;
    const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
    return this.callUser(func, info, [self, ...args], [], site);
  }

  /** Binds a class attribute found for `self` (functions become bound methods). Owned. */
  private bindClassAttr(v: Value, self: Value, cls: number, site: Span): Value {
    if (v.k !== 'obj') return this.own(v);
    const fm = this.mirrors.get(v.id);
    if (fm?.kind !== 'function') return this.own(v);
    if (fm.isStaticMethod) return this.own(v);
    if ((fm as { isProperty?: boolean }).isProperty) return this.callMethodOf(self, v, [], site);
    const recv: Value = fm.isClassMethod ? { k: 'obj', id: cls } : self;
    const id = this.allocSimple('boundMethod', 'method', { kind: 'boundMethod', func: v, self: recv });
    this.edge(id, v);
    this.edge(id, recv);
    return { k: 'obj', id };
  }

  getAttr(o: Value, name: string, site: Span): Value {
    if (o.k === 'module') return moduleAttr(this, o.name, name);
    if (o.k === 'builtin') {
      if (o.name === 'gc.garbage' || o.name === 'gc.callbacks') return { k: 'builtin', name: `${o.name}.${name}` };
      return { k: 'builtin', name: `${o.name}.${name}` };
    }
    if (o.k !== 'obj') return UNKNOWN;
    const m = this.mirrors.get(o.id);
    if (!m) return UNKNOWN;
    switch (m.kind) {
      case 'instance': {
        if (name === '__dict__') {
          const d = this.materialiseDict(o.id);
          return d === null ? UNKNOWN : this.own({ k: 'obj', id: d });
        }
        if (name === '__class__') return this.own({ k: 'obj', id: m.cls });
        const cd = this.lookupClassAttr(m.cls, name);
        const isProp = cd && cd.value.k === 'obj' && (this.mirrors.get(cd.value.id) as { isProperty?: boolean } | undefined)?.isProperty;
        if (!isProp) {
          const v = m.attrs.get(name);
          if (v !== undefined) return this.own(v);
        }
        if (m.exc) {
          if (name === 'args') return m.exc.args !== null ? this.own({ k: 'obj', id: m.exc.args }) : { k: 'consttuple', items: [] };
          if (name === '__traceback__') return m.exc.tb !== null ? this.own({ k: 'obj', id: m.exc.tb }) : NONE;
        }
        if (cd) return this.bindClassAttr(cd.value, o, m.cls, site);
        return UNKNOWN;
      }
      case 'exception':
        if (name === 'args') return m.exc.args !== null ? this.own({ k: 'obj', id: m.exc.args }) : { k: 'consttuple', items: [] };
        if (name === '__traceback__') return m.exc.tb !== null ? this.own({ k: 'obj', id: m.exc.tb }) : NONE;
        if (name === '__context__' || name === '__cause__') return m.exc.context !== null ? this.own({ k: 'obj', id: m.exc.context }) : NONE;
        return UNKNOWN;
      case 'class': {
        if (name === '__name__') return str(m.name);
        const r = this.lookupClassAttr(o.id, name);
        if (!r) return UNKNOWN;
        const fm = r.value.k === 'obj' ? this.mirrors.get(r.value.id) : undefined;
        if (fm?.kind === 'function' && fm.isClassMethod) return this.bindClassAttr(r.value, o, o.id, site);
        return this.own(r.value);
      }
      case 'traceback':
        if (name === 'tb_frame') return this.own({ k: 'obj', id: m.frame });
        if (name === 'tb_next') return m.next !== null ? this.own({ k: 'obj', id: m.next }) : NONE;
        return UNKNOWN;
      case 'frame': {
        if (name === 'f_back') {
          const b = m.vars.get('\0back');
          return b ? this.own(b) : NONE;
        }
        return UNKNOWN;
      }
      case 'function': {
        if (name === '__defaults__') return m.defaultsObj !== null ? this.own({ k: 'obj', id: m.defaultsObj }) : m.defaults.length ? { k: 'consttuple', items: m.defaults } : NONE;
        if (name === '__closure__') return m.closure !== null ? this.own({ k: 'obj', id: m.closure }) : NONE;
        if (name === '__name__' || name === '__qualname__') return str(m.name);
        if (m.dictObj) {
          const dm = this.mirrors.get(m.dictObj);
          const e = dm?.kind === 'dict' ? dm.map.get(hashKey(str(name))!) : undefined;
          if (e) return this.own(e[1]);
        }
        return UNKNOWN;
      }
      case 'boundMethod':
        if (name === '__self__') return this.own(m.self);
        if (name === '__func__') return this.own(m.func);
        return UNKNOWN;
      case 'list': case 'dict': case 'set': case 'tuple': {
        // A method loaded as a value (not called at once): a builtin method object.
        const id = this.allocSimple('builtinMethod', 'builtin_function_or_method', { kind: 'builtinMethod', name, self: o });
        this.edge(id, o);
        return { k: 'obj', id };
      }
      case 'param': {
        const v = m.attrs.get(name);
        return v !== undefined ? this.own(v) : UNKNOWN;
      }
      case 'other':
        if (m.typeName === 'super') return this.superAttr(m.held, name, site);
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private superAttr(held: Value[], name: string, site: Span): Value {
    const [cls, self] = held;
    if (!cls || cls.k !== 'obj' || !self) return UNKNOWN;
    const selfM = self.k === 'obj' ? this.mirrors.get(self.id) : undefined;
    const start = selfM?.kind === 'instance' ? selfM.cls : cls.id;
    const r = this.lookupClassAttr(start, name, cls.id);
    if (!r) return UNKNOWN;
    return this.bindClassAttr(r.value, self, start, site);
  }

  setAttr(o: Value, name: string, v: Value, site: Span): void {
    if (o.k === 'module') {
      const mod = this.mods.find((x) => x.name === o.name);
      if (mod) {
        this.own(v);
        const old = mod.globals.get(name);
        mod.globals.set(name, v);
        this.drop(old);
      } else this.escape(v);
      return;
    }
    if (o.k !== 'obj') {
      this.escape(v);
      if (o.k === 'unknown') this.noteUncertain(site, `attribute store on an unknown object: .${name}`);
      return;
    }
    const m = this.mirrors.get(o.id);
    if (!m) return;
    if (m.kind === 'instance') {
      if (name === '__dict__') {
        this.noteUncertain(site, '__dict__ assignment not modelled');
        return;
      }
      if (m.exc && name === '__traceback__') {
        this.setExcTraceback(o.id, v);
        return;
      }
      this.setInstAttr(o.id, name, v);
      return;
    }
    if (m.kind === 'class') {
      this.edge(m.dictPart, v);
      const old = m.attrs.get(name);
      m.attrs.set(name, v);
      this.unedge(m.dictPart, old);
      return;
    }
    if (m.kind === 'param') {
      this.escape(v);
      this.edge(o.id, v);
      const old = m.attrs.get(name);
      m.attrs.set(name, v);
      this.unedge(o.id, old);
      return;
    }
    if (m.kind === 'exception' && name === '__traceback__') {
      this.setExcTraceback(o.id, v);
      return;
    }
    if (m.kind === 'function' && !name.startsWith('__')) {
      // The first attribute store gives the function its __dict__.
      if (!m.dictObj) {
        const d = this.newDict([]);
        this.heap.addEdge(o.id, d);
        this.heap.decref(d);
        m.dictObj = d;
      }
      this.dictSet(m.dictObj, str(name), v);
      return;
    }
    // Function attributes and others: not modelled; the value may be kept.
    this.escape(v);
  }

  classDel(id: number, name: string): void {
    const m = this.mirrors.get(id);
    if (m?.kind !== 'class') return;
    const old = m.attrs.get(name);
    if (old === undefined) return;
    m.attrs.delete(name);
    this.unedge(m.dictPart, old);
  }

  paramDel(id: number, name: string): void {
    const m = this.mirrors.get(id);
    if (m?.kind !== 'param') return;
    const old = m.attrs.get(name);
    m.attrs.delete(name);
    this.unedge(id, old);
  }

  // ---- items -------------------------------------------------------------------------------------

  getItem(o: Value, idx: Value, site: Span): Value {
    this.mixValue(idx);
    if (o.k === 'consttuple') {
      const i = num(idx);
      return i !== null && o.items[i < 0 ? i + o.items.length : i] ? o.items[i < 0 ? i + o.items.length : i]! : UNKNOWN;
    }
    if (o.k === 'atom' && o.t === 'str') return { k: 'atom', t: 'str', v: null };
    if (o.k !== 'obj') return UNKNOWN;
    const m = this.mirrors.get(o.id);
    if (!m) return UNKNOWN;
    if (m.kind === 'list' || m.kind === 'tuple') {
      if (idx.k === 'consttuple' && idx.items[0]?.k === 'atom' && idx.items[0].v === '<slice>') {
        const [lo, hi] = this.sliceBounds(idx, m.items.length);
        const items = m.items.slice(lo, hi);
        if (m.kind === 'list') return { k: 'obj', id: this.newList(items) };
        return items.some((x) => x.k === 'obj') ? { k: 'obj', id: this.newTuple(items) } : { k: 'consttuple', items };
      }
      const i = num(idx);
      if (i === null) return UNKNOWN;
      const j = i < 0 ? i + m.items.length : i;
      if (j < 0 || j >= m.items.length) this.raiseBuiltin('IndexError', [str(`${m.kind} index out of range`)]);
      return this.own(m.items[j]!);
    }
    if (m.kind === 'dict') {
      const key = hashKey(idx);
      if (key === null) return UNKNOWN;
      const e = m.map.get(key);
      if (!e) {
        if (idx.k === 'atom' && idx.v !== null) this.raiseBuiltin('KeyError', [idx]);
        return UNKNOWN;
      }
      return this.own(e[1]);
    }
    if (m.kind === 'instdict') {
      const im = this.mirrors.get(m.inst);
      if (im?.kind === 'instance' && idx.k === 'atom' && typeof idx.v === 'string') {
        const v = im.attrs.get(idx.v);
        if (v) return this.own(v);
      }
      return UNKNOWN;
    }
    if (m.kind === 'weakcontainer') {
      const key = hashKey(idx);
      const e = key !== null ? m.map.get(key) : undefined;
      if (!e) return UNKNOWN;
      const w = key !== null ? m.refs.get(key) : undefined;
      if (w !== undefined && this.heap.weakTarget(w) === null) return UNKNOWN;
      return this.own(e[1]);
    }
    if (m.kind === 'instance') {
      const gi = this.findMethod(o, '__getitem__');
      if (gi) return this.callMethodOf(o, gi, [idx], site);
    }
    return UNKNOWN;
  }

  private sliceBounds(sl: { items: Value[] }, len: number): [number, number] {
    const lo0 = num(sl.items[1] ?? NONE);
    const hi0 = num(sl.items[2] ?? NONE);
    const norm = (x: number) => Math.max(0, Math.min(len, x < 0 ? x + len : x));
    return [lo0 === null ? 0 : norm(lo0), hi0 === null ? len : norm(hi0)];
  }

  setItem(o: Value, idx: Value, v: Value, site: Span): void {
    this.mixValue(idx);
    if (o.k === 'builtin' && o.name === 'gc.garbage') return;
    if (o.k !== 'obj') {
      this.escape(v);
      return;
    }
    const m = this.mirrors.get(o.id);
    if (!m) return;
    if (m.kind === 'list') {
      if (idx.k === 'consttuple' && idx.items[0]?.k === 'atom' && idx.items[0].v === '<slice>') {
        const [lo, hi] = this.sliceBounds(idx, m.items.length);
        const vals = this.iterItems(v, site) ?? [];
        this.listSplice(o.id, lo, hi, vals);
        vals.forEach((x) => this.drop(x));
        return;
      }
      const i = num(idx);
      if (i === null) {
        this.noteUncertain(site, 'list index not known statically');
        this.escape(v);
        return;
      }
      if (!this.listSetItem(o.id, i, v)) this.raiseBuiltin('IndexError', [str('list assignment index out of range')]);
      return;
    }
    if (m.kind === 'dict') {
      this.dictSet(o.id, idx, v);
      return;
    }
    if (m.kind === 'instdict' && idx.k === 'atom' && typeof idx.v === 'string') {
      this.setInstAttr(m.inst, idx.v, v);
      return;
    }
    if (m.kind === 'weakcontainer') {
      this.weakSet(o.id, idx, v);
      return;
    }
    if (m.kind === 'instance') {
      const si = this.findMethod(o, '__setitem__');
      if (si) {
        this.drop(this.callMethodOf(o, si, [idx, v], site));
        return;
      }
    }
    this.escape(v);
  }

  delItem(o: Value, idx: Value, site: Span): void {
    if (o.k === 'builtin' && o.name === 'gc.garbage') return;
    if (o.k !== 'obj') return;
    const m = this.mirrors.get(o.id);
    if (!m) return;
    if (m.kind === 'list') {
      if (idx.k === 'consttuple' && idx.items[0]?.k === 'atom' && idx.items[0].v === '<slice>') {
        const [lo, hi] = this.sliceBounds(idx, m.items.length);
        this.listSplice(o.id, lo, hi, []);
        return;
      }
      const i = num(idx);
      if (i === null) return this.noteUncertain(site, 'del of a list item with an unknown index');
      const v = this.listPop(o.id, i);
      if (v === null) this.raiseBuiltin('IndexError', [str('list assignment index out of range')]);
      this.drop(v);
      return;
    }
    if (m.kind === 'dict') {
      const v = this.dictPop(o.id, idx);
      if (v === null && idx.k === 'atom') this.raiseBuiltin('KeyError', [idx]);
      this.drop(v);
      return;
    }
    if (m.kind === 'instdict' && idx.k === 'atom' && typeof idx.v === 'string') {
      this.delInstAttr(m.inst, idx.v);
      return;
    }
    if (m.kind === 'weakcontainer') {
      const key = hashKey(idx);
      if (key !== null) this.weakDelete(o.id, key);
    }
  }

  /** WeakValueDictionary / WeakKeyDictionary / WeakSet store: the weak side through a KeyedRef. */
  weakSet(id: number, k: Value, v: Value): void {
    const m = this.mirrors.get(id);
    if (m?.kind !== 'weakcontainer') return;
    const key = hashKey(k) ?? `?${m.map.size}`;
    const target = m.weakValues ? v : k;
    this.weakDelete(id, key);
    if (!m.weakValues) this.edge(id, v);
    if (!m.weakKeys) this.edge(id, k);
    m.map.set(key, [k, v]);
    if (target.k === 'obj') {
      const old = this.profile === 'G38' || this.profile === 'G39';
      const typeName = m.typeName === 'WeakSet' ? (old ? 'weakref' : 'ReferenceType') : 'KeyedRef';
      const w = this.allocSimple('weakref', typeName, { kind: 'weakref', callback: null });
      this.heap.setWeakTarget(w, target.id, m.remover);
      this.heap.addEdge(id, w);
      this.heap.decref(w);
      m.refs.set(key, w);
    }
  }

  weakDelete(id: number, key: string): void {
    const m = this.mirrors.get(id);
    if (m?.kind !== 'weakcontainer') return;
    const old = m.map.get(key);
    if (!old) return;
    m.map.delete(key);
    const w = m.refs.get(key);
    m.refs.delete(key);
    if (!m.weakValues) this.unedge(id, old[1]);
    if (!m.weakKeys) this.unedge(id, old[0]);
    if (w !== undefined) this.heap.removeEdge(id, w);
  }

  /** A weak container's remove callback: the entry whose KeyedRef died goes. */
  weakRemoved(remover: number, ref: number): boolean {
    const id = this.removers.get(remover);
    if (id === undefined) return false;
    const m = this.mirrors.get(id);
    if (m?.kind !== 'weakcontainer') return true;
    for (const [key, w] of m.refs) if (w === ref) this.weakDelete(id, key);
    return true;
  }

  dictUpdate(id: number, src: Value, site: Span): void {
    const sm = src.k === 'obj' ? this.mirrors.get(src.id) : undefined;
    if (sm?.kind === 'dict') {
      for (const [k, v] of [...sm.map.values()]) this.dictSet(id, k, v);
      return;
    }
    const items = this.iterItems(src, site);
    if (!items) {
      this.escape({ k: 'obj', id });
      this.noteUncertain(site, 'dict.update with an unknown argument');
      return;
    }
    for (const it of items) {
      const kv = this.peekItems(it);
      if (kv && kv.length === 2) this.dictSet(id, kv[0]!, kv[1]!);
      this.drop(it);
    }
  }

  // ---- calls -------------------------------------------------------------------------------------

  evalArgs(list: Arg[], site: Span): CallArgs {
    const out: CallArgs = { args: [], kw: [], temps: [] };
    for (const a of list) {
      const v = this.eval(a.value);
      out.temps.push(v);
      if (a.kind === 'pos') out.args.push(v);
      else if (a.kind === 'kw') out.kw.push([a.name ?? '?', v]);
      else if (a.kind === 'star') {
        const items = this.iterItems(v, site);
        if (items) {
          out.args.push(...items);
          out.temps.push(...items);
        } else {
          out.args.push(UNKNOWN);
          this.escape(v);
          this.noteUncertain(site, '*args of an unknown iterable');
        }
      } else {
        const m = v.k === 'obj' ? this.mirrors.get(v.id) : undefined;
        if (m?.kind === 'dict') {
          for (const [k, x] of m.map.values()) if (k.k === 'atom' && typeof k.v === 'string') out.kw.push([k.v, x]);
        } else {
          this.escape(v);
          this.noteUncertain(site, '**kwargs of an unknown mapping');
        }
      }
    }
    return out;
  }

  evalCall(e: Extract<Expr, { k: 'call' }>): Value {
    const f = e.func;
    if (f.k === 'attr') {
      const obj = this.eval(f.obj);
      let a: CallArgs | null = null;
      try {
        a = this.evalArgs(e.args, e.site);
        return this.callMethodNamed(obj, f.name, a.args, a.kw, e.site);
      } finally {
        if (a) a.temps.forEach((t) => this.drop(t));
        this.drop(obj);
      }
    }
    if (f.k === 'name' && f.name === 'super' && f.scope === 'builtin' && e.args.length === 0) {
      return this.makeSuper(e.site);
    }
    const fv = this.eval(f);
    let a: CallArgs | null = null;
    try {
      a = this.evalArgs(e.args, e.site);
      return this.callValue(fv, a.args, a.kw, e.site);
    } finally {
      if (a) a.temps.forEach((t) => this.drop(t));
      this.drop(fv);
    }
  }

  /** `super()`: the class from the `__class__` cell, self from the first argument. */
  private makeSuper(_site: Span): Value {
    const f = this.frame!;
    const c = f.cells.get('__class__');
    const cm = c !== undefined ? this.mirrors.get(c) : undefined;
    const cls = cm?.kind === 'cell' ? cm.value : null;
    const first = f.fn.params[0];
    let self: Value = UNKNOWN;
    if (first) {
      if (f.fn.cellvars.includes(first.name)) {
        const sc = f.cells.get(first.name);
        const sm = sc !== undefined ? this.mirrors.get(sc) : undefined;
        if (sm?.kind === 'cell' && sm.value) self = sm.value;
      } else self = f.vars.get(first.name) ?? UNKNOWN;
    }
    if (!cls) return UNKNOWN;
    const held = [cls, self];
    const id = this.allocSimple('other', 'super', { kind: 'other', typeName: 'super', held });
    held.forEach((v) => this.edge(id, v));
    return { k: 'obj', id };
  }

  /** `obj.name(args)` (LOAD_METHOD: no bound-method object for Python methods). Owned result. */
  callMethodNamed(obj: Value, name: string, args: Value[], kw: [string, Value][], site: Span): Value {
    if (obj.k === 'module') {
      const ws = this.mods.find((x) => x.name === obj.name);
      if (ws) {
        const fv = ws.globals.get(name);
        return fv ? this.callValue(fv, args, kw, site) : this.unknownCall(args, kw);
      }
      const r = callBuiltin(this, `${obj.name}.${name}`, args, kw, site);
      this.checkpointAfterCall(name);
      return r;
    }
    if (obj.k === 'builtin') {
      const r = callBuiltin(this, `${obj.name}.${name}`, args, kw, site);
      this.checkpointAfterCall(name);
      return r;
    }
    if (obj.k === 'atom' || obj.k === 'consttuple' || obj.k === 'range') {
      const r = containerMethod(this, obj, name, args, kw, site);
      this.checkpointAfterCall(name);
      return r;
    }
    if (obj.k !== 'obj') return this.unknownCall(args, kw);
    const m = this.mirrors.get(obj.id);
    if (!m) return this.unknownCall(args, kw);
    switch (m.kind) {
      case 'instance': {
        const own = m.attrs.get(name);
        if (own !== undefined) return this.callValue(own, args, kw, site);
        const r = this.lookupClassAttr(m.cls, name);
        if (r && r.value.k === 'obj') {
          const fm = this.mirrors.get(r.value.id);
          if (fm?.kind === 'function' && !(fm as { isProperty?: boolean }).isProperty) {
            const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
            const pre: Value[] = fm.isStaticMethod ? [] : [fm.isClassMethod ? { k: 'obj', id: m.cls } : obj];
            return this.callUser(r.value, info, [...pre, ...args], kw, site);
          }
        }
        if (name === '__dict__') break;
        const bound = this.getAttr(obj, name, site);
        try {
          return this.callValue(bound, args, kw, site);
        } finally {
          this.drop(bound);
        }
      }
      case 'class': {
        const r = this.lookupClassAttr(obj.id, name);
        if (!r && name === '__new__') {
          // object.__new__(C): a bare instance, __init__ not run.
          const c = args[0]?.k === 'obj' && this.mirrors.get(args[0].id)?.kind === 'class' ? args[0].id : obj.id;
          return { k: 'obj', id: this.instantiateBare(c) };
        }
        if (r && r.value.k === 'obj') {
          const fm = this.mirrors.get(r.value.id);
          if (fm?.kind === 'function') {
            const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
            const pre: Value[] = fm.isClassMethod ? [obj] : [];
            return this.callUser(r.value, info, [...pre, ...args], kw, site);
          }
          return this.callValue(r.value, args, kw, site);
        }
        return this.unknownCall(args, kw);
      }
      case 'other':
        if (m.typeName === 'super') {
          const [cls, self] = m.held;
          if (cls?.k === 'obj' && self) {
            const selfM = self.k === 'obj' ? this.mirrors.get(self.id) : undefined;
            const start = selfM?.kind === 'instance' ? selfM.cls : cls.id;
            const r = this.lookupClassAttr(start, name, cls.id);
            if (r && r.value.k === 'obj') {
              const fm = this.mirrors.get(r.value.id);
              if (fm?.kind === 'function') {
                const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
                return this.callUser(r.value, info, fm.isStaticMethod ? args : [self, ...args], kw, site);
              }
            }
            // object.__init__ and other builtin base methods: nothing to do.
            return NONE;
          }
        }
        break;
      case 'generator':
        if (name === '__next__' || name === 'send') {
          const v = this.genNext(obj.id, site);
          if (v === null) this.raiseBuiltin('StopIteration', []);
          return v ?? NONE;
        }
        if (name === 'close') {
          this.finishGenerator(obj.id);
          return NONE;
        }
        break;
      case 'param': {
        const own = m.attrs.get(name);
        if (own !== undefined) return this.callValue(own, args, kw, site);
        break;
      }
      default: {
        const r = containerMethod(this, obj, name, args, kw, site);
        this.checkpointAfterCall(name);
        return r;
      }
    }
    return this.unknownCall(args, kw);
  }

  /** Calls any value with borrowed arguments; owned result. */
  callValue(fv: Value, args: Value[], kw: [string, Value][], site: Span): Value {
    if (fv.k === 'builtin') {
      const r = callBuiltin(this, fv.name, args, kw, site);
      this.checkpointAfterCall(fv.name);
      return r;
    }
    if (fv.k !== 'obj') return this.unknownCall(args, kw);
    const m = this.mirrors.get(fv.id);
    if (!m) return this.unknownCall(args, kw);
    switch (m.kind) {
      case 'function': {
        const info = this.mods[m.mod]!.module.functions[m.fnId]!;
        return this.callUser(fv, info, args, kw, site);
      }
      case 'class': {
        const inst = this.instantiate(fv.id, args, kw, site);
        // 3.12 calls a class through the generic CALL, which checks the eval breaker afterwards
        // (3.13+ specialises it into a frame push: the check is __init__'s RESUME).
        if (this.profile === 'G312') this.heap.checkpoint();
        return inst;
      }
      case 'boundMethod': {
        const fm = m.func.k === 'obj' ? this.mirrors.get(m.func.id) : undefined;
        if (fm?.kind !== 'function') return this.unknownCall(args, kw);
        const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
        return this.callUser(m.func, info, [m.self, ...args], kw, site);
      }
      case 'builtinMethod':
        return this.callMethodNamed(m.self, m.name, args, kw, site);
      case 'weakref': {
        if (m.finalize) return NONE;
        const t = this.heap.weakTarget(fv.id);
        return t === null ? NONE : this.own({ k: 'obj', id: t });
      }
      case 'instance': {
        const c = this.findMethod(fv, '__call__');
        if (c) return this.callMethodOf(fv, c, args, site);
        return this.unknownCall(args, kw);
      }
      case 'other':
        if (m.typeName === 'functools.partial' && m.held[0]) {
          return this.callValue(m.held[0], [...m.held.slice(1), ...args], kw, site);
        }
        return this.unknownCall(args, kw);
      default:
        return this.unknownCall(args, kw);
    }
  }

  /** A call the simulator cannot follow: its arguments may be stored anywhere. */
  unknownCall(args: Value[], kw: [string, Value][]): Value {
    for (const a of args) this.escape(a);
    for (const [, v] of kw) this.escape(v);
    return UNKNOWN;
  }

  // ---- classes and instances -------------------------------------------------------------------

  execClass(s: Extract<Stmt, { k: 'class' }>): void {
    const decos = s.decorators.map((d) => this.eval(d));
    const bases = s.bases.map((b) => this.eval(b));
    const kws = s.keywords.map((k) => this.eval(k.value));
    if (s.keywords.some((k) => k.name === 'metaclass')) this.noteUncertain(s.site, 'metaclass not modelled');
    const outer = this.frame!;
    const info = outer.mod.module.functions[s.cls]!;
    const fr = this.newFrame(outer.mod, info, false, null);
    this.acquirePooledFrame(fr, `${outer.mod.index}:${info.id}`);
    for (const name of info.cellvars) {
      const c = this.newCell();
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
    for (const name of info.freevars) {
      const c = outer.cells.get(name);
      if (c === undefined) continue;
      this.heap.incref(c);
      fr.vars.set('^' + name, { k: 'obj', id: c });
      fr.cells.set(name, c);
    }
    this.frame = fr;
    try {
      if (this.deferred) this.heap.checkpoint();
      this.execBlock(info.body);
    } finally {
      this.frame = outer;
      this.exitFrame(fr);
    }
    this.site = s.site; // the type object and its parts belong to the class statement
    this.heap.setSite(s.site);
    const cls = this.makeClass(info, bases, fr, s.site);
    this.classWarmUp(cls);
    let cv: Value = { k: 'obj', id: cls };
    for (let i = decos.length - 1; i >= 0; i--) cv = this.applyDecorator(decos[i]!, cv, s.site);
    this.storeName(s.target.name, s.target.scope, cv);
    this.drop(cv);
    decos.forEach((d) => this.drop(d));
    bases.forEach((b) => this.drop(b));
    kws.forEach((k) => this.drop(k));
  }

  private warmedUp = false;

  /**
   * Measured (CPython 3.8.18-3.13.0, counts after a normalized start): the first class statement
   * that defines a function costs extra, long-lived GC allocations later ones do not (11 vs 8 on
   * 3.11-3.13, 14 vs 9 on 3.8, 13 vs 9 on 3.9/3.10). They are kept, untracked, to keep the count.
   * 3.8 uses 4, not 5: with 5 fewer corpus recordings match (one of them is presumably freed later).
   */
  private classWarmUp(cls: number): void {
    if (this.warmedUp) return;
    const cm = this.mirrors.get(cls);
    if (cm?.kind !== 'class' || ![...cm.attrs.values()].some((v) => v.k === 'obj' && this.mirrors.get(v.id)?.kind === 'function')) return;
    this.warmedUp = true;
    const n = this.profile === 'G38' ? 4 : this.profile === 'G39' ? 4 : this.profile === 'G311' || this.profile === 'G312' || this.profile === 'G313' ? 3 : 0;
    for (let i = 0; i < n; i++) {
      this.registry.add(this.alloc({ category: 'other', typeName: 'object', site: Span.none, untracked: true }, { kind: 'other', typeName: 'object', held: [] }));
    }
  }

  /** The type object and its parts: 7 GC allocations (5 on 3.15), 2.3 and appendix B. Owned id. */
  private makeClass(info: FunctionInfo, bases: Value[], body: Frame, _site: Span): number {
    const userBases = bases.filter((b) => b.k === 'obj' && this.mirrors.get(b.id)?.kind === 'class');
    const builtinBases = bases.filter((b) => b.k === 'builtin').map((b) => (b as { name: string }).name);
    const cls = this.allocSimple('class', 'type', {
      kind: 'class', name: info.name, qualname: info.qualname, attrs: new Map(), dictPart: 0, bases: userBases,
      builtinBases, slots: null, parts: [],
    });
    const cm = this.mirrors.get(cls) as Extract<Mirror, { kind: 'class' }>;
    const d = this.allocSimple('classPart', 'dict', { kind: 'classPart' });
    cm.dictPart = d;
    const mro = this.allocSimple('tuple', 'tuple', { kind: 'tuple', items: [{ k: 'obj', id: cls }, ...userBases] }, {
      length: 1 + userBases.length + 1, itemTypesGc: true, itemsMayBeTracked: true,
    });
    // 3.14.1-3.14.4: the bases tuple of builtin bases is untracked from birth (one object less, 5.4).
    const basesGc = this.profile !== 'I3141' || userBases.length > 0;
    const bt = this.allocSimple('tuple', 'tuple', { kind: 'tuple', items: userBases.slice() }, {
      length: Math.max(1, userBases.length), itemTypesGc: basesGc, itemsMayBeTracked: userBases.length > 0,
    });
    const parts = [d, mro, bt];
    if (this.profile !== 'G315') {
      for (let i = 0; i < 2; i++) {
        const gs = this.allocSimple('classPart', 'getset_descriptor', { kind: 'other', typeName: 'getset_descriptor', held: [{ k: 'obj', id: cls }] });
        this.heap.addEdge(d, gs);
        this.heap.addEdge(gs, cls);
        this.heap.decref(gs);
        parts.push(gs);
      }
    }
    this.heap.addEdge(cls, d);
    this.heap.addEdge(cls, mro);
    this.heap.addEdge(mro, cls);
    for (const b of userBases) this.edge(mro, b);
    this.heap.addEdge(cls, bt);
    for (const b of userBases) this.edge(bt, b);
    this.heap.decref(d);
    this.heap.decref(mro);
    this.heap.decref(bt);
    cm.parts = parts;
    // The base class's subclass registry keeps a weakref to the new class (7th object).
    const w = this.allocSimple('weakref', this.profile === 'G38' || this.profile === 'G39' ? 'weakref' : 'ReferenceType', { kind: 'weakref', callback: null });
    this.heap.setWeakTarget(w, cls, null);
    this.registry.add(w);
    this.classWeakref.set(cls, w);
    // The namespace becomes the type dict.
    for (const [k, v] of body.vars) {
      if (k.startsWith('^')) continue;
      if (k === '__slots__') {
        const names = (this.peekItems(v) ?? []).map((x) => (x.k === 'atom' ? String(x.v) : '?'));
        if (!names.includes('__dict__')) cm.slots = names;
      }
      this.edge(d, v);
      cm.attrs.set(k, v);
    }
    for (const v of body.vars.values()) this.drop(v);
    const cc = body.cells.get('__class__');
    if (cc !== undefined) this.setCell(cc, { k: 'obj', id: cls });
    body.vars.clear();
    return cls;
  }

  /** An instance without running __init__ (copy.copy). Owned id. */
  instantiateBare(clsId: number): number {
    const cm = this.mirrors.get(clsId);
    const name = cm?.kind === 'class' ? cm.name : 'object';
    const slots = cm?.kind === 'class' && cm.slots !== null;
    const id = this.allocSimple(slots ? 'slotsInstance' : 'instance', name, {
      kind: 'instance', cls: clsId, attrs: new Map(), dict: null, dictTraversed: false, slots, exc: null,
    }, { hasFinalizer: this.lookupClassAttr(clsId, '__del__') !== null });
    this.heap.addEdge(id, clsId);
    return id;
  }

  instantiate(clsId: number, args: Value[], kwArgs: [string, Value][], site: Span): Value {
    const kw = kwArgs;
    const cm = this.mirrors.get(clsId);
    if (cm?.kind !== 'class') return UNKNOWN;
    const bb = this.builtinBasesOf(clsId);
    const isExc = bb.some((b) => isBuiltinName(b) && builtinExcParent(b) !== null);
    if (bb.some((b) => ['dict', 'list', 'set', 'tuple', 'int', 'str'].includes(b))) {
      this.noteUncertain(site, `subclass of builtin ${bb.join(', ')}: container behaviour not modelled`);
    }
    const hasDel = this.lookupClassAttr(clsId, '__del__') !== null;
    const exc: ExcData | null = isExc ? { args: null, tb: null, context: null } : null;
    const id = this.allocSimple(cm.slots ? 'slotsInstance' : 'instance', cm.name, {
      kind: 'instance', cls: clsId, attrs: new Map(), dict: null, dictTraversed: false, slots: cm.slots !== null, exc,
    }, { hasFinalizer: hasDel });
    this.heap.addEdge(id, clsId);
    const self: Value = { k: 'obj', id };
    if (exc && args.length > 0) {
      const t = this.newTuple(args);
      exc.args = t;
      this.heap.addEdge(id, t);
      this.heap.decref(t);
    }
    const init = this.lookupClassAttr(clsId, '__init__');
    if (!init && cm.dataclassFields) {
      // The __init__ @dataclass generates: each field from the arguments or its default.
      const kw = new Map(kwArgs);
      cm.dataclassFields.forEach((name, i) => {
        const v = i < args.length ? args[i]! : kw.get(name) ?? this.lookupClassAttr(clsId, name)?.value;
        const fm = v?.k === 'builtin' ? /^dataclasses\.field#(\d+)$/.exec(v.name) : null;
        if (fm) {
          const made = this.callValue(this.fieldFactories[Number(fm[1])] ?? UNKNOWN, [], [], site);
          this.setInstAttr(id, name, made);
          this.drop(made);
        } else if (v !== undefined) this.setInstAttr(id, name, v);
      });
    }
    if (init && init.value.k === 'obj') {
      const fm = this.mirrors.get(init.value.id);
      if (fm?.kind === 'function') {
        const info = this.mods[fm.mod]!.module.functions[fm.fnId]!;
        try {
          this.drop(this.callUser(init.value, info, [self, ...args], kw, site));
        } catch (e) {
          this.drop(self);
          throw e;
        }
      }
    }
    return self;
  }

  // ---- exceptions --------------------------------------------------------------------------------

  excData(v: Value): ExcData | null {
    if (v.k !== 'obj') return null;
    const m = this.mirrors.get(v.id);
    if (m?.kind === 'exception') return m.exc;
    if (m?.kind === 'instance') return m.exc;
    return null;
  }

  /** A new traceback entry for frame `f` at the head of the exception's chain (PyTraceBack_Here). */
  attachTraceback(exc: Value, f: Frame): void {
    const ed = this.excData(exc);
    if (!ed || exc.k !== 'obj') return;
    const fo = this.materialiseFrame(f);
    const tb = this.allocSimple('traceback', 'traceback', { kind: 'traceback', frame: fo, next: ed.tb });
    this.heap.addEdge(tb, fo);
    if (ed.tb !== null) this.heap.addEdge(tb, ed.tb);
    this.setExcTraceback(exc.id, { k: 'obj', id: tb });
    this.heap.decref(tb);
  }

  private setExcTraceback(excId: number, tb: Value): void {
    const ed = this.excData({ k: 'obj', id: excId });
    if (!ed) return;
    const old = ed.tb;
    ed.tb = tb.k === 'obj' ? tb.id : null;
    if (tb.k === 'obj') this.heap.addEdge(excId, tb.id);
    if (old !== null) this.unedge(excId, { k: 'obj', id: old });
  }

  /** A builtin exception object (owned). */
  newException(typeName: string, args: Value[]): Value {
    const exc: ExcData = { args: null, tb: null, context: null };
    const id = this.allocSimple('exception', typeName, { kind: 'exception', typeName, exc });
    if (args.length > 0) {
      const t = this.newTuple(args);
      exc.args = t;
      this.heap.addEdge(id, t);
      this.heap.decref(t);
    }
    return { k: 'obj', id };
  }

  /** Raises a builtin exception from the current Python frame (a C function failed). */
  raiseBuiltin(typeName: string, args: Value[]): never {
    const exc = this.newException(typeName, args);
    this.throwExc(exc, typeName);
  }

  throwExc(exc: Value, typeName: string): never {
    const f = this.frame!;
    const ed = this.excData(exc);
    const handled = this.currentHandled();
    if (ed && handled && handled.k === 'obj' && exc.k === 'obj' && handled.id !== exc.id && ed.context === null) {
      ed.context = handled.id;
      this.heap.addEdge(exc.id, handled.id);
    }
    this.attachTraceback(exc, f);
    throw new PyException(exc, typeName);
  }

  currentHandled(): Value | null {
    for (let f: Frame | null = this.frame; f; f = f.caller) {
      if (f.handling.length > 0) return f.handling[f.handling.length - 1]!;
      if (f.inlinedIn && f.inlinedIn.handling.length > 0) return f.inlinedIn.handling[f.inlinedIn.handling.length - 1]!;
    }
    return null;
  }

  execRaise(s: Extract<Stmt, { k: 'raise' }>): Completion {
    if (!s.exc) {
      const h = this.currentHandled();
      if (!h) this.raiseBuiltin('RuntimeError', [str('No active exception to reraise')]);
      this.own(h);
      this.attachTraceback(h, this.frame!);
      throw new PyException(h, this.excTypeName(h));
    }
    let v = this.eval(s.exc);
    if (s.cause) this.drop(this.eval(s.cause));
    if (v.k === 'builtin' && builtinExcParent(v.name) !== null) {
      v = this.newException(v.name, []);
    } else if (v.k === 'obj' && this.mirrors.get(v.id)?.kind === 'class') {
      const inst = this.instantiate(v.id, [], [], s.site);
      this.drop(v);
      v = inst;
    }
    if (v.k !== 'obj') {
      this.noteUncertain(s.site, 'raise of an exception the simulator does not know');
    }
    this.throwExc(v, this.excTypeName(v));
  }

  excTypeName(v: Value): string {
    if (v.k !== 'obj') return '?';
    const m = this.mirrors.get(v.id);
    if (m?.kind === 'exception') return m.typeName;
    if (m?.kind === 'instance') {
      const cm = this.mirrors.get(m.cls);
      return cm?.kind === 'class' ? cm.name : '?';
    }
    return '?';
  }

  /** Does exception `ex` match the handler's type value? Unknown types match (recorded). */
  excMatches(ex: PyException, tv: Value, site: Span): boolean {
    const types = tv.k === 'consttuple' ? tv.items : tv.k === 'obj' && this.mirrors.get(tv.id)?.kind === 'tuple' ? (this.peekItems(tv) ?? []) : [tv];
    const chain = this.excChain(ex.exc);
    for (const t of types) {
      if (t.k === 'builtin') {
        if (chain.names.includes(t.name)) return true;
        if (chain.unknown) {
          this.noteUncertain(site, 'exception type not known: handler assumed to match');
          return true;
        }
      } else if (t.k === 'obj') {
        if (chain.classes.includes(t.id)) return true;
      } else {
        this.noteUncertain(site, 'handler type not known statically: assumed to match');
        return true;
      }
    }
    return false;
  }

  private excChain(v: Value): { names: string[]; classes: number[]; unknown: boolean } {
    const names: string[] = [];
    const classes: number[] = [];
    const addBuiltin = (n: string | null) => {
      for (let x = n; x; x = builtinExcParent(x)) names.push(x);
    };
    if (v.k !== 'obj') return { names, classes, unknown: true };
    const m = this.mirrors.get(v.id);
    if (m?.kind === 'exception') addBuiltin(m.typeName);
    else if (m?.kind === 'instance') {
      const seen = new Set<number>();
      const walk = (c: number) => {
        if (seen.has(c)) return;
        seen.add(c);
        classes.push(c);
        const cm = this.mirrors.get(c);
        if (cm?.kind !== 'class') return;
        cm.builtinBases.forEach((b) => addBuiltin(b));
        cm.bases.forEach((b) => b.k === 'obj' && walk(b.id));
      };
      walk(m.cls);
    } else return { names, classes, unknown: true };
    return { names, classes, unknown: false };
  }

  // ---- imports -----------------------------------------------------------------------------------

  execImport(s: Extract<Stmt, { k: 'import' }>): void {
    for (const n of s.names) {
      let v: Value;
      if (s.from === null) {
        const top = n.name.split('.')[0]!;
        const full = n.target.name === top && n.name.includes('.') ? top : n.name;
        v = this.importModule(full, s.site);
      } else {
        const mod = this.importModule(s.from, s.site);
        v = this.getAttr(mod, n.name, s.site);
      }
      this.storeName(n.target.name, n.target.scope, v);
      this.drop(v);
    }
  }

  runModuleHook: ((mod: ModuleCtx) => void) | null = null;

  importModule(name: string, site: Span): Value {
    const existing = this.mods.find((m) => m.name === name);
    if (existing) return { k: 'module', name };
    const resolved = this.cfg.resolveModule?.(name, this.mods[0]?.module.file ?? '') ?? null;
    if (resolved && this.mods.length < 50) {
      const ctx: ModuleCtx = { index: this.mods.length, name, module: resolved, globals: new Map() };
      this.mods.push(ctx);
      try {
        this.runModuleHook?.(ctx);
      } catch (e) {
        if (e instanceof PyException) {
          this.noteUncertain(site, `import of ${name} raised ${e.typeName}`);
          this.drop(e.exc);
        } else throw e;
      }
      return { k: 'module', name };
    }
    return { k: 'module', name };
  }

  builtinName(name: string, site: Span): Value {
    if (isBuiltinName(name)) return { k: 'builtin', name };
    if (name === '__name__') return str(this.frame!.mod.index === 0 ? '__main__' : this.frame!.mod.name);
    this.noteUncertain(site, `name ${name} not known to the simulator`);
    return UNKNOWN;
  }

  /** Keeps a value alive for the rest of the run (lint mode: the caller holds the result). */
  registryHold(v: Value): void {
    if (v.k !== 'obj') return;
    this.registry.add(v.id);
  }

  /** Raises StopSimulation; used by builtins that detect runaway sizes. */
  stop(site: Span): never {
    throw new StopSimulation('steps', site);
  }
}
