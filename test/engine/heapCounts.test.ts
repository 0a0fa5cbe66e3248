// The allocation counter gc.get_count()[0] and free lists (sections 2.1-2.3 of the GC notes),
// driven through the HeapApi. Expected deltas are probe_counts.py's measurements: create 1000
// objects and keep them, drop them all, create 1000 again, after a full collection (empty free
// lists) with automatic collection off. The probe's own +1/+2 loop overhead is not modelled.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const spec = (category: AllocSpec['category'], typeName: string, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site: Span.none, ...extra });

/** Returns [alloc, free, again] count0 deltas for 1000 objects made by `make` (ids to release). */
function deltas(p: ProfileKey, make: (h: Heap) => number): [number, number, number] {
  const h = new Heap(p);
  h.collect(2);
  h.disable();
  const c = () => h.getCount()[0];
  const c0 = c();
  let kept = Array.from({ length: 1000 }, () => make(h));
  const c1 = c();
  for (const id of kept) h.decref(id);
  const c2 = c();
  kept = Array.from({ length: 1000 }, () => make(h));
  const c3 = c();
  return [c1 - c0, c2 - c1, c3 - c2];
}

const list = (h: Heap) => h.alloc(spec('list', 'list'));
const dict = (h: Heap) => h.alloc(spec('dict', 'dict'));
const set = (h: Heap) => h.alloc(spec('set', 'set'));
const tuple1 = (h: Heap) => h.alloc(spec('tuple', 'tuple', { length: 1, itemTypesGc: false }));
const tuple3 = (h: Heap) => h.alloc(spec('tuple', 'tuple', { length: 3, itemTypesGc: false }));
/** Instance with two int attributes: 3.8-3.10 store them in an (untracked) dict object. */
const instance2 = (dicts: boolean) => (h: Heap) => {
  const o = h.alloc(spec('instance', 'A'));
  if (dicts) {
    const d = h.alloc(spec('instanceDict', 'dict', { itemsMayBeTracked: false }));
    h.addEdge(o, d); // the instance owns its __dict__
    h.decref(d);
  }
  return o;
};
const boundMethod = (h: Heap) => h.alloc(spec('boundMethod', 'method'));
const listIter = (h: Heap) => h.alloc(spec('iterator', 'list_iterator'));

test('2.3 [] / {}: 1000, -920, +920 (80-slot free lists) on 3.8-3.13 and 3.15; 1000/-1000/1000 on 3.14.2', () => {
  for (const p of ['G38', 'G39', 'G311', 'G312', 'G313', 'G315'] as ProfileKey[]) {
    assert.deepEqual(deltas(p, list), [1000, -920, 920], `list ${p}`);
    assert.deepEqual(deltas(p, dict), [1000, -920, 920], `dict ${p}`);
  }
  // I3141 counts track/untrack: {} is tracked (3.14+ dicts always are), the free list is invisible.
  assert.deepEqual(deltas('I3141', list), [1000, -1000, 1000]);
  assert.deepEqual(deltas('I3141', dict), [1000, -1000, 1000]);
});

test('2.3 set(): 1000, -1000, 1000 (no free list)', () => {
  for (const p of ['G38', 'G312', 'I3141', 'G315'] as ProfileKey[]) assert.deepEqual(deltas(p, set), [1000, -1000, 1000], p);
});

test('2.3 (i,) and (i, i, i): 1000, 0, 0 (2000-slot tuple free lists); 3.14.2: 0 0 0 (untracked from birth)', () => {
  for (const p of ['G38', 'G39', 'G313', 'G315'] as ProfileKey[]) {
    assert.deepEqual(deltas(p, tuple1), [1000, 0, 0], `(i,) ${p}`);
    assert.deepEqual(deltas(p, tuple3), [1000, 0, 0], `(i,i,i) ${p}`);
  }
  assert.deepEqual(deltas('I3141', tuple1), [0, 0, 0]);
  assert.deepEqual(deltas('I3141', tuple3), [0, 0, 0]);
});

