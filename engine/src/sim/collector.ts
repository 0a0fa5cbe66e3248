// The generational collector (sections 3.2, 3.3, 5.1, 5.2 of the GC notes): generation choice
// with the long-lived heuristic, one collection of generation g, and the handling of the
// unreachable set (legacy finalizers, weakrefs, PEP 442 finalizers, resurrection, tp_clear)
// that the incremental collector shares.

import { CAT_TUPLE, type Heap } from './heap';
import type { Trigger } from './heapApi';
import {
  F2_GCDEATH, F2_LEGACY, F2_WEAKREF, F2_WEAKREFD, F_ALIVE, F_EXAM, F_FINALIZED, F_HASFIN, F_INU, F_REACH, F_TRACKED, H_GEN2, H_TMP, H_U,
} from './heapStore';

const DEBUG_SAVEALL = 32;

/** 3.2: oldest g with count[g] > threshold[g]; gen 2 skipped while pending < total / 4. */
export function selectGeneration(h: Heap): number {
  for (let g = 2; g >= 0; g--) {
    if (h.counts[g]! > h.threshold[g]!) {
      if (g === 2 && h.longLivedPending < Math.floor(h.longLivedTotal / 4)) continue;
      return g;
    }
  }
  return -1;
}

/** One collection of generation g (3.3). Returns m + n. */
export function collectGeneration(h: Heap, g: number, trigger: Trigger): number {
  const s = h.s;
  h.collecting = true;
  const index = h.records.length;
  const countsBefore = h.getCount();
  h.hooks.gcCallback?.('start', { generation: g, collected: 0, uncollectable: 0 });
  h.sizesBefore = h.generationSizes();
  h.permanentBefore = h.getFreezeCount();
  if (g < 2) h.counts[g + 1]++;
  for (let i = 0; i <= g; i++) h.counts[i] = 0;
  for (let i = 0; i < g; i++) s.merge(i, g);
  const opaque = g === 2 ? h.opaqueOld : 0;
  const examined = s.size[g]! + opaque;
  findUnreachable(h, g);
  untrackTuples(h, g);
  if (g === 2 && h.prof.lazyDicts) untrackDicts(h, g);
  const survivors = s.size[g]! + opaque;
  let promoted = 0;
  const old = g < 2 ? g + 1 : 2;
  if (g < 2) {
    promoted = survivors;
    if (g === 1) h.longLivedPending += survivors;
    s.merge(g, old);
  } else {
    h.longLivedPending = 0;
    h.longLivedTotal = survivors;
  }
  const { m, n } = handleUnreachable(h, old, index);
  if (g === 2) h.clearFreeLists();
  finishRecord(h, { index, g, trigger, m, n, examined, promoted, countsBefore, statGen: g, reportGen: g });
  return m + n;
}

export interface FinishInfo {
  index: number;
  g: number;
  trigger: Trigger;
  m: number;
  n: number;
  examined: number;
  promoted: number;
  countsBefore: [number, number, number];
  /** Stats row to add to, or -1 (3.14 increments that stopped before collecting). */
  statGen: number;
  reportGen: number;
}

/** Stats, the collection record, the 'stop' callback; ends the collection. */
export function finishRecord(h: Heap, f: FinishInfo): void {
  if (f.statGen >= 0) {
    h.stats.collections[f.statGen]++;
    h.stats.collected[f.statGen] += f.m;
    h.stats.uncollectable[f.statGen] += f.n;
  }
  h.work += f.examined;
  h.flushTallyRun();
  const tallies = h.collectionTallies ?? new Map<number, number>();
  const rec = {
    index: f.index,
    tick: h.ticks,
    generation: f.reportGen,
    trigger: f.trigger,
    site: h.currentSite(),
    collected: f.m,
    uncollectable: f.n,
    examined: f.examined,
    promoted: f.promoted,
    countsBefore: f.countsBefore,
    countsAfter: h.getCount(),
    sizesBefore: h.sizesBefore,
    permanentBefore: h.permanentBefore,
    freed: h.collectionFreed,
    ...(tallies.size > 0 ? { freedSites: h.talliesToList(tallies) } : {}),
  };
  for (const [k, v] of tallies) h.siteTallies.set(k, (h.siteTallies.get(k) ?? 0) + v);
  h.records.push(rec);
  h.collectionFreed = [];
  h.collectionTallies = null;
  // Callbacks run while the collection still counts as running (gc.collect() inside returns 0).
  try {
    h.hooks.gcCallback?.('stop', { generation: f.reportGen, collected: f.m, uncollectable: f.n });
  } finally {
    h.collecting = false;
  }
}

