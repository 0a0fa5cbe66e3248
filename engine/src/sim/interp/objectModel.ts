// The object model the interpreter's values live in: frames and their frame objects, iteration,
// attributes (instances, classes, functions, bound methods) and items (lists, dicts, weak
// containers). Calls and classes build on it (classes.ts, calls.ts).

import type { Expr, FunctionInfo, Stmt, Target } from '../../ir';
import { Span } from '../../text';
import { Core } from './core';
import type { Completion, Frame, ModuleCtx } from './frame';
import type { Mirror } from './objects';
import { moduleAttr } from './builtins';
import type { Calls } from './calls';
import { NONE, UNKNOWN, hashKey, int, num, rangeLen, str, type Value } from './values';

export abstract class ObjectModel extends Core {
  abstract execBlock(body: Stmt[]): Completion;
  abstract eval(e: Expr): Value;
  abstract store(t: Target, v: Value): void;
  abstract truthOf(v: Value): boolean | null;
  abstract storeName(name: string, scope: string, v: Value): void;
  abstract strOf(v: Value): string | null;
  abstract callUser(fv: Value, info: FunctionInfo, args: Value[], kw: [string, Value][], site: Span, comp?: Frame['comp']): Value;
  abstract callValue(fv: Value, args: Value[], kw: [string, Value][], site: Span): Value;
  abstract genNext(gid: number, site: Span): Value | null;
  abstract raiseBuiltin(typeName: string, args: Value[]): never;
  abstract setExcTraceback(excId: number, tb: Value): void;

  seenRecords = 0;
  /** Class -> the weakref its base's subclass registry holds (freed with the class). */
  readonly classWeakref = new Map<number, number>();
  /** dataclasses.field(default_factory=...) factories (owned). */
  readonly fieldFactories: Value[] = [];
  /** Weak containers' remove callbacks -> their container. */
  readonly removers = new Map<number, number>();
  /** Objects the simulator keeps alive outside the program (class registry weakrefs, finalize). */
  readonly registry = new Set<number>();
  /** gc.callbacks (borrowed values are owned by this list). */
  readonly gcCallbacks: Value[] = [];
  depth = 0;

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

  protected releasePooledFrame(f: Frame): void {
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
    const items = this.peekItemsUncharged(v);
    if (items) this.charge(items.length);
    return items;
  }

  private peekItemsUncharged(v: Value): Value[] | null {
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
        this.charge(out.length);
        return out;
      }
      if (m?.kind === 'iterator') {
        const out: Value[] = [];
        for (let x = this.iterNext(v.id, site); x !== null; x = this.iterNext(v.id, site)) out.push(x);
        this.charge(out.length);
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
    if (o.k === 'module') return moduleAttr(this as unknown as Calls, o.name, name);
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

}
