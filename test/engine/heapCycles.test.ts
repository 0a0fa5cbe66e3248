// Heap-level reproductions of measured gc.collect() return values (sections 3.4, 5.2, 5.4 and
// appendix B of the GC notes), built through the HeapApi the way the interpreter builds the
// objects per version (instance dicts per 1.5), with no interpreter involved. Automatic
// collection is off, as in probe_cycles.py.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, HeapHooks, ObjId, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

/** The measured columns: 3.9/3.10 = G39, 3.14.2 = I3141 (G3145 is checked where 3.15 agrees). */
const ALL: ProfileKey[] = ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G3145', 'G315'];
const spec = (category: AllocSpec['category'], typeName: string, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site: Span.none, ...extra });

/** A tiny stand-in for the interpreter's attribute storage (1.5). */
class Objects {
  readonly h: Heap;
  private dicts = new Map<ObjId, ObjId>();
  constructor(readonly p: ProfileKey, hooks: HeapHooks = {}) {
    this.h = new Heap(p, { hooks });
    this.h.disable();
  }
  get dictPerInstance(): boolean {
    return this.p === 'G38' || this.p === 'G39';
  }
  list(): ObjId {
    return this.h.alloc(spec('list', 'list'));
  }
  instance(typeName = 'A', extra: Partial<AllocSpec> = {}): ObjId {
    return this.h.alloc(spec('instance', typeName, extra));
  }
  /** obj.name = value (value an object id); the caller keeps its own reference to value. */
  setAttr(obj: ObjId, value: ObjId): void {
    const h = this.h;
    let d = this.dicts.get(obj);
    if (d === undefined && this.dictPerInstance) {
      d = h.alloc(spec('instanceDict', 'dict', { itemsMayBeTracked: false }));
      h.addEdge(obj, d);
      h.decref(d);
      this.dicts.set(obj, d);
    }
    if (d !== undefined && !this.dictPerInstance && !this.materialised.has(obj)) {
      // 3.13/3.14 view dict: the values stay inline, traversed by the instance.
      h.addEdge(obj, value);
      return;
    }
    const owner = d ?? obj;
    h.addEdge(owner, value);
    if (d !== undefined) h.track(d);
  }
  removeAttr(obj: ObjId, value: ObjId): void {
    const d = this.dicts.get(obj);
    const owner = d !== undefined && (this.dictPerInstance || this.materialised.has(obj)) ? d : obj;
    this.h.removeEdge(owner, value);
  }
  private materialised = new Set<ObjId>();
  /** `obj.__dict__` touched (1.5 table, second row). `values` = the attribute values set so far. */
  touchDict(obj: ObjId, values: ObjId[]): void {
    const h = this.h;
    if (this.dictPerInstance) return;
    const d = h.alloc(spec('instanceDict', 'dict', { itemsMayBeTracked: values.length > 0 }));
    this.dicts.set(obj, d);
    if (this.p === 'G313' || this.p === 'I3141' || this.p === 'I3140' || this.p === 'G3145') {
      h.addEdge(obj, d, { traversed: false }); // a view the instance does not traverse
    } else {
      for (const v of values) {
        h.addEdge(d, v);
        h.removeEdge(obj, v);
      }
      h.addEdge(obj, d);
      this.materialised.add(obj);
    }
    h.decref(d); // the expression's temporary
  }
}

/** Runs `build` per profile and compares collect() with the measured row. */
function row(name: string, want: Partial<Record<ProfileKey, number>>, build: (o: Objects) => void): void {
  test(`5.4 ${name}`, () => {
    for (const p of ALL) {
      const expected = want[p];
      if (expected === undefined) continue;
      const o = new Objects(p);
      build(o);
      assert.equal(o.h.collect(2), expected, `${name} on ${p}`);
    }
  });
}

const V = (v38: number, v311: number): Partial<Record<ProfileKey, number>> =>
  ({ G38: v38, G39: v38, G311: v311, G312: v311, G313: v311, I3141: v311, G315: v311 });