/**
 * 5.1, as CPython does it: update_refs, subtract_refs, move_unreachable. Objects of list `head`
 * whose references all come from other objects of the list (through traversed edges), and
 * everything only they reach, move to H_U (flag F_INU) in scan order. The survivors keep their
 * order except that objects first thought unreachable and then rescued move to the end: the
 * order untrack_tuples sees (1.3).
 */
export function findUnreachable(h: Heap, head: number): void {
  const s = h.s;
  const { next, flags, gcRefs, rc, cat } = s;
  let tuples = false;
  for (let x = next[head]!; x !== head; x = next[x]!) {
    if (cat[x] === CAT_TUPLE) tuples = true;
    gcRefs[x] = rc[x]!;
    flags[x] |= F_EXAM;
  }
  h.examinedTuples = tuples;
  for (let x = next[head]!; x !== head; x = next[x]!) {
    for (let i = 0, n = s.degree(x); i < n; i++) {
      const t = s.edge(x, i);
      if (t >= 0 && flags[t]! & F_EXAM) gcRefs[t]--;
    }
  }
  // move_unreachable: one scan; the list grows at its end with rescued objects.
  let uFlags = 0, uFlags2 = 0;
  const flags2 = s.flags2;
  for (let x = next[head]!; x !== head;) {
    if (gcRefs[x]! > 0) {
      for (let i = 0, n = s.degree(x); i < n; i++) {
        const t = s.edge(x, i);
        if (t < 0) continue;
        const ft = flags[t]!;
        if (!(ft & F_EXAM)) continue;
        if (ft & F_INU) {
          flags[t] = ft & ~F_INU;
          gcRefs[t] = 1;
          s.move(t, head);
        } else if (gcRefs[t]! <= 0) gcRefs[t] = 1;
      }
      flags[x] &= ~F_EXAM;
      x = next[x]!;
    } else {
      const nx = next[x]!;
      flags[x] |= F_INU;
      s.move(x, H_U);
      x = nx;
    }
  }
  // Which special objects U holds, so handleUnreachable can skip whole passes.
  for (let x = next[H_U]!; x !== H_U; x = next[x]!) {
    const f = flags[x]! & ~F_EXAM;
    flags[x] = f;
    uFlags |= f;
    uFlags2 |= flags2[x]!;
  }
  h.uFlags |= uFlags;
  h.uFlags2 |= uFlags2;
}

/** "May be tracked" (_PyObject_GC_MAYBE_TRACKED): any GC object except an untracked tuple. */
function allItemsUntracked(h: Heap, x: number): boolean {
  const s = h.s;
  for (let i = 0, n = s.degree(x); i < n; i++) {
    const e = s.edge(x, i);
    const t = e >= 0 ? e : ~e;
    if (!h.isTupleObj(t) || h.s.flags[t]! & F_TRACKED) return false;
  }
  return true;
}

/**
 * 1.3 (untrack_tuples): surviving tuples whose items are all atoms or untracked tuples are
 * untracked, one after the other in list order (an outer tuple whose inner tuple comes later in
 * the list needs another collection). 3.14.1+ differ only because more inner tuples are
 * untracked from birth. afterFind = false: a list findUnreachable did not scan (the young list
 * before an increment).
 */