test('2.3 instance with 2 int attributes: 2000/-1920/1920 on 3.8-3.10 (instance dict), 1000/-1000/1000 on 3.11+', () => {
  assert.deepEqual(deltas('G38', instance2(true)), [2000, -1920, 1920]);
  assert.deepEqual(deltas('G39', instance2(true)), [2000, -1920, 1920]);
  for (const p of ['G311', 'G312', 'G313', 'G315'] as ProfileKey[]) assert.deepEqual(deltas(p, instance2(false)), [1000, -1000, 1000], p);
});

test('2.2/2.3 bound methods: 256-slot free list on 3.8 (-744), none 3.9-3.13, 20 slots on 3.15 (-980)', () => {
  assert.deepEqual(deltas('G38', boundMethod), [1000, -744, 744]);
  assert.deepEqual(deltas('G39', boundMethod), [1000, -1000, 1000]);
  assert.deepEqual(deltas('G313', boundMethod), [1000, -1000, 1000]);
  assert.deepEqual(deltas('G315', boundMethod), [1000, -980, 980]);
});

test('2.2/2.3 iter(list): 10-slot free list on 3.15 only (-990)', () => {
  assert.deepEqual(deltas('G312', listIter), [1000, -1000, 1000]);
  assert.deepEqual(deltas('G315', listIter), [1000, -990, 990]);
});

test('2.1 rule 4/5: collect(0) -> (0, c1+1, c2), collect(1) -> (0, 0, c2+1), collect() -> (0,0,0), freeze() -> (0,0,0)', () => {
  for (const p of ['G38', 'G311', 'G312', 'G313', 'G315'] as ProfileKey[]) {
    const h = new Heap(p);
    h.disable();
    for (let i = 0; i < 5; i++) h.alloc(spec('list', 'list'));
    h.collect(0);
    assert.deepEqual(h.getCount(), [0, 1, 0], p);
    h.alloc(spec('list', 'list'));
    h.collect(0);
    assert.deepEqual(h.getCount(), [0, 2, 0], p);
    h.collect(1);
    assert.deepEqual(h.getCount(), [0, 0, 1], p);
    h.alloc(spec('list', 'list'));
    h.collect(2);
    assert.deepEqual(h.getCount(), [0, 0, 0], p);
    h.alloc(spec('list', 'list'));
    h.collect(0);
    h.alloc(spec('list', 'list'));
    h.freeze();
    assert.deepEqual(h.getCount(), [0, 0, 0], p);
  }
});

test('2.1 rule 2: deallocations after a reset are lost (count0 floors at 0)', () => {
  const h = new Heap('G312');
  h.disable();
  const ids = Array.from({ length: 200 }, () => h.alloc(spec('set', 'set')));
  h.collect(0); // count0 := 0 while 200 sets are alive
  for (const id of ids) h.decref(id);
  assert.equal(h.getCount()[0], 0);
  h.alloc(spec('set', 'set'));
  assert.equal(h.getCount()[0], 1);
});

test('3.1 gc.disable(): counts keep growing; the first allocation after enable() triggers at once', () => {
  const h = new Heap('G38');
  h.disable();
  for (let i = 0; i < 50_000; i++) h.alloc(spec('list', 'list'));
  assert.equal(h.getCount()[0], 50_000);
  assert.equal(h.getStats().collections[0], 0);
  h.enable();
  h.alloc(spec('list', 'list'));
  assert.ok(h.getStats().collections.reduce((a, b) => a + b) === 1);
});

test('4.1 I3141: get_count after collect(0), collect(1), collect(1), collect(2): (0,1,0) (0,1,0) (0,1,0) (0,0,0)', () => {
  const h = new Heap('I3141');
  h.disable();
  for (let i = 0; i < 10; i++) h.alloc(spec('list', 'list'));
  const seen: number[][] = [];
  for (const g of [0, 1, 1, 2]) {
    h.collect(g);
    seen.push(h.getCount());
  }
  assert.deepEqual(seen, [[0, 1, 0], [0, 1, 0], [0, 1, 0], [0, 0, 0]]);
});
