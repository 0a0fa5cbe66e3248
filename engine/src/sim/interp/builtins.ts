// Builtin functions, container methods and the library modules the simulator knows (gc, weakref,
// sys, functools, copy). Everything else is an unknown call: its result is unknown and the
// objects handed to it are marked escaped. print() and friends retain nothing.

import type { Span } from '../../text';
import type { Calls } from './calls';
import { NONE, UNKNOWN, bool, hashKey, int, num, str, type Value } from './values';

const EXC_PARENT: Record<string, string> = {
  BaseException: '', Exception: 'BaseException', SystemExit: 'BaseException', KeyboardInterrupt: 'BaseException',
  GeneratorExit: 'BaseException', StopIteration: 'Exception', StopAsyncIteration: 'Exception',
  ArithmeticError: 'Exception', ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError',
  FloatingPointError: 'ArithmeticError', AssertionError: 'Exception', AttributeError: 'Exception',
  BufferError: 'Exception', EOFError: 'Exception', ImportError: 'Exception', ModuleNotFoundError: 'ImportError',
  LookupError: 'Exception', IndexError: 'LookupError', KeyError: 'LookupError', MemoryError: 'Exception',
  NameError: 'Exception', UnboundLocalError: 'NameError', OSError: 'Exception', IOError: 'Exception',
  FileNotFoundError: 'OSError', PermissionError: 'OSError', TimeoutError: 'OSError', ConnectionError: 'OSError',
  ReferenceError: 'Exception', RuntimeError: 'Exception', NotImplementedError: 'RuntimeError',
  RecursionError: 'RuntimeError', SyntaxError: 'Exception', SystemError: 'Exception', TypeError: 'Exception',
  ValueError: 'Exception', UnicodeError: 'ValueError', UnicodeDecodeError: 'UnicodeError',
  UnicodeEncodeError: 'UnicodeError', Warning: 'Exception', UserWarning: 'Warning', DeprecationWarning: 'Warning',
  RuntimeWarning: 'Warning', ResourceWarning: 'Warning',
};

/** The parent of a builtin exception type ('' for BaseException), null if not an exception. */
export function builtinExcParent(name: string): string | null {
  return Object.prototype.hasOwnProperty.call(EXC_PARENT, name) ? EXC_PARENT[name]! : null;
}

const FUNCS = new Set([
  'print', 'len', 'range', 'isinstance', 'issubclass', 'type', 'id', 'hash', 'repr', 'str', 'int', 'float', 'bool',
  'abs', 'round', 'ord', 'chr', 'format', 'list', 'dict', 'set', 'frozenset', 'tuple', 'sorted', 'reversed',
  'enumerate', 'zip', 'map', 'filter', 'sum', 'min', 'max', 'any', 'all', 'iter', 'next', 'hasattr', 'getattr',
  'setattr', 'delattr', 'vars', 'callable', 'super', 'object', 'open', 'input', 'staticmethod', 'classmethod',
  'property', 'globals', 'locals', 'divmod', 'pow', 'bytes', 'bytearray', 'complex', 'slice', 'memoryview',
  'exec', 'eval', 'compile', 'dir', 'help', 'NotImplemented', 'Ellipsis', '__import__', 'ascii', 'bin', 'hex', 'oct',
]);

export function isBuiltinName(name: string): boolean {
  return FUNCS.has(name) || builtinExcParent(name) !== null;
}

/** Library modules whose functions keep nothing they are given. */
const PURE_MODULES = new Set(['time', 'math', 'random', 'os', 'os.path', 'string', 're', 'json', 'itertools', 'operator', 'logging']);

const GC_CONSTS: Record<string, number> = {
  DEBUG_STATS: 1, DEBUG_COLLECTABLE: 2, DEBUG_UNCOLLECTABLE: 4, DEBUG_SAVEALL: 32, DEBUG_LEAK: 38,
};