const SAME = (v: number) => V(v, v);

row('self-referencing list l.append(l) = 1', SAME(1), (o) => {
  const l = o.list();
  o.h.addEdge(l, l);
  o.h.decref(l);
});

row('5 self-referencing lists = 5', SAME(5), (o) => {
  for (let i = 0; i < 5; i++) {
    const l = o.list();
    o.h.addEdge(l, l);
    o.h.decref(l);
  }
});

row('self-referencing dict = 1', SAME(1), (o) => {
  const d = o.h.alloc(spec('dict', 'dict', { itemsMayBeTracked: false }));
  o.h.addEdge(d, d);
  o.h.track(d); // inserting a tracked value tracks a lazily tracked dict
  o.h.decref(d);
});

row('list <-> tuple t=(l,1); l.append(t) = 2', SAME(2), (o) => {
  const l = o.list();
  const t = o.h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: true }));
  o.h.addEdge(t, l);
  o.h.addEdge(l, t);
  o.h.decref(t);
  o.h.decref(l);
});

row('instance with a.me = a: 2 on 3.8-3.10, 1 on 3.11+', V(2, 1), (o) => {
  const a = o.instance();
  o.setAttr(a, a);
  o.h.decref(a);
});

row('two instances a.o=b; b.o=a: 4 on 3.8-3.10, 2 on 3.11+', V(4, 2), (o) => {
  const a = o.instance(), b = o.instance();
  o.setAttr(a, b);
  o.setAttr(b, a);
  o.h.decref(a);
  o.h.decref(b);
});

row('two instances, __dict__ touched: 4 on 3.8-3.12, 2 on 3.13/3.14.2, 4 on 3.15', { ...V(4, 4), G313: 2, I3141: 2 }, (o) => {
  const a = o.instance(), b = o.instance();
  o.setAttr(a, b);
  o.setAttr(b, a);
  o.touchDict(a, [b]);
  o.touchDict(b, [a]);
  o.h.decref(a);
  o.h.decref(b);
});

row('two __slots__ instances = 2', SAME(2), (o) => {
  const a = o.h.alloc(spec('slotsInstance', 'S')), b = o.h.alloc(spec('slotsInstance', 'S'));
  o.h.addEdge(a, b);
  o.h.addEdge(b, a);
  o.h.decref(a);
  o.h.decref(b);
});

row("instance <-> dict d={'a': a}; a.d = d: 3 on 3.8-3.10, 2 on 3.11+", V(3, 2), (o) => {
  const a = o.instance();
  const d = o.h.alloc(spec('dict', 'dict', { itemsMayBeTracked: false }));
  o.h.addEdge(d, a);
  o.h.track(d);
  o.setAttr(a, d);
  o.h.decref(a);
  o.h.decref(d);
});

row('closure referring to itself (function -> closure tuple -> cell -> function) = 3', SAME(3), (o) => {
  const cell = o.h.alloc(spec('cell', 'cell'));
  const clo = o.h.alloc(spec('closureTuple', 'tuple', { length: 1, itemTypesGc: true }));
  o.h.addEdge(clo, cell);
  const f = o.h.alloc(spec('function', 'function'));
  o.h.addEdge(f, clo);
  o.h.decref(clo);
  o.h.addEdge(cell, f); // f = <function>: the cell now holds it
  o.h.decref(f);
  o.h.decref(cell); // the defining frame ends
});

row('two __del__ instances in a cycle: 4 on 3.8-3.10, 2 on 3.11+', V(4, 2), (o) => {
  const a = o.instance('WithDel', { hasFinalizer: true }), b = o.instance('WithDel', { hasFinalizer: true });
  o.setAttr(a, b);
  o.setAttr(b, a);
  o.h.decref(a);
  o.h.decref(b);
});

