// Automatic-collection timing at heap level against the trigger measurements of sections 3.1,
// 3.5 and 4.1 of the GC notes (probe_triggers.py / probe_incremental.py on real interpreters).
// The start-up heap sizes are the ones the probes measured (model_generational.py's heap0): the
// probes ran gc.collect() first, so long_lived_total starts equal to that heap.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const LIST = { category: 'list' as const, typeName: 'list', site: Span.none };
const HEAP0: Partial<Record<ProfileKey, number>> = { G38: 4491, G39: 4491, G311: 4491, G312: 4984, G313: 5075, G315: 20568 };

function probeHeap(p: ProfileKey, threshold?: [number, number, number], recordObjects = true): Heap {
  const heap0 = HEAP0[p]!;
  return new Heap(p, { startupHeap: heap0, longLivedTotal: heap0, recordObjects, ...(threshold ? { threshold } : {}) });
}

/** `keep.append([])` n times; 3.12+ check the eval breaker at the loop's back edge. */
function keepAlive(h: Heap, n: number): void {
  for (let i = 0; i < n; i++) {
    h.alloc(LIST); // held by `keep` (outside the heap's view): refcount 1 forever
    h.checkpoint();
  }
}

/** `l = []; l.append(l)` n times: the previous list dies into cyclic garbage at the rebinding. */
function cyclicLists(h: Heap, n: number): void {
  let l = -1;
  for (let i = 0; i < n; i++) {
    const x = h.alloc(LIST);
    if (l >= 0) h.decref(l);
    l = x;
    h.addEdge(l, l);
    h.checkpoint();
  }
}

test('3.5 thresholds (10,3,2), 3.8-3.11: gen-0 inside the 11th allocation (count 10 -> 0), gen-1 after 4 gen-0', () => {
  for (const p of ['G38', 'G39', 'G311'] as ProfileKey[]) {
    const h = probeHeap(p, [10, 3, 2]);
    const seen: number[] = [];
    for (let i = 0; i < 55; i++) {
      h.alloc(LIST);
      seen.push(h.getCount()[0]);
    }
    assert.deepEqual(seen.slice(8, 12), [9, 10, 0, 1], p);
    assert.deepEqual(h.collections().map((r) => [r.tick, r.generation]), [[11, 0], [22, 0], [33, 0], [44, 0], [55, 1]], p);
  }
});

test('3.5 thresholds (10,3,2), 3.12+: count reads 11 after the allocation, collection at the next check point', () => {
  for (const p of ['G312', 'G313', 'G315'] as ProfileKey[]) {
    const h = probeHeap(p, [10, 3, 2]);
    const seen: number[] = [];
    for (let i = 0; i < 23; i++) {
      h.alloc(LIST);
      seen.push(h.getCount()[0]); // the poll runs before the check point
      h.checkpoint();
    }
    assert.deepEqual(seen.slice(9, 13), [10, 11, 1, 2], p);
    assert.equal(h.collections().length, 2, p);
    assert.deepEqual(h.collections().map((r) => r.tick), [11, 22], p);
  }
});

test('3.1 D: allocations with no check point between them: a collection every 11 on 3.8-3.11, one at the check point on 3.12+', () => {
  // The probe measured 3 vs 1 for a 31-list expression after its own preamble had already
  // allocated a few objects; from counts (0,0,0) 33 allocations give the same 3 vs 1.
  for (const [p, want] of [['G38', 3], ['G311', 3], ['G312', 1], ['G313', 1], ['G315', 1]] as [ProfileKey, number][]) {
    const h = probeHeap(p, [10, 10, 10]);
    for (let i = 0; i < 33; i++) h.alloc(LIST);
    h.checkpoint();
    assert.equal(h.getStats().collections[0], want, p);
  }
});

test('3.5 kept-alive lists x 100 000: [130, 11, 1] on 3.8-3.12, [45, 4, 0] on 3.13/3.15', () => {
  for (const [p, want] of [
    ['G38', [130, 11, 1]], ['G39', [130, 11, 1]], ['G311', [130, 11, 1]], ['G312', [130, 11, 1]],
    ['G313', [45, 4, 0]], ['G315', [45, 4, 0]],
  ] as [ProfileKey, number[]][]) {
    const h = probeHeap(p);
    keepAlive(h, 100_000);
    assert.deepEqual(h.getStats().collections, want, p);
  }
});

