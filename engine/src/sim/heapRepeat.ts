// Loop acceleration support (HeapRepeatApi): a key of the GC state that decides future
// collections, and replaying the cumulative effect of a detected loop period without simulating
// it (ticks, stats, work, collection records as repeated records, per-site tallies).

import type { Heap } from './heap';
import type { HeapStats } from './heapApi';

interface HeapMark {
  ticks: number;
  stats: HeapStats;
  records: number;
  work: number;
  tallies: Map<number, number>;
}

// Hash lanes of heapStateKey (module state keeps mix() a plain, inlinable function).
let laneA = 0;
let laneB = 0;

function mix(v: number): void {
  laneA = Math.imul(laneA ^ v, 0x01000193);
  laneB = Math.imul(laneB ^ v, 0x5bd1e995);
}

/** Mixes a non-negative count that may exceed 32 bits (ticks-like values). */
function mixWide(v: number): void {
  mix(v | 0);
  if (v > 0x7fffffff || v < 0) mix(Math.floor(v / 4294967296) | 0);
}

/**
 * Called once per loop iteration by the interpreter, so it hashes instead of printing: two
 * independent 32-bit lanes over every integer that decides future collections (a 64-bit key;
 * a false match within one loop's window is vanishingly unlikely).
 */
export function heapStateKey(h: Heap): string {
  laneA = 0x811c9dc5 | 0;
  laneB = 0x9747b28c | 0;
  const c = h.counts, t = h.threshold, sz = h.s.size;
  mixWide(c[0]); mixWide(c[1]); mixWide(c[2]);
  mixWide(t[0]); mixWide(t[1]); mixWide(t[2]);
  mix((h.enabled ? 1 : 0) | (h.scheduled ? 2 : 0));
  mixWide(h.longLivedPending); mixWide(h.longLivedTotal);
  mix(sz[0]!); mix(sz[1]!); mix(sz[2]!); mix(sz[3]!);
  mixWide(h.opaqueOld); mixWide(h.opaquePerm); mix(h.debugFlags);
  // Free-list occupancy enters through its incrementally kept weighted sums.
  mix(h.flSigA); mix(h.flSigB);
  const inc = h.inc;
  if (inc) {
    mixWide(inc.workToDo); mix(inc.phase === 'MARK' ? 1 : 2); mix(inc.visitedSpace); mixWide(inc.opaquePending); mixWide(inc.heapSize);
  }
  // Four UTF-16 code units: cheaper to build and compare than printed numbers.
  return String.fromCharCode(laneA & 0xffff, laneA >>> 16, laneB & 0xffff, laneB >>> 16);
}

export function heapMark(h: Heap): unknown {
  const m: HeapMark = {
    ticks: h.ticks,
    stats: h.getStats(),
    records: h.records.length,
    work: h.work,
    tallies: new Map(h.siteTallies),
  };
  return m;
}

export function heapRepeatSince(h: Heap, mark: unknown, times: number): void {
  const m = mark as HeapMark;
  if (times <= 0) return;
  h.ticks += (h.ticks - m.ticks) * times;
  h.work += (h.work - m.work) * times;
  const st = h.stats;
  for (let g = 0; g < 3; g++) {
    st.collections[g] += (st.collections[g]! - m.stats.collections[g]!) * times;
    st.collected[g] += (st.collected[g]! - m.stats.collected[g]!) * times;
    st.uncollectable[g] += (st.uncollectable[g]! - m.stats.uncollectable[g]!) * times;
  }
  for (let i = m.records; i < h.records.length; i++) {
    const r = h.records[i]!;
    r.repeat = (r.repeat ?? 1) * (times + 1);
  }
  for (const [k, v] of h.siteTallies) {
    const d = v - (m.tallies.get(k) ?? 0);
    if (d > 0) h.siteTallies.set(k, v + d * times);
  }
}