export function moduleAttr(it: Calls, mod: string, attr: string): Value {
  const ws = it.mods.find((m) => m.name === mod);
  if (ws) {
    const v = ws.globals.get(attr);
    return v !== undefined ? it.own(v) : UNKNOWN;
  }
  if (mod === 'gc' && attr in GC_CONSTS) return int(GC_CONSTS[attr]!);
  if (mod === 'sys' && attr === 'maxsize') return int(2 ** 63 - 1);
  return { k: 'builtin', name: `${mod}.${attr}` };
}

function atomNull(t: 'int' | 'str' | 'bool' | 'float'): Value {
  return { k: 'atom', t, v: null };
}

function lenOf(it: Calls, v: Value): number | null {
  if (v.k === 'builtin' && v.name === 'gc.garbage') return it.heap.garbage().length;
  if (v.k === 'builtin' && v.name === 'gc.callbacks') return it.gcCallbacks.length;
  const items = it.peekItems(v);
  return items ? items.length : null;
}

export function callBuiltin(it: Calls, name: string, args: Value[], kw: [string, Value][], site: Span): Value {
  const a0 = args[0] ?? NONE;
  const kwGet = (k: string) => kw.find(([n]) => n === k)?.[1];
  if (builtinExcParent(name) !== null) return it.newException(name, args);
  switch (name) {
    case 'print': case 'help': case 'dir':
      return NONE;
    case 'len': {
      const n = lenOf(it, a0);
      return n === null ? atomNull('int') : int(n);
    }
    case 'range': {
      const ns = args.map(num);
      if (ns.some((x) => x === null || !Number.isSafeInteger(x)) || args.length === 0 || ns[2] === 0) return UNKNOWN;
      const [a, b, c] = ns as number[];
      if (args.length === 1) return { k: 'range', start: 0, stop: a!, step: 1 };
      return { k: 'range', start: a!, stop: b!, step: c ?? 1 };
    }
    case 'isinstance': return isinstance(it, a0, args[1] ?? UNKNOWN);
    case 'issubclass': return atomNull('bool');
    case 'type': {
      if (args.length !== 1) return UNKNOWN;
      if (a0.k === 'obj') {
        const m = it.m(a0.id);
        if (m?.kind === 'instance') return it.own({ k: 'obj', id: m.cls });
        if (m && m.kind !== 'class') return { k: 'builtin', name: m.kind };
      }
      if (a0.k === 'atom') return { k: 'builtin', name: a0.t };
      return UNKNOWN;
    }
    case 'id': case 'hash': return atomNull('int');
    case 'repr': case 'ascii': case 'format': case 'bin': case 'hex': case 'oct': return atomNull('str');
    case 'str': {
      if (args.length === 0) return str('');
      const s = it.strOf(a0);
      if (s === null && a0.k === 'obj') {
        const m = it.findMethod(a0, '__str__') ?? it.findMethod(a0, '__repr__');
        if (m) return it.callMethodOf(a0, m, [], site);
      }
      return s === null ? atomNull('str') : str(s);
    }
    case 'int': case 'float': {
      if (args.length === 0) return int(0);
      const n = num(a0);
      if (n !== null) return { k: 'atom', t: name, v: name === 'int' ? Math.trunc(n) : n };
      if (a0.k === 'atom' && a0.t === 'str' && typeof a0.v === 'string') {
        const t = a0.v.trim();
        const ok = name === 'int' ? /^[-+]?\d+$/.test(t) : t !== '' && !Number.isNaN(Number(t));
        if (!ok) it.raiseBuiltin('ValueError', [str(`invalid literal for ${name}() with base 10: '${a0.v}'`)]);
        return { k: 'atom', t: name, v: Number(t) };
      }
      return atomNull(name);
    }
    case 'bool': {
      const t = it.truthOf(a0);
      return t === null ? atomNull('bool') : bool(t);
    }
    case 'abs': { const n = num(a0); return n === null ? atomNull('int') : int(Math.abs(n)); }
    case 'round': { const n = num(a0); return n === null ? atomNull('int') : int(Math.round(n)); }
    case 'ord': case 'divmod': case 'pow': return atomNull('int');
    case 'chr': return atomNull('str');
    case 'list': case 'sorted': {
      const items = args.length ? it.iterItems(a0, site) : [];
      if (!items) {
        it.escape(a0);
        return { k: 'obj', id: it.newList([]) };
      }
      const id = it.newList(items);
      items.forEach((x) => it.drop(x));
      return { k: 'obj', id };
    }
    case 'tuple': {
      const items = args.length ? it.iterItems(a0, site) : [];
      if (!items) return UNKNOWN;
      if (items.every((x) => x.k !== 'obj')) return { k: 'consttuple', items };
      const id = it.newTuple(items);
      items.forEach((x) => it.drop(x));
      return { k: 'obj', id };
    }
    case 'set': case 'frozenset': {
      const items = args.length ? it.iterItems(a0, site) : [];
      const id = it.newSet(items ?? [], name === 'frozenset');
      (items ?? []).forEach((x) => it.drop(x));
      return { k: 'obj', id };
    }
    case 'dict': {
      const id = it.newDict([]);
      if (args.length) it.dictUpdate(id, a0, site);
      for (const [k, v] of kw) it.dictSet(id, str(k), v);
      return { k: 'obj', id };
    }
    case 'reversed': case 'iter': {
      const v = it.makeIterator(a0, site);
      return v;
    }
    case 'enumerate': case 'zip': return zipLike(it, name, args, site);
    case 'map': case 'filter': return mapLike(it, name, args, site);
    case 'next': {
      if (a0.k !== 'obj') return args[1] ? it.own(args[1]) : UNKNOWN;
      const v = it.iterNext(a0.id, site);
      if (v !== null) return v;
      if (args[1]) return it.own(args[1]);
      const m = it.m(a0.id);
      if (m?.kind === 'generator' || m?.kind === 'iterator') it.raiseBuiltin('StopIteration', []);
      return UNKNOWN;
    }
    case 'sum': case 'min': case 'max': case 'any': case 'all': {
      const items = it.iterItems(a0, site);
      if (!items) return UNKNOWN;
      let out: Value = atomNull('int');
      const ns = items.map(num);
      if (name === 'sum' && ns.every((x) => x !== null)) out = int((ns as number[]).reduce((p, c) => p + c, 0));
      else if ((name === 'min' || name === 'max') && ns.length > 0 && ns.every((x) => x !== null)) out = int(Math[name](...(ns as number[])));
      else if (name === 'any' || name === 'all') {
        const ts = items.map((x) => it.truthOf(x));
        out = ts.some((x) => x === null) ? atomNull('bool') : bool(name === 'any' ? ts.some(Boolean) : ts.every(Boolean));
      }
      items.forEach((x) => it.drop(x));
      return out;
    }
    case 'hasattr': return atomNull('bool');
    case 'getattr': {
      const n = args[1];
      if (n && n.k === 'atom' && typeof n.v === 'string') {
        const v = it.getAttr(a0, n.v, site);
        if (v.k === 'unknown' && args[2]) return it.own(args[2]);
        return v;
      }
      return it.unknownCall(args, kw);
    }
    case 'setattr': {
      const n = args[1];
      if (n && n.k === 'atom' && typeof n.v === 'string' && args[2]) it.setAttr(a0, n.v, args[2], site);
      else it.unknownCall(args, kw);
      return NONE;
    }
    case 'delattr': return NONE;
    case 'vars': {
      if (a0.k !== 'obj') return UNKNOWN;
      const d = it.materialiseDict(a0.id);
      return d === null ? UNKNOWN : it.own({ k: 'obj', id: d });
    }
    case 'callable': return atomNull('bool');
    case 'super': {
      if (args.length >= 2) {
        const held = [args[0]!, args[1]!];
        const id = it.allocSimple('other', 'super', { kind: 'other', typeName: 'super', held });
        held.forEach((v) => it.edge(id, v));
        return { k: 'obj', id };
      }
      return UNKNOWN;
    }
    case 'staticmethod': case 'classmethod': case 'property': return it.own(a0);
    case 'object': case 'open': case 'input': case 'globals': case 'locals': case 'bytes': case 'bytearray':
    case 'complex': case 'slice': case 'memoryview': case 'compile': case '__import__':
      return UNKNOWN;
    case 'exec': case 'eval':
      it.noteUncertain(site, `${name}() not followed`);
      return it.unknownCall(args, kw);
  }
  if (name.startsWith('gc.')) return gcCall(it, name.slice(3), args, site);
  if (/(^|\.)field$/.test(name) && name.startsWith('dataclasses')) {
    // dataclasses.field(default=..., default_factory=...): the generated __init__ uses these.
    const dflt = kw.find(([k]) => k === 'default')?.[1];
    if (dflt) return it.own(dflt);
    const factory = kw.find(([k]) => k === 'default_factory')?.[1];
    if (!factory) return UNKNOWN;
    it.fieldFactories.push(it.own(factory));
    return { k: 'builtin', name: `dataclasses.field#${it.fieldFactories.length - 1}` };
  }
  // @dataclass(...) with options returns the decorator itself.
  if (/(^|\.)dataclass$/.test(name) && args.length === 0) return { k: 'builtin', name };
  if (name.startsWith('weakref.')) return weakrefCall(it, name.slice(8), args, kw, site);
  switch (name) {
    case 'sys.exc_info': {
      const h = it.currentHandled();
      if (!h) return { k: 'consttuple', items: [NONE, NONE, NONE] };
      const ed = it.excData(h);
      const tb: Value = ed && ed.tb !== null ? { k: 'obj', id: ed.tb } : NONE;
      const typ: Value = h.k === 'obj' && it.m(h.id)?.kind === 'instance' ? { k: 'obj', id: (it.m(h.id) as { cls: number }).cls } : { k: 'builtin', name: it.excTypeName(h) };
      return { k: 'obj', id: it.newTuple([typ, h, tb]) };
    }
    case 'sys._getframe': {
      const f = it.frame!;
      return it.own({ k: 'obj', id: it.materialiseFrame(f) });
    }
    case 'sys.getrefcount': return atomNull('int');
    case 'functools.partial': {
      if (!args[0]) return UNKNOWN;
      const t = it.newTuple(args.slice(1));
      const d = it.newDict(kw.map(([k, v]) => [str(k), v]));
      const held = [args[0], ...args.slice(1)];
      const id = it.allocSimple('other', 'functools.partial', { kind: 'other', typeName: 'functools.partial', held });
      it.edge(id, args[0]);
      it.heap.addEdge(id, t);
      it.heap.addEdge(id, d);
      it.heap.decref(t);
      it.heap.decref(d);
      return { k: 'obj', id };
    }
    case 'copy.copy': return copyOf(it, a0);
    case 'object.__new__':
      if (a0.k === 'obj' && it.m(a0.id)?.kind === 'class') return { k: 'obj', id: it.instantiateBare(a0.id) };
      return UNKNOWN;
  }
  const mod = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  if (PURE_MODULES.has(mod) || PURE_MODULES.has(mod.split('.')[0]!)) return UNKNOWN;
  return it.unknownCall(args, kw);
}

