// GC tracking rules per version (section 1 of the GC notes, probe_tracking.py) and the gc module
// API around generations (3.4): tuples, dicts, frozensets, freeze/unfreeze, thresholds, stats.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const ALL: ProfileKey[] = ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G3145', 'G315'];
const spec = (category: AllocSpec['category'], typeName: string, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site: Span.none, ...extra });

test("1.4 dict sequence d={}; d['x']=1; d['y']=[]; d['y']=2; collect(0); collect(); d['z']=(1,2): 0 0 1 1 1 0 1 <=3.13, all 1 on 3.14+", () => {
  for (const p of ALL) {
    const h = new Heap(p);
    h.disable();
    const flags: number[] = [];
    const t = () => flags.push(h.isTracked(d) ? 1 : 0);
    const d = h.alloc(spec('dict', 'dict', { itemsMayBeTracked: false }));
    t();
    t(); // d['x'] = 1: an atom, no change
    const l = h.alloc(spec('list', 'list'));
    h.addEdge(d, l);
    h.track(d); // MAINTAIN_TRACKING: a value that may be tracked
    h.decref(l);
    t();
    h.removeEdge(d, l); // d['y'] = 2 does not untrack
    t();
    h.collect(0);
    t();
    h.collect(2);
    t();
    const tup = h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: false }));
    h.addEdge(d, tup);
    h.track(d);
    h.decref(tup);
    t();
    const lazy = ['G38', 'G39', 'G311', 'G312', 'G313'].includes(p);
    assert.deepEqual(flags, lazy ? [0, 0, 1, 1, 1, 0, 1] : [1, 1, 1, 1, 1, 1, 1], p);
  }
});

test('1.3 tuples of atoms: tracked at creation through 3.14.0, untracked from birth on 3.14.1+ (array-built)', () => {
  for (const p of ALL) {
    const h = new Heap(p);
    const t = h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: false }));
    const late = ['I3141', 'G3145', 'G315'].includes(p);
    assert.equal(h.isTracked(t), !late, p);
    const u = h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: true })); // ((), 1)
    assert.equal(h.isTracked(u), true, p);
  }
});

test('1.3 ((1,2),3) after collect(0): outer tuple still tracked on 3.8-3.13, untracked on 3.14.2/3.15', () => {
  for (const p of ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G315'] as ProfileKey[]) {
    const h = new Heap(p);
    h.disable();
    const inner = h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: false }));
    const outer = h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc: true }));
    h.addEdge(outer, inner);
    h.decref(inner);
    h.collect(0);
    assert.equal(h.isTracked(inner), false, `${p} inner`);
    // 3.14.1+: the inner (1,2) is untracked from birth, so the outer one goes at once.
    const lateNested = p === 'I3141' || p === 'G315';
    assert.equal(h.isTracked(outer), !lateNested, `${p} outer`);
    h.collect(1); // the outer tuple now sits in generation 1 (3.14.2: an increment)
    assert.equal(h.isTracked(outer), false, `${p}: a second collection untracks the outer tuple`);
  }
});

test('1.2 frozenset of untracked items: tracked on 3.8-3.14, not on 3.15', () => {
  for (const p of ALL) {
    const h = new Heap(p);
    const f = h.alloc(spec('frozenset', 'frozenset', { itemsMayBeTracked: false }));
    assert.equal(h.isTracked(f), p !== 'G315', p);
  }
});

test('1.1/1.2 lists, sets, instances, functions, cells are tracked at creation; the empty tuple never is', () => {
  for (const p of ALL) {
    const h = new Heap(p);
    for (const c of ['list', 'set', 'instance', 'function', 'cell', 'boundMethod', 'generator', 'weakref'] as const) {
      assert.equal(h.isTracked(h.alloc(spec(c, c))), true, `${p} ${c}`);
    }
    assert.equal(h.isTracked(h.alloc(spec('tuple', 'tuple', { length: 0 }))), false, p);
  }
});

test('3.4 freeze(): tracked objects move to the permanent generation and are never collected; unfreeze() brings them back', () => {
  for (const p of ['G38', 'G313', 'I3141', 'G315'] as ProfileKey[]) {
    const h = new Heap(p, { startupHeap: 0 });
    h.disable();
    const l = h.alloc(spec('list', 'list'));
    h.addEdge(l, l);
    h.decref(l);
    h.freeze();
    assert.equal(h.getFreezeCount(), 1, p);
    assert.equal(h.objectInfo(l)!.generation, 3, p);
    assert.equal(h.collect(2), 0, p);
    h.unfreeze();
    assert.equal(h.getFreezeCount(), 0, p);
    assert.equal(h.collect(2), 1, p);
  }
});

test('0/3.4 get_freeze_count() at start-up: 375 on 3.12 (immortal objects), 0 elsewhere', () => {
  for (const p of ALL) assert.equal(new Heap(p).getFreezeCount(), p === 'G312' ? 375 : 0, p);
});