test('3.5 kept-alive lists x 1 000 000: [1300, 118, 8] on 3.8/3.12, [455, 41, 3] on 3.13/3.15', () => {
  for (const [p, want] of [
    ['G38', [1300, 118, 8]], ['G312', [1300, 118, 8]], ['G313', [455, 41, 3]], ['G315', [455, 41, 3]],
  ] as [ProfileKey, number[]][]) {
    const h = probeHeap(p);
    keepAlive(h, 1_000_000);
    assert.deepEqual(h.getStats().collections, want, p);
  }
});

test('3.5 + 2.2 self-referencing lists x 100 000: [118, 10, 0] on 3.8-3.12, [44, 4, 0] on 3.13/3.15 (list free list)', () => {
  for (const [p, want, collected] of [
    ['G38', [118, 10, 0], 99_859], ['G311', [118, 10, 0], null], ['G312', [118, 10, 0], null],
    ['G313', [44, 4, 0], 99_796], ['G315', [44, 4, 0], 99_796],
  ] as [ProfileKey, number[], number | null][]) {
    const h = probeHeap(p);
    cyclicLists(h, 100_000);
    const st = h.getStats();
    assert.deepEqual(st.collections, want, p);
    if (collected !== null) {
      // The probe's own bookkeeping (its callback, the stats lists) adds a few objects the heap-level
      // workload does not make: agree within 0.02 %.
      const total = st.collected[0] + st.collected[1] + st.collected[2];
      assert.ok(Math.abs(total - collected) <= 20, `${p}: ${total} vs measured ${collected}`);
    }
  }
});

test('2.2 the free list shifts the period: a gen-0 collection every 781 allocations on 3.8-3.12', () => {
  const h = probeHeap('G38');
  cyclicLists(h, 5000);
  const ticks = h.collections().map((r) => r.tick);
  assert.equal(ticks[0], 701);
  for (let i = 1; i < ticks.length; i++) assert.equal(ticks[i]! - ticks[i - 1]!, 781);
});

test('4.1 3.14.2 incremental: 100 000 self-referencing lists -> 49 increments, productive #17 #31 #43', () => {
  const collected: number[] = [];
  const gens = new Set<number>();
  const h = new Heap('I3141', {
    startupHeap: 20_571, // tracked objects after gc.collect() in probe_incremental.py
    hooks: { gcCallback: (phase, info) => { if (phase === 'stop') { collected.push(info.collected); gens.add(info.generation); } } },
  });
  cyclicLists(h, 100_000);
  assert.equal(collected.length, 49);
  assert.deepEqual([...gens], [1]); // increments report generation 1
  const productive = collected.flatMap((c, i) => (c > 0 ? [i + 1] : []));
  assert.deepEqual(productive, [17, 31, 43]);
  // Measured 34 017, 28 014, 24 012: all young garbage since the previous productive increment.
  // FIXME: the heap keeps the list bound to `l` at each increment alive (as it is); the measured
  // numbers include one or two objects more that this heap-level workload does not create.
  const measured = [34_017, 28_014, 24_012];
  productive.forEach((idx, k) => {
    const got = collected[idx - 1]!;
    assert.ok(got <= measured[k]! && measured[k]! - got <= 2, `#${idx}: ${got} vs ${measured[k]}`);
  });
  assert.deepEqual(h.getStats().collections, [0, 3, 0]); // stats only for increments that collected
});

/** Runs `body` per iteration on a 3.14.2 heap with the probe's start-up heap; returns callbacks. */
function incremental(n: number, body: (h: Heap) => void, threshold?: [number, number, number]) {
  const collected: number[] = [];
  const h = new Heap('I3141', {
    startupHeap: 20_571,
    ...(threshold ? { threshold } : {}),
    hooks: { gcCallback: (phase, info) => { if (phase === 'stop') collected.push(info.collected); } },
  });
  for (let i = 0; i < n; i++) {
    body(h);
    h.checkpoint();
  }
  return { h, collected };
}

test('3.5 3.14.2: 50 000 two-instance cycles -> 49 increments, get_stats [0, 3, 0]', () => {
  const INST = { category: 'instance' as const, typeName: 'Node', site: Span.none };
  const { h, collected } = incremental(50_000, (hh) => {
    const a = hh.alloc(INST), b = hh.alloc(INST);
    hh.addEdge(a, b);
    hh.addEdge(b, a);
    hh.decref(a);
    hh.decref(b);
  });
  assert.equal(collected.length, 49);
  assert.deepEqual(h.getStats().collections, [0, 3, 0]);
});