function isinstance(it: Calls, v: Value, t: Value): Value {
  const types = t.k === 'consttuple' ? t.items : [t];
  let known = true;
  for (const ty of types) {
    if (ty.k === 'obj' && v.k === 'obj') {
      const m = it.m(v.id);
      if (m?.kind !== 'instance') continue;
      if (it.lookupClassAttr(m.cls, '__class__') !== null) known = false;
      const seen: number[] = [];
      const walk = (c: number): boolean => {
        if (c === ty.id) return true;
        if (seen.includes(c)) return false;
        seen.push(c);
        const cm = it.m(c);
        return cm?.kind === 'class' && cm.bases.some((b) => b.k === 'obj' && walk(b.id));
      };
      if (walk(m.cls)) return bool(true);
    } else if (ty.k === 'builtin') {
      const kind = v.k === 'obj' ? it.m(v.id)?.kind : v.k === 'atom' ? v.t : v.k;
      const map: Record<string, string> = { list: 'list', dict: 'dict', set: 'set', tuple: 'tuple', consttuple: 'tuple', int: 'int', str: 'str', float: 'float', bool: 'bool' };
      if (kind && map[kind] === ty.name) return bool(true);
      if (ty.name === 'object') return bool(true);
      if (v.k === 'unknown' || kind === 'instance' || kind === 'param') known = false;
    } else known = false;
  }
  return known && v.k !== 'unknown' ? bool(false) : atomNull('bool');
}

