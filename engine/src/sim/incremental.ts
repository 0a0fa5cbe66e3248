// The 3.14.0-3.14.4 incremental collector (section 4.1 of the GC notes): a young list and two old
// spaces (visited / pending), increments sized by work_to_do, a MARK phase that subtracts the
// root-reachable objects twice, and the early return while work_to_do < 0. A port of
// probes/model_incremental.py onto real objects; it reproduces the 3.14.2 measurements.

import type { Heap } from './heap';
import type { Trigger } from './heapApi';
import { findUnreachable, finishRecord, handleUnreachable, untrackTuples } from './collector';
import { F_EXAM, F_REACH, H_GEN0, H_GEN1, H_TMP2 } from './heapStore';

export class IncrementalState {
  /** Live GC objects the program allocated, tracked or not, like CPython's heap_size (the opaque
   *  start-up heap is added separately). */
  heapSize = 0;
  workToDo = 0;
  phase: 'MARK' | 'COLLECT' = 'MARK';
  visitedSpace = 0;
  /** Opaque start-up objects not reachable from the roots, waiting in the pending space. */
  opaquePending = 0;

  visitedHead(): number {
    return H_GEN1 + this.visitedSpace;
  }

  pendingHead(): number {
    return H_GEN1 + (1 - this.visitedSpace);
  }
}

/** gc.collect(n) on the incremental collector. */
export function incrementalCollect(h: Heap, generation: number, trigger: Trigger): number {
  if (generation === 1) return runIncrement(h, trigger);
  return generation === 0 ? collectYoung(h, trigger) : collectFull(h, trigger);
}

function begin(h: Heap, reportGen: number): { index: number; countsBefore: [number, number, number] } {
  h.collecting = true;
  const index = h.records.length;
  const countsBefore = h.getCount();
  h.hooks.gcCallback?.('start', { generation: reportGen, collected: 0, uncollectable: 0 });
  const inc = h.inc!;
  const sz = h.s.size;
  const visited = inc.visitedHead(), pending = inc.pendingHead();
  // Young, visited, pending; the opaque start-up heap sits in the old spaces.
  const opaqueVisited = inc.phase === 'COLLECT' ? Math.min(h.prof.rootReachable, h.opaqueOld) : 0;
  h.sizesBefore = [sz[H_GEN0]!, sz[visited]! + opaqueVisited, sz[pending]! + h.opaqueOld - opaqueVisited];
  h.permanentBefore = h.getFreezeCount();
  return { index, countsBefore };
}

/** gc.collect(0): the young list; survivors join the visited space; count1 += 1. */
function collectYoung(h: Heap, trigger: Trigger): number {
  const s = h.s;
  const inc = h.inc!;
  const { index, countsBefore } = begin(h, 0);
  h.counts[0] = 0;
  h.counts[1]++;
  const examined = s.size[H_GEN0]!;
  findUnreachable(h, H_GEN0);
  untrackTuples(h, H_GEN0);
  const promoted = s.size[H_GEN0]!;
  s.merge(H_GEN0, inc.visitedHead());
  const { m, n } = handleUnreachable(h, inc.visitedHead(), index);
  finishRecord(h, { index, g: 0, trigger, m, n, examined, promoted, countsBefore, statGen: 0, reportGen: 0 });
  return m + n;
}

/** gc.collect(2): everything, counts (0,0,0), the pass restarts (MARK), free lists cleared. */
function collectFull(h: Heap, trigger: Trigger): number {
  const s = h.s;
  const inc = h.inc!;
  const { index, countsBefore } = begin(h, 2);
  h.counts = [0, 0, 0];
  const pending = inc.pendingHead();
  s.merge(H_GEN0, pending);
  s.merge(inc.visitedHead(), pending);
  const examined = s.size[pending]! + h.opaqueOld;
  findUnreachable(h, pending);
  untrackTuples(h, pending);
  const promoted = 0;
  const { m, n } = handleUnreachable(h, pending, index);
  inc.phase = 'MARK';
  inc.workToDo = 0;
  inc.opaquePending = 0;
  h.clearFreeLists();
  finishRecord(h, { index, g: 2, trigger, m, n, examined, promoted, countsBefore, statGen: 2, reportGen: 2 });
  return m + n;
}

