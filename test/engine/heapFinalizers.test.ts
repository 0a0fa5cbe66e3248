// Finalisation order and weakrefs (section 5.3 of the GC notes, probe_finalizers.py), driven
// through HeapHooks: the heap decides when __del__ and weakref callbacks run, in which order.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, ObjId, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const ALL: ProfileKey[] = ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G3145', 'G315'];
const spec = (category: AllocSpec['category'], typeName: string, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site: Span.none, ...extra });

test('5.3 refcount death: __del__ first, then weakref callbacks most recently created first (r2, r1, r0)', () => {
  for (const p of ALL) {
    const log: string[] = [];
    const names = new Map<ObjId, string>();
    const h = new Heap(p, {
      hooks: {
        finalize: (id) => log.push(`del:${names.get(id)}`),
        weakrefCallback: (ref) => log.push(`cb:${names.get(ref)}`),
      },
    });
    const a = h.alloc(spec('instance', 'A', { hasFinalizer: true }));
    names.set(a, 'a');
    for (const n of ['r0', 'r1', 'r2']) {
      const cb = h.alloc(spec('function', 'function'));
      const r = h.alloc(spec('weakref', 'weakref'));
      names.set(r, n);
      h.setWeakTarget(r, a, cb);
      h.decref(cb);
    }
    h.decref(a);
    assert.deepEqual(log, ['del:a', 'cb:r2', 'cb:r1', 'cb:r0'], p);
  }
});

test('5.3 GC death of a ring a->b->c->d: all weakref callbacks first, then __del__ in creation order', () => {
  for (const p of ALL) {
    const log: string[] = [];
    const names = new Map<ObjId, string>();
    const h = new Heap(p, {
      hooks: {
        finalize: (id) => log.push(`del ${names.get(id)}`),
        weakrefCallback: (ref) => log.push(`cb:${names.get(ref)}`),
      },
    });
    h.disable();
    const ring = ['a', 'b', 'c', 'd'].map((n) => {
      const id = h.alloc(spec('slotsInstance', 'Ring', { hasFinalizer: true }));
      names.set(id, n);
      return id;
    });
    for (let i = 0; i < 4; i++) h.addEdge(ring[i]!, ring[(i + 1) % 4]!);
    for (const [i, n] of [[0, 'a'], [1, 'b']] as [number, string][]) {
      const cb = h.alloc(spec('function', 'function'));
      const r = h.alloc(spec('weakref', 'weakref')); // held by the test: outside the garbage
      names.set(r, n);
      h.setWeakTarget(r, ring[i]!, cb);
      h.decref(cb);
    }
    for (const id of ring) h.decref(id);
    assert.equal(h.collect(2), 4, p);
    assert.deepEqual(log, ['cb:a', 'cb:b', 'del a', 'del b', 'del c', 'del d'], p);
  }
});

test('5.3 inside __del__ during GC a plain weakref to a cycle partner is None on 3.8-3.14.2, alive on 3.15', () => {
  for (const p of ALL) {
    let seen: ObjId | null | undefined;
    let w = -1;
    const h: Heap = new Heap(p, { hooks: { finalize: () => { seen = h.weakTarget(w); } } });
    h.disable();
    const a = h.alloc(spec('slotsInstance', 'A', { hasFinalizer: true }));
    const b = h.alloc(spec('slotsInstance', 'B'));
    h.addEdge(a, b);
    h.addEdge(b, a);
    w = h.alloc(spec('weakref', 'weakref'));
    h.setWeakTarget(w, b, null);
    h.decref(a);
    h.decref(b);
    h.collect(2);
    if (p === 'G315') assert.equal(seen, b, p);
    else assert.equal(seen, null, p);
    assert.equal(h.weakTarget(w), null, `${p}: cleared once the collection is over`);
  }
});

test('5.3 a weakref that is itself part of the garbage never calls its callback', () => {
  for (const p of ALL) {
    let calls = 0;
    const h = new Heap(p, { hooks: { weakrefCallback: () => calls++ } });
    h.disable();
    const a = h.alloc(spec('slotsInstance', 'A'));
    h.addEdge(a, a);
    const cb = h.alloc(spec('function', 'function'));
    const r = h.alloc(spec('weakref', 'weakref'));
    h.setWeakTarget(r, a, cb);
    h.decref(cb);
    h.addEdge(a, r);
    h.decref(r);
    h.decref(a);
    assert.equal(h.collect(2), 3, p);
    assert.equal(calls, 0, p);
  }
});

test('5.2 step 3: each object is finalised at most once in its life, also across refcount and GC deaths', () => {
  for (const p of ALL) {
    let calls = 0;
    let keep = true;
    const h: Heap = new Heap(p, { hooks: { finalize: (id) => { calls++; if (keep) h.incref(id); } } });
    const a = h.alloc(spec('instance', 'A', { hasFinalizer: true }));
    h.decref(a); // refcount death; __del__ resurrects
    assert.equal(h.isAlive(a), true, p);
    keep = false;
    h.decref(a); // dies for good, __del__ not called again
    assert.equal(h.isAlive(a), false, p);
    assert.equal(calls, 1, p);
  }
});

test('6 deallocation cascades iteratively: a 1 000 000-long chain is freed by one decref', () => {
  const h = new Heap('G312');
  h.disable();
  const head = h.alloc(spec('list', 'list'));
  let prev = head;
  for (let i = 0; i < 1_000_000; i++) {
    const x = h.alloc(spec('list', 'list'));
    h.addEdge(prev, x);
    h.decref(x);
    prev = x;
  }
  h.decref(head);
  assert.equal(h.isAlive(prev), false);
  assert.equal(h.objectInfo(prev)!.death!.how, 'refcount');
});