export function untrackTuples(h: Heap, head: number, afterFind = true): void {
  const s = h.s;
  if (afterFind && !h.examinedTuples) return;
  for (let x = s.next[head]!; x !== head;) {
    const nx = s.next[x]!;
    if (h.isTupleObj(x) && allItemsUntracked(h, x)) h.untrack(x);
    x = nx;
  }
}

/** 1.4 (<=3.13, full collections): dicts holding nothing that may be tracked are untracked. */
export function untrackDicts(h: Heap, head: number): void {
  const s = h.s;
  const drop: number[] = [];
  for (let x = s.next[head]!; x !== head; x = s.next[x]!) {
    if (h.isDictObj(x) && allItemsUntracked(h, x)) drop.push(x);
  }
  for (const x of drop) h.untrack(x);
}

/** Moves `x` and everything in H_U it reaches through traversed edges to list `to`. */
function moveReachableFromU(h: Heap, x: number, to: number): void {
  const s = h.s;
  const stack = [x];
  s.flags[x] &= ~F_INU;
  s.move(x, to);
  while (stack.length > 0) {
    const y = stack.pop()!;
    for (let i = 0, n = s.degree(y); i < n; i++) {
      const t = s.edge(y, i);
      if (t >= 0 && s.flags[t]! & F_INU) {
        s.flags[t] &= ~F_INU;
        s.move(t, to);
        stack.push(t);
      }
    }
  }
}

/**
 * 5.2 on the unreachable set H_U; survivors of any kind go to list `old`. Returns m (freed,
 * including weakrefs freed after their callbacks) and n (legacy-finalizer set).
 */
