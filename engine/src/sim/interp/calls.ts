// Calls: functions and closures (defaults, cells, closure tuples), argument binding, generators
// and coroutines, method calls (LOAD_METHOD), builtins and unknown callables, imports, and the
// per-statement hooks (policies, eval-breaker check points).

import type { Arg, Expr, FunctionInfo, Stmt, Target } from '../../ir';
import { Span } from '../../text';
import { Classes } from './classes';
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

export abstract class Calls extends Classes {
  abstract binop(op: string, l: Value, r: Value, site: Span): Value;
  abstract compare(op: string, a: Value, b: Value): boolean | null;

  onRecords: (() => void) | null = null;
  private freezeDone = false;
  private nextPolicyTick = 0;

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
  protected applyDecorator(deco: Value, fv: Value, site: Span): Value {
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
    this.bindCells(fr, info, fm?.cells);
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
    this.bindCells(fr, info, outer.cells);
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