/** enumerate / zip: an iterator object (plus its inner iterators) over item pairs. */
function zipLike(it: Calls, name: string, args: Value[], site: Span): Value {
  const lists = args.map((a) => it.iterItems(a, site));
  const parts: number[] = [];
  for (const a of args) {
    const inner = it.makeIterator(a, site);
    if (inner.k === 'obj' && inner.id !== (a as { id?: number }).id) parts.push(inner.id);
    else it.drop(inner);
  }
  let items: Value[] | null = null;
  if (lists.every((l) => l !== null)) {
    const ls = lists as Value[][];
    if (name === 'enumerate') items = ls[0]!.map((x, i) => ({ k: 'consttuple', items: [int(i), x] }) as Value);
    else {
      const n = ls.length === 0 ? 0 : Math.min(...ls.map((l) => l.length));
      items = [];
      for (let i = 0; i < n; i++) items.push({ k: 'consttuple', items: ls.map((l) => l[i]!) });
    }
  }
  // The pairs hold borrowed items: keep the items alive through a list owned by the iterator.
  const flat = (lists.filter((l) => l !== null) as Value[][]).flat();
  const keep = it.newList(flat);
  flat.forEach((x) => it.drop(x));
  const id = it.allocSimple('iterator', name, { kind: 'iterator', over: items ? { k: 'consttuple', items } : { k: 'unknown' }, pos: 0, items: null });
  it.heap.addEdge(id, keep);
  it.heap.decref(keep);
  for (const p of parts) {
    it.heap.addEdge(id, p);
    it.heap.decref(p);
  }
  return { k: 'obj', id };
}