test('5.4 __del__ that breaks the cycle -> 0 on every version (freed by refcount during finalisation)', () => {
  for (const p of ALL) {
    let o: Objects;
    let a = -1, b = -1;
    const finalized: ObjId[] = [];
    o = new Objects(p, {
      finalize: (id) => {
        finalized.push(id);
        if (id === a) o.removeAttr(a, b); // del self.o
      },
    });
    a = o.instance('Breaker', { hasFinalizer: true });
    b = o.instance();
    o.setAttr(a, b);
    o.setAttr(b, a);
    o.h.decref(a);
    o.h.decref(b);
    assert.equal(o.h.collect(2), 0, p);
    assert.deepEqual(finalized, [a], p);
    assert.equal(o.h.isAlive(a) || o.h.isAlive(b), false, p);
  }
});

test('5.4 resurrecting a.me = a: 0 (+2) on 3.8-3.10, 0 (+1) on 3.11+; __del__ runs once', () => {
  for (const p of ALL) {
    let o: Objects;
    let calls = 0;
    o = new Objects(p, { finalize: (id) => { calls++; o.h.incref(id); } }); // global saved = self
    const a = o.instance('Phoenix', { hasFinalizer: true });
    o.setAttr(a, a);
    o.h.decref(a);
    assert.equal(o.h.collect(2), 0, p);
    assert.equal(o.h.isAlive(a), true, p);
    o.h.decref(a); // saved = None
    assert.equal(o.h.collect(2), o.dictPerInstance ? 2 : 1, p);
    assert.equal(calls, 1, p);
  }
});

test('5.2 step 4 / 5.4 resurrecting cycle + independent self-list: 3.8 0 (+5), 3.9/3.10 1 (+4), 3.11+ 1 (+2)', () => {
  const want: Partial<Record<ProfileKey, [number, number]>> = {
    G38: [0, 5], G39: [1, 4], G311: [1, 2], G312: [1, 2], G313: [1, 2], I3141: [1, 2], G315: [1, 2],
  };
  for (const p of Object.keys(want) as ProfileKey[]) {
    let o: Objects;
    let a = -1;
    o = new Objects(p, { finalize: (id) => { if (id === a) o.h.incref(a); } });
    a = o.instance('Phoenix', { hasFinalizer: true });
    const b = o.instance();
    o.setAttr(a, b);
    o.setAttr(b, a);
    o.h.decref(b);
    o.h.decref(a);
    const l = o.list();
    o.h.addEdge(l, l);
    o.h.decref(l);
    assert.equal(o.h.collect(2), want[p]![0], `${p} first`);
    o.h.decref(a);
    assert.equal(o.h.collect(2), want[p]![1], `${p} after`);
  }
});

test('5.4 weakref + callback held outside, to a.me = a: 2 on 3.8-3.10, 1 on 3.11+; the callback runs', () => {
  for (const p of ALL) {
    const called: ObjId[] = [];
    const o = new Objects(p, { weakrefCallback: (ref) => called.push(ref) });
    const a = o.instance();
    o.setAttr(a, a);
    const cb = o.h.alloc(spec('function', 'function'));
    const w = o.h.alloc(spec('weakref', 'weakref'));
    o.h.setWeakTarget(w, a, cb);
    o.h.decref(cb);
    o.h.decref(a);
    assert.equal(o.h.collect(2), o.dictPerInstance ? 2 : 1, p);
    assert.deepEqual(called, [w], p);
    assert.equal(o.h.weakTarget(w), null, p);
  }
});

row('weakref + callback stored on the cyclic object: 4 on 3.8-3.10, 3 on 3.11+ (callback never called)', V(4, 3), (o) => {
  const a = o.instance();
  o.setAttr(a, a);
  const cb = o.h.alloc(spec('function', 'function'));
  const w = o.h.alloc(spec('weakref', 'weakref'));
  o.h.setWeakTarget(w, a, cb);
  o.h.decref(cb);
  o.setAttr(a, w);
  o.h.decref(w);
  o.h.decref(a);
});

