// What the heap records for explanations and timelines: collection records, object info for live
// and freed objects, referrers, and loop acceleration (HeapRepeatApi). Object kinds per collection
// follow appendix B of the GC notes; the accelerated run is checked against the plain run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const spec = (category: AllocSpec['category'], typeName: string, site = Span.none, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site, ...extra });

/** Two instances in a cycle, 3.8 style (instance dicts) or 3.11+ style (inline values). */
function twoInstances(h: Heap, dicts: boolean, site: Span): number[] {
  const a = h.alloc(spec('instance', 'A', site)), b = h.alloc(spec('instance', 'A', site));
  const owners = [a, b];
  if (dicts) {
    for (let i = 0; i < 2; i++) {
      const d = h.alloc(spec('instanceDict', 'dict', site, { itemsMayBeTracked: true }));
      h.addEdge(owners[i]!, d);
      h.decref(d);
      owners[i] = d;
    }
  }
  h.addEdge(owners[0]!, b);
  h.addEdge(owners[1]!, a);
  return [a, b];
}

test('appendix B: the record of a collection lists what it freed (3.8: A A dict dict; 3.11+: A A) with death info', () => {
  for (const [p, types] of [['G38', ['A', 'A', 'dict', 'dict']], ['G312', ['A', 'A']], ['I3141', ['A', 'A']]] as [ProfileKey, string[]][]) {
    const site = Span.create(3, 4, 3, 7);
    const collectSite = Span.create(9, 0, 9, 12);
    const h = new Heap(p);
    h.disable();
    const [a, b] = twoInstances(h, p === 'G38', site);
    assert.deepEqual(h.referrers(a!).length, 1, p);
    h.decref(a!);
    h.decref(b!);
    h.setSite(collectSite);
    assert.equal(h.collect(2), types.length, p);
    const rec = h.collections()[0]!;
    assert.equal(rec.trigger, 'explicit');
    assert.equal(rec.generation, 2);
    assert.equal(rec.collected, types.length);
    assert.deepEqual(rec.site, collectSite);
    assert.deepEqual(rec.freed.map((id) => h.objectInfo(id)!.typeName).sort(), types, p);
    const info = h.objectInfo(a!)!;
    assert.equal(info.refcount, 0);
    assert.equal(info.tracked, false);
    assert.deepEqual(info.site, site);
    assert.deepEqual(info.death, { how: 'gc', tick: h.tick(), site: collectSite, collection: 0 }, p);
  }
});

test('6 an object freed by refcount records how, where and when it died', () => {
  const h = new Heap('G311');
  const l = h.alloc(spec('list', 'list', Span.create(1, 0, 1, 2)));
  h.setSite(Span.create(2, 0, 2, 5));
  h.decref(l);
  const info = h.objectInfo(l)!;
  assert.equal(info.death!.how, 'refcount');
  assert.equal(info.death!.collection, null);
  assert.deepEqual(info.death!.site, Span.create(2, 0, 2, 5));
  assert.equal(h.isAlive(l), false);
});

test('recordObjects: false keeps per-site tallies of what collections freed instead of ids', () => {
  const site = Span.create(5, 8, 5, 10);
  const h = new Heap('G312', { recordObjects: false });
  h.disable();
  for (let i = 0; i < 10; i++) {
    const l = h.alloc(spec('list', 'list', site));
    h.addEdge(l, l);
    h.decref(l);
  }
  assert.equal(h.collect(2), 10); // 5.4: one per self-referencing list
  const rec = h.collections()[0]!;
  assert.deepEqual(rec.freed, []);
  assert.deepEqual(rec.freedSites, [{ site, typeName: 'list', count: 10 }]);
  assert.deepEqual(h.freedBySite(), [{ site, typeName: 'list', count: 10 }]);
});

test('7 DEBUG_STATS sizes: "objects in each generation" counts tracked objects incl. the start-up heap; 3.12 permanent 375', () => {
  const h = new Heap('G312', { startupHeap: 4796 });
  h.disable();
  for (let i = 0; i < 9; i++) h.alloc(spec('list', 'list'));
  h.collect(2);
  assert.deepEqual(h.collections()[0]!.sizesBefore, [9, 0, 4796]);
  assert.equal(h.collections()[0]!.permanentBefore, 375);
});

/** Cyclic garbage lists with small thresholds: a workload whose GC state becomes periodic. */
function runCyclic(h: Heap, n: number, accelerate: boolean): void {
  let l = -1;
  const seen = new Map<string, number>();
  let i = 0;
  while (i < n) {
    const x = h.alloc(spec('list', 'list'));
    if (l >= 0) h.decref(l);
    l = x;
    h.addEdge(l, l);
    h.checkpoint();
    i++;
    if (!accelerate) continue;
    const key = h.gcStateKey();
    const j = seen.get(key);
    if (j === undefined) {
      seen.set(key, i);
      continue;
    }
    // Period i - j found: simulate one more period from a mark, then replay the rest.
    const period = i - j;
    const mark = h.mark();
    for (let k = 0; k < period && i < n; k++, i++) {
      const y = h.alloc(spec('list', 'list'));
      h.decref(l);
      l = y;
      h.addEdge(l, l);
      h.checkpoint();
    }
    const times = Math.floor((n - i) / period);
    h.repeatSince(mark, times);
    i += times * period;
    accelerate = false;
  }
}

test('HeapRepeatApi: replaying detected periods gives the plain run\'s ticks, stats and collections', () => {
  for (const p of ['G38', 'G312', 'G313', 'G315'] as ProfileKey[]) {
    const opts = { threshold: [10, 2, 2] as [number, number, number], startupHeap: 0 };
    const plain = new Heap(p, opts);
    runCyclic(plain, 20_000, false);
    const fast = new Heap(p, opts);
    runCyclic(fast, 20_000, true);
    assert.equal(fast.tick(), plain.tick(), p);
    assert.deepEqual(fast.getStats(), plain.getStats(), p);
    const count = (h: Heap) => h.collections().reduce((a, r) => a + (r.repeat ?? 1), 0);
    assert.equal(count(fast), count(plain), p);
    assert.ok(fast.collections().length < plain.collections().length / 4, `${p}: most collections replayed`);
  }
});

test('3.1 <=3.11: a collection inside an allocation may run __del__ that allocates; the new object keeps its own type', () => {
  let h: Heap;
  h = new Heap('G38', { threshold: [3, 10, 10], hooks: { finalize: () => { h.decref(h.alloc(spec('dict', 'dict'))); } } });
  const a = h.alloc(spec('instance', 'WithDel', Span.none, { hasFinalizer: true }));
  h.addEdge(a, a);
  h.decref(a); // garbage with a finalizer, waiting in generation 0
  h.alloc(spec('set', 'set'));
  h.alloc(spec('set', 'set'));
  const l = h.alloc(spec('list', 'list')); // count0 4 > 3: the collection runs inside this call
  assert.equal(h.collections().length, 1);
  assert.equal(h.isAlive(a), false);
  assert.equal(h.objectInfo(l)!.typeName, 'list');
  assert.equal(h.objectInfo(l)!.category, 'list');
});