/** map / filter with a function the simulator can call: evaluated eagerly into the iterator. */
function mapLike(it: Calls, name: string, args: Value[], site: Span): Value {
  const fn = args[0] ?? UNKNOWN;
  const items = args[1] ? it.iterItems(args[1], site) : null;
  if (!items) return it.unknownCall(args, []);
  const out: Value[] = [];
  for (const x of items) {
    const r = fn.k === 'builtin' && fn.name !== 'print' ? (name === 'map' ? UNKNOWN : it.own(x)) : it.callValue(fn, [x], [], site);
    if (name === 'map') out.push(r);
    else {
      if (it.truthOf(r) !== false) out.push(it.own(x));
      it.drop(r);
    }
    it.drop(x);
  }
  const keep = it.newList(out);
  out.forEach((x) => it.drop(x));
  const id = it.allocSimple('iterator', name, { kind: 'iterator', over: { k: 'obj', id: keep }, pos: 0, items: null });
  it.heap.addEdge(id, keep);
  it.heap.decref(keep);
  if (fn.k === 'obj') it.edge(id, fn);
  return { k: 'obj', id };
}

function copyOf(it: Calls, v: Value): Value {
  if (v.k !== 'obj') return it.own(v);
  const m = it.m(v.id);
  if (m?.kind === 'list') return { k: 'obj', id: it.newList(m.items) };
  if (m?.kind === 'dict') return { k: 'obj', id: it.newDict([...m.map.values()]) };
  if (m?.kind === 'instance') {
    const c = it.instantiateBare(m.cls);
    const cm = it.m(c);
    if (cm?.kind === 'instance') {
      it.materialiseDict(c); // copy.copy goes through __dict__.update (1.5 table)
      for (const [k, x] of m.attrs) it.setInstAttr(c, k, x);
    }
    return { k: 'obj', id: c };
  }
  return it.unknownCall([v], []);
}