test('5.4 weakref whose callback drops the weakref: 3 on 3.8-3.10, 2 on 3.11+ (the freed weakref counts)', () => {
  for (const p of ALL) {
    let o: Objects;
    let holder = -1, w = -1;
    o = new Objects(p, { weakrefCallback: () => o.h.removeEdge(holder, w) });
    holder = o.list(); // module-level list keeping the weakref
    const a = o.instance();
    o.setAttr(a, a);
    const cb = o.h.alloc(spec('function', 'function'));
    w = o.h.alloc(spec('weakref', 'weakref'));
    o.h.setWeakTarget(w, a, cb);
    o.h.decref(cb);
    o.h.addEdge(holder, w);
    o.h.decref(w);
    o.h.decref(a);
    assert.equal(o.h.collect(2), o.dictPerInstance ? 3 : 2, p);
    assert.equal(o.h.isAlive(w), false, p);
  }
});

test('5.2 step 1 / 5.4 legacy tp_del pair: 4 (3.8-3.10) / 2 (3.11+) uncollectable, 2 objects in gc.garbage', () => {
  for (const p of ALL) {
    const o = new Objects(p);
    const a = o.instance('Legacy', { legacyFinalizer: true }), b = o.instance('Legacy', { legacyFinalizer: true });
    o.setAttr(a, b);
    o.setAttr(b, a);
    o.h.decref(a);
    o.h.decref(b);
    assert.equal(o.h.collect(2), o.dictPerInstance ? 4 : 2, p);
    assert.deepEqual(o.h.garbage(), [a, b], p);
    assert.equal(o.h.getStats().uncollectable[2], o.dictPerInstance ? 4 : 2, p);
  }
});

test('5.4 legacy pair + list reachable from it + independent self-list: collected 1, uncollectable 5 (3.8) / 3 (3.12, 3.14.2)', () => {
  for (const [p, unc] of [['G38', 5], ['G312', 3], ['I3141', 3]] as [ProfileKey, number][]) {
    const infos: { collected: number; uncollectable: number }[] = [];
    const o = new Objects(p, { gcCallback: (phase, info) => { if (phase === 'stop') infos.push(info); } });
    const a = o.instance('Legacy', { legacyFinalizer: true }), b = o.instance('Legacy', { legacyFinalizer: true });
    o.setAttr(a, b);
    o.setAttr(b, a);
    const l = o.list();
    o.setAttr(a, l);
    o.h.decref(l);
    o.h.decref(a);
    o.h.decref(b);
    const s = o.list();
    o.h.addEdge(s, s);
    o.h.decref(s);
    assert.equal(o.h.collect(2), 1 + unc, p);
    assert.deepEqual(infos.map((i) => [i.collected, i.uncollectable]), [[1, unc]], p);
    assert.equal(o.h.garbage().length, 2, p);
  }
});

test('appendix B DEBUG_SAVEALL: self-list -> 1 and gc.garbage == [the list]; two instances 3.8 -> A, A, dict, dict', () => {
  for (const p of ALL) {
    const o = new Objects(p);
    o.h.setDebug(32);
    const l = o.list();
    o.h.addEdge(l, l);
    o.h.decref(l);
    assert.equal(o.h.collect(2), 1, p);
    assert.deepEqual(o.h.garbage(), [l], p);
    assert.equal(o.h.isAlive(l), true, p);
  }
  const o = new Objects('G38');
  o.h.setDebug(32);
  const a = o.instance(), b = o.instance();
  o.setAttr(a, b);
  o.setAttr(b, a);
  o.h.decref(a);
  o.h.decref(b);
  assert.equal(o.h.collect(2), 4);
  assert.deepEqual(o.h.garbage().map((id) => o.h.objectInfo(id)!.typeName).sort(), ['A', 'A', 'dict', 'dict']);
});