/** One increment (gc.collect(1) and every automatic collection), reported as generation 1. */
export function runIncrement(h: Heap, trigger: Trigger): number {
  const s = h.s;
  const inc = h.inc!;
  const p = h.prof;
  const { index, countsBefore } = begin(h, 1);
  const young = h.counts[0];
  h.counts[0] = 0;
  const heap = inc.heapSize + h.opaqueOld + h.opaquePerm;
  const scale = Math.max(h.threshold[1], 2);
  const [kn, kd] = p.incrementalK;
  inc.workToDo += young + Math.min(Math.floor(Math.floor(heap / 10) / scale), Math.floor((young * kn) / kd));
  let m = 0, n = 0, examined = 0, promoted = 0, statGen = -1;
  // Step 2: while work_to_do < 0 nothing happens (young is left as is). Otherwise the young
  // list's atom-only tuples are untracked first, whichever phase follows.
  if (inc.workToDo >= 0) untrackTuples(h, H_GEN0, false);
  if (inc.workToDo < 0) {
    // nothing to do yet
  } else if (inc.phase === 'MARK') {
    // Step 3: mark from the roots into the visited space; the count is subtracted twice.
    const rootOpaque = Math.min(p.rootReachable, h.opaqueOld);
    inc.opaquePending = h.opaqueOld - rootOpaque;
    const marked = rootOpaque + markLive(h);
    inc.workToDo -= 2 * marked;
    inc.phase = 'COLLECT';
    examined = marked;
  } else {
    // Step 4: young plus pending objects (with their pending closure) up to work_to_do.
    s.merge(H_GEN0, H_TMP2);
    let size = s.size[H_TMP2]!;
    const pending = inc.pendingHead();
    while (size < inc.workToDo && (inc.opaquePending > 0 || s.size[pending]! > 0)) {
      if (inc.opaquePending > 0) {
        const take = Math.min(inc.opaquePending, inc.workToDo - size);
        inc.opaquePending -= take;
        size += take;
        continue;
      }
      size += pullClosure(h, s.next[pending]!, pending);
    }
    const real = s.size[H_TMP2]!;
    examined = size;
    findUnreachable(h, H_TMP2);
    untrackTuples(h, H_TMP2);
    promoted = s.size[H_TMP2]! + (size - real);
    s.merge(H_TMP2, inc.visitedHead());
    ({ m, n } = handleUnreachable(h, inc.visitedHead(), index));
    inc.workToDo -= size;
    if (inc.opaquePending === 0 && s.size[pending] === 0) {
      inc.visitedSpace ^= 1;
      inc.phase = 'MARK';
    }
    statGen = 1;
  }
  finishRecord(h, { index, g: 1, trigger, m, n, examined, promoted, countsBefore, statGen, reportGen: 1 });
  return m + n;
}

/** Moves `x` and what it reaches inside list `from` into the increment; returns how many. */
function pullClosure(h: Heap, x: number, from: number): number {
  const s = h.s;
  const stack = [x];
  s.move(x, H_TMP2);
  let moved = 1;
  while (stack.length > 0) {
    const y = stack.pop()!;
    for (let i = 0, n = s.degree(y); i < n; i++) {
      const t = s.edge(y, i);
      if (t >= 0 && s.gen[t] === from) {
        s.move(t, H_TMP2);
        stack.push(t);
        moved++;
      }
    }
  }
  return moved;
}

/**
 * The program's tracked objects that the roots reach. The heap cannot see frames, so "reachable
 * from the roots" = referenced from outside the tracked objects (5.1's test) or reachable from
 * such an object; those move into the visited space. Returns how many.
 */
function markLive(h: Heap): number {
  const s = h.s;
  const inc = h.inc!;
  const visited = inc.visitedHead();
  const heads = [H_GEN0, H_GEN1, H_GEN1 + 1];
  const { next, flags, gcRefs, rc } = s;
  for (const hd of heads) for (let x = next[hd]!; x !== hd; x = next[x]!) { gcRefs[x] = rc[x]!; flags[x] |= F_EXAM; }
  for (const hd of heads) {
    for (let x = next[hd]!; x !== hd; x = next[x]!) {
      for (let i = 0, n = s.degree(x); i < n; i++) {
        const t = s.edge(x, i);
        if (t >= 0 && flags[t]! & F_EXAM) gcRefs[t]--;
      }
    }
  }
  const stack: number[] = [];
  for (const hd of heads) for (let x = next[hd]!; x !== hd; x = next[x]!) if (gcRefs[x]! > 0) { flags[x] |= F_REACH; stack.push(x); }
  while (stack.length > 0) {
    const y = stack.pop()!;
    for (let i = 0, n = s.degree(y); i < n; i++) {
      const t = s.edge(y, i);
      if (t >= 0 && (flags[t]! & (F_EXAM | F_REACH)) === F_EXAM) { flags[t] |= F_REACH; stack.push(t); }
    }
  }
  let marked = 0;
  for (const hd of heads) {
    for (let x = next[hd]!; x !== hd;) {
      const nx = next[x]!;
      const f = flags[x]!;
      flags[x] = f & ~(F_EXAM | F_REACH);
      if (f & F_REACH && hd !== visited) {
        s.move(x, visited);
        marked++;
      }
      x = nx;
    }
  }
  return marked;
}