function gcCall(it: Calls, fn: string, args: Value[], site: Span): Value {
  const h = it.heap;
  const n = args.map(num);
  switch (fn) {
    case 'collect': {
      const g = args.length ? n[0] : 2;
      if (g === null || g === undefined) return atomNull('int');
      if (g < 0 || g > 2) it.raiseBuiltin('ValueError', [str('invalid generation')]);
      const r = h.collect(g);
      it.explicitCollects.push({ span: site, generation: g, returned: r });
      return int(r);
    }
    case 'disable': h.disable(); return NONE;
    case 'enable': h.enable(); return NONE;
    case 'isenabled': return bool(h.isEnabled());
    case 'set_threshold':
      if (n[0] === null || n[0] === undefined) return NONE;
      h.setThreshold(n[0], n[1] ?? undefined, n[2] ?? undefined);
      return NONE;
    case 'get_threshold': return { k: 'consttuple', items: h.getThreshold().map(int) };
    case 'get_count': {
      const c = h.getCount();
      return { k: 'obj', id: it.newTuple(c.map(int)) };
    }
    case 'freeze': h.freeze(); return NONE;
    case 'unfreeze': h.unfreeze(); return NONE;
    case 'get_freeze_count': return int(h.getFreezeCount());
    case 'set_debug': if (n[0] !== null && n[0] !== undefined) h.setDebug(n[0]); return NONE;
    case 'get_debug': return atomNull('int');
    case 'is_tracked': return args[0]?.k === 'obj' ? bool(h.isTracked(args[0].id)) : bool(false);
    case 'is_finalized': return atomNull('bool');
    case 'get_stats': case 'get_objects': case 'get_referrers': case 'get_referents': return UNKNOWN;
    case 'callbacks.append':
      if (args[0]) it.gcCallbacks.push(it.own(args[0]));
      return NONE;
    case 'callbacks.remove': case 'callbacks.clear': {
      const keep = fn === 'callbacks.clear' ? [] : it.gcCallbacks.filter((x) => hashKey(x) !== hashKey(args[0] ?? NONE));
      const gone = it.gcCallbacks.splice(0, it.gcCallbacks.length, ...keep);
      gone.filter((x) => !keep.includes(x)).forEach((x) => it.drop(x));
      return NONE;
    }
    case 'garbage.clear': case 'garbage.append': return NONE;
  }
  return UNKNOWN;
}

function weakrefCall(it: Calls, fn: string, args: Value[], kw: [string, Value][], site: Span): Value {
  const target = args[0] ?? NONE;
  const old = it.profile === 'G38' || it.profile === 'G39';
  switch (fn) {
    case 'ref': case 'proxy': case 'WeakMethod': {
      if (target.k !== 'obj') {
        if (target.k === 'atom') it.raiseBuiltin('TypeError', [str('cannot create weak reference')]);
        return UNKNOWN;
      }
      let tgt = target.id;
      if (fn === 'WeakMethod') {
        const bm = it.m(target.id);
        if (bm?.kind === 'boundMethod' && bm.self.k === 'obj') tgt = bm.self.id;
      }
      const cb = args[1] ?? kw.find(([k]) => k === 'callback')?.[1] ?? NONE;
      const typeName = fn === 'ref' ? (old ? 'weakref' : 'ReferenceType') : fn === 'proxy' ? 'weakproxy' : 'WeakMethod';
      const id = it.allocSimple('weakref', typeName, { kind: 'weakref', callback: cb.k === 'obj' ? cb : null });
      it.heap.setWeakTarget(id, tgt, cb.k === 'obj' ? cb.id : null);
      return { k: 'obj', id };
    }
    case 'WeakValueDictionary': case 'WeakKeyDictionary': case 'WeakSet': {
      const id = it.allocSimple('instance', fn, {
        kind: 'weakcontainer', typeName: fn, map: new Map(), weakKeys: fn !== 'WeakValueDictionary', weakValues: fn !== 'WeakKeyDictionary',
        refs: new Map(), remover: 0,
      });
      // The container's `remove` callback (a closure over a weakref to the container: no cycle).
      const remover = it.allocSimple('function', 'function', { kind: 'other', typeName: 'function', held: [] });
      it.heap.addEdge(id, remover);
      it.heap.decref(remover);
      (it.m(id) as { remover: number }).remover = remover;
      it.removers.set(remover, id);
      return { k: 'obj', id };
    }
    case 'finalize': {
      if (target.k !== 'obj' || !args[1]) return it.unknownCall(args, kw);
      const held = args.slice(1);
      const fin = it.allocSimple('other', 'finalize', { kind: 'other', typeName: 'finalize', held });
      held.forEach((v) => it.edge(fin, v));
      const w = it.allocSimple('weakref', 'weakref', { kind: 'weakref', callback: null, finalize: { func: args[1], args: args.slice(2) } });
      it.heap.setWeakTarget(w, target.id, fin);
      it.heap.decref(fin);
      it.registry.add(w);
      return it.own({ k: 'obj', id: w });
    }
  }
  void site;
  return it.unknownCall(args, kw);
}