test('0/3.1 thresholds: defaults per version; set_threshold keeps omitted values; incremental reports 0 third', () => {
  const want: Record<ProfileKey, [number, number, number]> = {
    G38: [700, 10, 10], G39: [700, 10, 10], G311: [700, 10, 10], G312: [700, 10, 10], G313: [2000, 10, 10],
    I3140: [2000, 10, 0], I3141: [2000, 10, 0], G3145: [2000, 10, 10], G315: [2000, 10, 10],
  };
  for (const p of Object.keys(want) as ProfileKey[]) assert.deepEqual(new Heap(p).getThreshold(), want[p], p);
  const h = new Heap('G312');
  h.setThreshold(100);
  assert.deepEqual(h.getThreshold(), [100, 10, 10]);
  const i = new Heap('I3141');
  i.setThreshold(100, 5, 3);
  assert.deepEqual(i.getThreshold(), [100, 5, 0]);
});

test('3.1 set_threshold(0) disables automatic collection', () => {
  const h = new Heap('G38');
  h.setThreshold(0);
  for (let i = 0; i < 5000; i++) h.alloc(spec('list', 'list'));
  assert.equal(h.collections().length, 0);
  assert.equal(h.getCount()[0], 5000);
});

test('3.3 step 7 / 4.1 get_stats: per generation; 3.14.2 increments that only marked are not counted', () => {
  const h = new Heap('G312');
  h.disable();
  h.collect(0);
  h.collect(2);
  h.collect(2);
  assert.deepEqual(h.getStats().collections, [1, 0, 2]);
  const i = new Heap('I3141');
  i.disable();
  i.collect(1); // MARK increment: callbacks see it, get_stats does not
  assert.deepEqual(i.getStats().collections, [0, 0, 0]);
  assert.equal(i.collections().length, 1);
  assert.equal(i.collections()[0]!.generation, 1);
  i.collect(2);
  assert.deepEqual(i.getStats().collections, [0, 0, 1]);
});

test('3.4 gc.is_finalized(obj): True once __del__ ran, and it stays True after resurrection', () => {
  let h: Heap;
  h = new Heap('G39', { hooks: { finalize: (id) => h.incref(id) } });
  const a = h.alloc(spec('instance', 'A', { hasFinalizer: true }));
  assert.equal(h.isFinalized(a), false);
  h.decref(a);
  assert.equal(h.isAlive(a), true);
  assert.equal(h.isFinalized(a), true);
});

test('4.1 3.14.2: gc.get_objects(1) returns [] (no generation 1); generational: the objects of generation 1', () => {
  const i = new Heap('I3141');
  i.disable();
  const l = i.alloc(spec('list', 'list'));
  i.collect(0);
  assert.deepEqual(i.getObjects(1), []);
  assert.deepEqual(i.getObjects(2), [l]);
  const g = new Heap('G312');
  g.disable();
  const m = g.alloc(spec('list', 'list'));
  g.collect(0);
  assert.deepEqual(g.getObjects(1), [m]);
  assert.deepEqual(g.getObjects(0), []);
});

// Measured for this suite with CPython 3.8.18 / 3.10.13 / 3.12.1 / 3.13.0 (native) and 3.14.2 /
// 3.15.0rc1 (Pyodide) running, inside a function after gc.collect():
//   a = 1; t1 = (a, 2); t2 = (t1, 3); outer = ((a, 2), 3)
//   gc.collect(0) -> is_tracked(t1), is_tracked(t2), is_tracked(outer[0]), is_tracked(outer)
//   gc.collect(1) -> is_tracked(t2), is_tracked(outer)
// 3.8-3.13: False False False True / False False; 3.14.2, 3.15: all False.
test('1.3 untrack_tuples order: t2=(t1,3) with both held goes in the same pass; an outer tuple whose inner only it holds waits (<=3.13)', () => {
  for (const p of ['G38', 'G39', 'G312', 'G313', 'I3141', 'G315'] as ProfileKey[]) {
    const h = new Heap(p);
    h.disable();
    const tuple = (itemTypesGc: boolean) => h.alloc(spec('tuple', 'tuple', { length: 2, itemTypesGc }));
    const t1 = tuple(false);
    const t2 = tuple(true);
    h.addEdge(t2, t1);
    const inner = tuple(false);
    const outer = tuple(true);
    h.addEdge(outer, inner);
    h.decref(inner); // only `outer` holds it
    h.collect(0);
    const late = p === 'I3141' || p === 'G315';
    assert.deepEqual([t1, t2, inner, outer].map((t) => h.isTracked(t)), [false, false, false, !late], p);
    h.collect(1);
    assert.deepEqual([h.isTracked(t2), h.isTracked(outer)], [false, false], p);
  }
});
