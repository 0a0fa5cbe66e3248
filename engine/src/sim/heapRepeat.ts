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

/**
 * Called once per loop iteration by the interpreter, so it hashes instead of printing: two
 * independent 32-bit lanes over every integer that decides future collections (a 64-bit key;
 * a false match within one loop's window is vanishingly unlikely).
 */
export function heapStateKey(h: Heap): string {
  let a = 0x811c9dc5 | 0, b = 0x9747b28c | 0;
  const mix = (v: number): void => {
    a = Math.imul(a ^ (v | 0), 0x01000193);
    b = Math.imul(b ^ (v | 0), 0x5bd1e995);
    b ^= b >>> 15;
    // Values past 2^32 (large tallies) also feed their high part.
    if (v > 0x7fffffff || v < -0x80000000) {
      const hi = Math.floor(v / 4294967296) | 0;
      a = Math.imul(a ^ hi, 0x01000193);
      b = Math.imul(b ^ hi, 0x5bd1e995);
    }
  };
  const c = h.counts, t = h.threshold, sz = h.s.size, fl = h.flOcc;
  mix(c[0]); mix(c[1]); mix(c[2]);
  mix(t[0]); mix(t[1]); mix(t[2]);
  mix((h.enabled ? 1 : 0) | (h.scheduled ? 2 : 0));
  mix(h.longLivedPending); mix(h.longLivedTotal);
  mix(sz[0]!); mix(sz[1]!); mix(sz[2]!); mix(sz[3]!);
  mix(h.opaqueOld); mix(h.opaquePerm); mix(h.debugFlags);
  for (let i = 0; i < fl.length; i++) mix(fl[i]!);
  const inc = h.inc;
  if (inc) {
    mix(inc.workToDo); mix(inc.phase === 'MARK' ? 1 : 2); mix(inc.visitedSpace); mix(inc.opaquePending); mix(inc.heapSize);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
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