/** Methods of lists, dicts, sets, strings and tuples (borrowed receiver and arguments). */
export function containerMethod(it: Calls, obj: Value, name: string, args: Value[], kw: [string, Value][], site: Span): Value {
  const a0 = args[0] ?? NONE;
  if (obj.k === 'atom') {
    if (obj.t === 'str' && name === 'split') {
      const parts = typeof obj.v === 'string' && args.length === 0 ? obj.v.split(/\s+/).filter(Boolean).map((p) => str(p)) : [];
      return { k: 'obj', id: it.newList(parts) };
    }
    if (obj.t === 'str' && name === 'join') {
      const items = it.iterItems(a0, site);
      items?.forEach((x) => it.drop(x));
      return atomNull('str');
    }
    if (obj.t === 'str' && name === 'format') return atomNull('str');
    return obj.t === 'str' ? atomNull('str') : UNKNOWN;
  }
  if (obj.k !== 'obj') return UNKNOWN;
  const m = it.m(obj.id);
  if (!m) return UNKNOWN;
  const id = obj.id;
  if (m.kind === 'list') {
    switch (name) {
      case 'append': it.listAppend(id, a0); return NONE;
      case 'extend': {
        const items = it.iterItems(a0, site);
        if (!items) { it.escape(obj); return NONE; }
        items.forEach((x) => { it.listAppend(id, x); it.drop(x); });
        return NONE;
      }
      case 'insert': {
        const i = num(a0);
        const v = args[1] ?? NONE;
        const len = m.items.length;
        const at = i === null ? len : Math.max(0, Math.min(len, i < 0 ? i + len : i));
        it.listSplice(id, at, at, [v]);
        return NONE;
      }
      case 'pop': {
        const i = args.length ? num(a0) : -1;
        if (i === null) { it.noteUncertain(site, 'list.pop with an unknown index'); return UNKNOWN; }
        const v = it.listPop(id, i);
        if (v === null) it.raiseBuiltin('IndexError', [str('pop from empty list')]);
        return v;
      }
      case 'remove': {
        const key = hashKey(a0);
        const i = m.items.findIndex((x) => hashKey(x) === key);
        if (i < 0) {
          if (key !== null && a0.k !== 'unknown') it.raiseBuiltin('ValueError', [str('list.remove(x): x not in list')]);
          return NONE;
        }
        it.drop(it.listPop(id, i));
        return NONE;
      }
      case 'clear': it.listClear(id); return NONE;
      case 'copy': return { k: 'obj', id: it.newList(m.items) };
      case 'index': case 'count': return atomNull('int');
      case 'sort': case 'reverse': if (name === 'reverse') m.items.reverse(); return NONE;
    }
  }
  if (m.kind === 'dict') {
    switch (name) {
      case 'get': {
        const key = hashKey(a0);
        const e = key !== null ? m.map.get(key) : undefined;
        return e ? it.own(e[1]) : args[1] ? it.own(args[1]) : key === null ? UNKNOWN : NONE;
      }
      case 'setdefault': {
        const key = hashKey(a0);
        const e = key !== null ? m.map.get(key) : undefined;
        if (e) return it.own(e[1]);
        it.dictSet(id, a0, args[1] ?? NONE);
        return it.own(args[1] ?? NONE);
      }
      case 'pop': {
        const v = it.dictPop(id, a0);
        if (v !== null) return v;
        if (args[1]) return it.own(args[1]);
        if (a0.k === 'atom') it.raiseBuiltin('KeyError', [a0]);
        return UNKNOWN;
      }
      case 'popitem': {
        const last = [...m.map.values()].pop();
        if (!last) it.raiseBuiltin('KeyError', [str('popitem(): dictionary is empty')]);
        const k = it.own(last[0]);
        const v = it.dictPop(id, last[0])!;
        const t = it.newTuple([k, v]);
        it.drop(k);
        it.drop(v);
        return { k: 'obj', id: t };
      }
      case 'update': {
        if (args.length) it.dictUpdate(id, a0, site);
        for (const [k, v] of kw) it.dictSet(id, str(k), v);
        return NONE;
      }
      case 'clear': it.dictClear(id); return NONE;
      case 'copy': return { k: 'obj', id: it.newDict([...m.map.values()]) };
      case 'keys': case 'values': case 'items': {
        const v = it.allocSimple('other', `dict_${name}`, { kind: 'dictview', dict: id, which: name });
        it.heap.addEdge(v, id);
        return { k: 'obj', id: v };
      }
    }
  }
  if (m.kind === 'instdict') {
    const im = it.m(m.inst);
    if (name === 'update' && im?.kind === 'instance') {
      const sm = a0.k === 'obj' ? it.m(a0.id) : undefined;
      if (sm?.kind === 'dict') for (const [k, v] of sm.map.values()) if (k.k === 'atom' && typeof k.v === 'string') it.setInstAttr(m.inst, k.v, v);
      for (const [k, v] of kw) it.setInstAttr(m.inst, k, v);
      return NONE;
    }
    if (name === 'get' && im?.kind === 'instance' && a0.k === 'atom' && typeof a0.v === 'string') {
      const v = im.attrs.get(a0.v);
      return v ? it.own(v) : it.own(args[1] ?? NONE);
    }
    if (name === 'clear' && im?.kind === 'instance') {
      for (const k of [...im.attrs.keys()]) it.delInstAttr(m.inst, k);
      return NONE;
    }
    return UNKNOWN;
  }
  if (m.kind === 'set') {
    switch (name) {
      case 'add': it.setAdd(id, a0); return NONE;
      case 'discard': case 'remove': it.setRemove(id, a0); return NONE;
      case 'update': {
        const items = it.iterItems(a0, site) ?? [];
        items.forEach((x) => { it.setAdd(id, x); it.drop(x); });
        return NONE;
      }
      case 'clear': it.setClear(id); return NONE;
      case 'pop': {
        const first = [...m.map.values()][0];
        if (!first) it.raiseBuiltin('KeyError', [str('pop from an empty set')]);
        it.own(first);
        it.setRemove(id, first);
        return first;
      }
      case 'copy': return { k: 'obj', id: it.newSet([...m.map.values()]) };
    }
  }
  if (m.kind === 'weakcontainer') {
    switch (name) {
      case 'add': it.setItem(obj, a0, bool(true), site); return NONE;
      case 'get': {
        const v = it.getItem(obj, a0, site);
        return v.k === 'unknown' && args[1] ? it.own(args[1]) : v;
      }
      case 'pop': case 'discard': case 'remove': it.delItem(obj, a0, site); return NONE;
      case 'clear':
        for (const [k] of [...m.map.values()]) it.delItem(obj, k, site);
        return NONE;
      case 'values': case 'keys': case 'items': return UNKNOWN;
    }
  }
  if (m.kind === 'tuple' && (name === 'index' || name === 'count')) return atomNull('int');
  return it.unknownCall([...args, obj], kw);
}