export function handleUnreachable(h: Heap, old: number, index: number): { m: number; n: number } {
  const s = h.s;
  const p = h.prof;
  h.currentCollection = index;
  h.collectionFreed = [];
  h.collectionTallies = new Map();
  const saveAll = (h.debugFlags & DEBUG_SAVEALL) !== 0;
  const uFlags = h.uFlags, uFlags2 = h.uFlags2;
  h.uFlags = 0;
  h.uFlags2 = 0;
  // 1. Legacy finalizers: they and all they reach in U become uncollectable.
  let n = 0;
  if (uFlags2 & F2_LEGACY) {
    for (const x of s.ids(H_U)) {
      if (s.flags[x]! & F_INU && h.hasLegacyFinalizer(x)) moveReachableFromU(h, x, H_TMP);
    }
    n = s.size[H_TMP]!;
    for (const x of s.ids(H_TMP)) if (saveAll || h.hasLegacyFinalizer(x)) h.addGarbage(x);
    s.merge(H_TMP, old);
  }
  // 2. Weakrefs: clear all to U (3.15: only those with callbacks now), then call the callbacks
  //    of weakrefs outside U.
  let wrFreed = 0;
  const toCall: number[] = [];
  if (uFlags2 & (F2_WEAKREF | F2_WEAKREFD)) {
    for (const x of s.ids(H_U)) {
      const f2 = s.flags2[x]!;
      if (!(f2 & (F2_WEAKREF | F2_WEAKREFD)) || !(s.flags[x]! & F_INU)) continue;
      if (f2 & F2_WEAKREF && h.weakTarget(x) !== null) h.clearWeakref(x);
      if (!(f2 & F2_WEAKREFD)) continue;
      for (const wr of h.weakrefsOf(x)) {
        const cb = h.weakrefCallbackOf(wr);
        if (p.lateWeakrefClear && cb < 0) continue;
        h.clearWeakref(wr);
        if (cb >= 0 && !(s.flags[wr]! & F_INU)) {
          h.incref(wr);
          toCall.push(wr);
        }
      }
    }
  }
  for (const wr of toCall) {
    const cb = h.weakrefCallbackOf(wr);
    if (cb >= 0 && s.flags[cb]! & F_ALIVE) h.hooks.weakrefCallback?.(wr, cb);
    h.decref(wr);
    if (!(s.flags[wr]! & F_ALIVE)) wrFreed++;
  }
  // 3. PEP 442 finalizers, once per object, in U-list order.
  let ran = toCall.length > 0;
  if (uFlags & F_HASFIN) {
    for (const x of s.ids(H_U)) {
      if ((s.flags[x]! & (F_ALIVE | F_INU | F_HASFIN | F_FINALIZED)) === (F_ALIVE | F_INU | F_HASFIN)) {
        s.flags[x] |= F_FINALIZED;
        ran = true;
        h.hooks.finalize?.(x);
      }
    }
  }
  // 4. Resurrection: what is referenced from outside U now survives (3.8: all of U survives).
  if (ran) {
    const resurrected = resurrectedIn(h);
    if (resurrected.length > 0) {
      if (p.resurrection === 'wholeSet') {
        for (const x of s.ids(H_U)) s.flags[x] &= ~F_INU;
        s.merge(H_U, old);
        h.currentCollection = -1;
        return { m: 0, n };
      }
      for (const x of resurrected) {
        s.flags[x] &= ~F_INU;
        s.move(x, old);
      }
    }
  }
  // 5. 3.15: the weakrefs without callbacks; 3.14.5+: a second clearing before tp_clear.
  if (p.lateWeakrefClear || p.secondWeakrefClear) {
    for (let x = s.next[H_U]!; x !== H_U; x = s.next[x]!) {
      if (s.flags2[x]! & F2_WEAKREFD) for (const wr of h.weakrefsOf(x)) h.clearWeakref(wr);
    }
  }
  const m = s.size[H_U]! + wrFreed;
  if (saveAll) {
    for (let x = s.next[H_U]!; x !== H_U; x = s.next[x]!) {
      s.flags[x] &= ~F_INU;
      h.addGarbage(x);
    }
    s.merge(H_U, old);
  } else {
    // tp_clear: every member is marked first, so cascading frees inside U count as GC deaths.
    for (let x = s.next[H_U]!; x !== H_U; x = s.next[x]!) s.flags2[x] |= F2_GCDEATH;
    while (s.next[H_U] !== H_U) {
      const x = s.next[H_U]!;
      h.clearEdges(x);
      // Usually clearing frees x (it leaves U); one that survives its tp_clear waits in H_TMP.
      if (s.gen[x] === H_U) s.move(x, H_TMP);
    }
    // Objects that survive their tp_clear go to the old generation (still counted).
    if (s.size[H_TMP]! > 0) {
      for (let x = s.next[H_TMP]!; x !== H_TMP; x = s.next[x]!) {
        s.flags[x] &= ~F_INU;
        s.flags2[x] &= ~F2_GCDEATH;
      }
      s.merge(H_TMP, old);
    }
  }
  h.currentCollection = -1;
  return { m, n };
}

/** Objects of H_U referenced from outside it after finalizers ran, plus what they reach. */
function resurrectedIn(h: Heap): number[] {
  const s = h.s;
  const { next, flags, gcRefs, rc } = s;
  for (let x = next[H_U]!; x !== H_U; x = next[x]!) gcRefs[x] = rc[x]!;
  for (let x = next[H_U]!; x !== H_U; x = next[x]!) {
    for (let i = 0, n = s.degree(x); i < n; i++) {
      const t = s.edge(x, i);
      if (t >= 0 && flags[t]! & F_INU) gcRefs[t]--;
    }
  }
  const out: number[] = [];
  for (let x = next[H_U]!; x !== H_U; x = next[x]!) {
    if (gcRefs[x]! > 0) {
      flags[x] |= F_REACH;
      out.push(x);
    }
  }
  for (let k = 0; k < out.length; k++) {
    const ex = out[k]!;
    for (let i = 0, n = s.degree(ex); i < n; i++) {
      const t = s.edge(ex, i);
      if (t >= 0 && (flags[t]! & (F_INU | F_REACH)) === F_INU) {
        flags[t] |= F_REACH;
        out.push(t);
      }
    }
  }
  for (const x of out) flags[x] &= ~F_REACH;
  return out;
}

export { H_GEN2 };