/** 3.4: a self-referencing list, promoted by `promote` collections while alive, then dropped. */
function promotedThenCollected(p: ProfileKey, promote: number[], final: number): number {
  const h = new Heap(p);
  h.disable();
  const l = h.alloc(spec('list', 'list'));
  h.addEdge(l, l);
  for (const g of promote) h.collect(g);
  h.decref(l);
  return h.collect(final);
}

test('3.4 young cycle then collect(0/1/2) -> 1/1/1; promoted by collect(0) -> 0/1/1; by collect(1) or (2) -> 0/0/1', () => {
  for (const p of ['G38', 'G39', 'G311', 'G312', 'G313', 'G3145', 'G315'] as ProfileKey[]) {
    assert.deepEqual([0, 1, 2].map((g) => promotedThenCollected(p, [], g)), [1, 1, 1], p);
    assert.deepEqual([0, 1, 2].map((g) => promotedThenCollected(p, [0], g)), [0, 1, 1], p);
    assert.deepEqual([0, 1, 2].map((g) => promotedThenCollected(p, [1], g)), [0, 0, 1], p);
    assert.deepEqual([0, 1, 2].map((g) => promotedThenCollected(p, [2], g)), [0, 0, 1], p);
  }
});

test('4.1 3.14.2: collect(0) returns 1 for a fresh self-referencing list; collect(1) returns 0 after a full collection', () => {
  assert.equal(promotedThenCollected('I3141', [], 0), 1);
  const h = new Heap('I3141');
  h.disable();
  h.collect(2);
  const got: number[] = [];
  for (let i = 0; i < 300; i++) {
    const l = h.alloc(spec('list', 'list'));
    h.addEdge(l, l);
    h.decref(l);
    got.push(h.collect(1));
  }
  assert.ok(got.every((n) => n === 0), 'collect(1) keeps returning 0 (MARK drove work_to_do negative)');
  assert.equal(h.collect(2), 300); // the garbage is still found by a full collection
});

test('3.4 collect(n) outside 0..2 raises ValueError("invalid generation"); re-entrant collect returns 0', () => {
  const h = new Heap('G312');
  assert.throws(() => h.collect(3), { name: 'RangeError', message: 'invalid generation' });
  assert.throws(() => h.collect(-1), { name: 'RangeError', message: 'invalid generation' });
  let inner = -1;
  const hh = new Heap('G312', { hooks: { finalize: () => { inner = hh.collect(2); } } });
  const a = hh.alloc(spec('instance', 'A', { hasFinalizer: true }));
  hh.addEdge(a, a);
  hh.decref(a);
  assert.equal(hh.collect(2), 1);
  assert.equal(inner, 0);
});

// Measured for this suite with CPython 3.8.18 / 3.12.1 / 3.13.0:
//   def cb(phase, info):
//       if len(out) < 2: l = []; l.append(l); del l; out.append((phase, gc.collect()))
//   gc.callbacks.append(cb); r = gc.collect(); gc.callbacks.remove(cb); print(out, r, gc.collect())
// -> [('start', 0), ('stop', 0)] 1 1
test('3.4 gc.collect() inside a gc callback returns 0; start-phase garbage joins the running collection', () => {
  for (const p of ['G38', 'G312', 'G313'] as ProfileKey[]) {
    const out: [string, number][] = [];
    let h: Heap;
    h = new Heap(p, {
      hooks: {
        gcCallback: (phase) => {
          if (out.length >= 2) return;
          const l = h.alloc(spec('list', 'list'));
          h.addEdge(l, l);
          h.decref(l);
          out.push([phase, h.collect(2)]);
        },
      },
    });
    assert.equal(h.collect(2), 1, p); // the list made by the start callback
    assert.deepEqual(out, [['start', 0], ['stop', 0]], p);
    assert.equal(h.collect(2), 1, p); // the stop callback's list (callbacks are done: out is full)
  }
});
