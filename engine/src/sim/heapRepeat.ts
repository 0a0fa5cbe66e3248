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

export function heapStateKey(h: Heap): string {
  // Called once per loop iteration by the interpreter: a template string, no arrays.
  const c = h.counts, t = h.threshold, sz = h.s.size, fl = h.flOcc;
  let free = '';
  for (let i = 0; i < fl.length; i++) if (fl[i] !== 0) free += `${i}:${fl[i]},`;
  const inc = h.inc ? `${h.inc.key()},${h.inc.heapSize}` : '';
  return `${c[0]},${c[1]},${c[2]}|${t[0]},${t[1]},${t[2]}|${h.enabled ? 1 : 0}${h.scheduled ? 1 : 0}|` +
    `${h.longLivedPending},${h.longLivedTotal}|${sz[0]},${sz[1]},${sz[2]},${sz[3]},${h.opaqueOld},${h.opaquePerm}|` +
    `${free}|${h.debugFlags}|${inc}`;
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