test('4.1 3.14.2: threshold0 = 100 and 3 000 cycles -> 29 increments that collect nothing', () => {
  let l = -1;
  const { collected } = incremental(3000, (h) => {
    const x = h.alloc(LIST);
    if (l >= 0) h.decref(l);
    l = x;
    h.addEdge(l, l);
  }, [100, 10, 0]);
  assert.equal(collected.length, 29);
  assert.ok(collected.every((c) => c === 0));
});

test('3.5 the same periods without per-object records (ids reused): [118, 10, 0] on 3.8, [44, 4, 0] on 3.13', () => {
  for (const [p, want] of [['G38', [118, 10, 0]], ['G313', [44, 4, 0]]] as [ProfileKey, number[]][]) {
    const h = probeHeap(p, undefined, false);
    cyclicLists(h, 100_000);
    assert.deepEqual(h.getStats().collections, want, p);
    const freed = h.freedBySite().reduce((a, t) => a + t.count, 0);
    const st = h.getStats();
    assert.equal(freed, st.collected[0] + st.collected[1] + st.collected[2], `${p}: tallies add up to what was collected`);
  }
});

test('3.5 50 000 two-instance cycles: [235, 21, 0] on 3.8-3.10 (instance dicts), [131, 11, 0] on 3.11/3.12, [45, 4, 0] on 3.13/3.15', () => {
  const INST = { category: 'instance' as const, typeName: 'Node', site: Span.none };
  const DICT = { category: 'instanceDict' as const, typeName: 'dict', site: Span.none, itemsMayBeTracked: true };
  for (const [p, want] of [
    ['G38', [235, 21, 0]], ['G39', [235, 21, 0]], ['G311', [131, 11, 0]], ['G312', [131, 11, 0]],
    ['G313', [45, 4, 0]], ['G315', [45, 4, 0]],
  ] as [ProfileKey, number[]][]) {
    const h = probeHeap(p);
    const dicts = p === 'G38' || p === 'G39';
    /** o.attr = v: 3.8-3.10 allocate the instance dict at the first attribute store (1.5). */
    const setAttr = (o: number, v: number) => {
      if (!dicts) return h.addEdge(o, v);
      const d = h.alloc(DICT);
      h.addEdge(o, d);
      h.decref(d);
      h.addEdge(d, v);
    };
    let a = -1, b = -1;
    for (let i = 0; i < 50_000; i++) {
      const na = h.alloc(INST); // a = Node(): the old a dies into its cycle at the rebinding
      if (a >= 0) h.decref(a);
      a = na;
      const nb = h.alloc(INST);
      if (b >= 0) h.decref(b);
      b = nb;
      setAttr(a, b);
      setAttr(b, a);
      h.checkpoint();
    }
    assert.deepEqual(h.getStats().collections, want, p);
  }
});

test('3.5 short-lived (refcount-freed) lists x 100 000: no collection at all on any version', () => {
  for (const p of ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G315'] as ProfileKey[]) {
    const h = new Heap(p);
    for (let i = 0; i < 100_000; i++) {
      h.decref(h.alloc(LIST)); // l = [] rebinding: the old list dies by refcount
      h.checkpoint();
    }
    assert.equal(h.collections().length, 0, p);
  }
});

// Measured for this suite with CPython 3.11.7 / 3.12.1 / 3.13.0 (native) and 3.14.2 / 3.15.0rc1
// (Pyodide) running:
//   import gc
//   seen = []
//   def cb(phase, info):
//       if phase == "start": seen.append(gc.isenabled())
//   gc.collect(); gc.set_threshold(10)
//   gc.callbacks.append(cb)
//   x = [[],[],[],[],[],[],[],[],[],[],[],[],[]]; gc.disable()
//   gc.callbacks.remove(cb)
//   print("enabled_at_collection", seen, gc.get_count())
// -> 3.12.1: [False] (0, 1, 0); 3.13.0: [] (15, 0, 0); 3.14.2: [] (14, 0, 0); 3.15rc1: [] (15, 0, 0).
test('3.1 a collection scheduled before gc.disable() still runs at the check point on 3.12, not on 3.13+', () => {
  for (const [p, runs] of [['G312', true], ['G313', false], ['I3141', false], ['G315', false]] as [ProfileKey, boolean][]) {
    const seen: boolean[] = [];
    const h: Heap = new Heap(p, { threshold: [10, 10, 10], hooks: { gcCallback: (phase) => { if (phase === 'start') seen.push(h.isEnabled()); } } });
    for (let i = 0; i < 14; i++) h.alloc(LIST); // the outer list and its 13 items: no check point
    h.disable(); // a builtin call: the check point comes after it
    h.checkpoint();
    assert.deepEqual(seen, runs ? [false] : [], p);
  }
});
