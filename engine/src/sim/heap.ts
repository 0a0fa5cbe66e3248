// The simulated CPython heap: reference counts, edges, GC tracking, the allocation counter, free
// lists, deallocation cascades (finalizers, weakref callbacks) and the gc module API. The
// collections themselves are in collector.ts (generational) and incremental.ts (3.14.0-3.14.4).

import type {
  AllocSpec, CollectionRecord, EdgeOptions, HeapApi, HeapHooks, HeapRepeatApi, HeapStats, ObjCategory,
  ObjectInfo, ObjId, ProfileKey, SiteTally, Trigger,
} from './heapApi';
import { Span } from '../text';
import { profileOf, type Profile } from './profiles';
import { FREE_LIST_SLOTS, NO_FREE_LIST, freeListCapacities, freeListSlot } from './freelists';
import {
  F2_GCDEATH, F2_LEGACY, F2_WEAKREF, F2_WEAKREFD, F_ALIVE, F_FINALIZED, F_HASFIN, F_IMMORTAL, F_INU, F_TRACKED,
  FIRST_ID, H_GEN0, H_GEN1, H_GEN2, H_PERM, NO_EDGE, ObjectStore, edgeTarget,
} from './heapStore';
import { collectGeneration, selectGeneration } from './collector';
import { IncrementalState, runIncrement, incrementalCollect } from './incremental';
import { heapMark, heapRepeatSince, heapStateKey } from './heapRepeat';

export interface HeapOptions {
  threshold?: [number, number, number];
  /** Opaque long-lived tracked objects in the oldest generation (default: the profile's). */
  startupHeap?: number;
  /** long_lived_total at start: 0 (default) is the recorder's normalized start (full collection
   *  inside freeze/unfreeze); a probe that ran gc.collect() first starts with the heap size. */
  longLivedTotal?: number;
  hooks?: HeapHooks;
  /** Keep type/site/death of every object (default true); false keeps per-site tallies only. */
  recordObjects?: boolean;
  /** With recordObjects, stop recording new deaths after this many objects were allocated
   *  (default 2 000 000): from then on the heap behaves as with recordObjects: false. */
  recordLimit?: number;
}

export const CATEGORIES: readonly ObjCategory[] = [
  'list', 'dict', 'instanceDict', 'set', 'frozenset', 'tuple', 'instance', 'slotsInstance', 'exception',
  'function', 'cell', 'closureTuple', 'boundMethod', 'builtinMethod', 'generator', 'coroutine', 'frame',
  'traceback', 'class', 'classPart', 'module', 'weakref', 'iterator', 'other',
];
const CAT_INDEX = new Map<ObjCategory, number>(CATEGORIES.map((c, i) => [c, i]));
export const CAT_TUPLE = CAT_INDEX.get('tuple')!;
export const CAT_DICT = CAT_INDEX.get('dict')!;
export const CAT_INSTANCE_DICT = CAT_INDEX.get('instanceDict')!;

/** Per-slot weights of the free-list signatures (fixed odd constants from a small LCG). */
const FL_WEIGHT_A = new Int32Array(FREE_LIST_SLOTS);
const FL_WEIGHT_B = new Int32Array(FREE_LIST_SLOTS);
for (let i = 0, x = 0x2545f491; i < FREE_LIST_SLOTS; i++) {
  x = (Math.imul(x, 1664525) + 1013904223) | 0;
  FL_WEIGHT_A[i] = x | 1;
  x = (Math.imul(x, 1664525) + 1013904223) | 0;
  FL_WEIGHT_B[i] = x | 1;
}

const DEATH_REFCOUNT = 1;
const DEATH_GC = 2;

/** The heap. Fields are internal state shared with collector.ts and incremental.ts. */
export class Heap implements HeapApi, HeapRepeatApi {
  readonly profile: ProfileKey;
  readonly prof: Profile;
  /** prof.countTracked, read on every deallocation. */
  private readonly countTracked: boolean;
  readonly hooks: HeapHooks;
  /** Deaths are recorded per object (ids never reused); false: tallies only, ids reused. */
  recording: boolean;
  private readonly recordLimit: number;
  readonly s: ObjectStore;

  threshold: [number, number, number];
  counts: [number, number, number] = [0, 0, 0];
  enabled = true;
  collecting = false;
  scheduled = false;
  debugFlags = 0;
  longLivedPending = 0;
  longLivedTotal: number;
  /** Opaque start-up objects: in the oldest generation and in the permanent generation. */
  opaqueOld: number;
  opaquePerm: number;
  ticks = 0;
  stats: HeapStats = { collections: [0, 0, 0], collected: [0, 0, 0], uncollectable: [0, 0, 0] };
  records: CollectionRecord[] = [];
  garbageList: ObjId[] = [];
  /** Total objects examined by all collections (work), for pause estimates. */
  work = 0;
  inc: IncrementalState | null;
  /** OR of the flags of objects put into U (lets handleUnreachable skip passes). */
  uFlags = 0;
  uFlags2 = 0;
  /** The last findUnreachable saw a tuple (untrackTuples has work). */
  examinedTuples = false;
  /** Generation sizes and permanent size at the start of the running collection. */
  sizesBefore: [number, number, number] = [0, 0, 0];
  permanentBefore = 0;

  flCap: Int32Array;
  flOcc = new Int32Array(FREE_LIST_SLOTS);
  /** Weighted sums of flOcc, kept up to date so the state key need not read every slot. */
  flSigA = 0;
  flSigB = 0;

  private top = FIRST_ID;
  private freeIds: number[] = [];
  private site: Span = Span.none;
  private siteIdxCur = -1;
  private sites: Span[] = [];
  private siteMap = new Map<Span, number>();
  private lastSite: Span | null = null;
  private lastSiteIdx = 0;
  /** Interned (category, typeName): `slot` -1 = per-spec (tuples), `alwaysTracked` = no rule applies. */
  private types: { typeName: string; category: ObjCategory; catIdx: number; slot: number; alwaysTracked: boolean }[] = [];
  /** category -> typeName -> index (no string building on a cache miss). */
  private typeMap = new Map<ObjCategory, Map<string, number>>();
  private lastTypeName = '';
  private lastTypeCat: ObjCategory | '' = '';
  private lastTypeIdx = 0;
  /** Weakref objects: ref -> [target, callback]; targets -> refs in creation order. */
  private weakInfo = new Map<ObjId, { target: ObjId; callback: ObjId }>();
  private weakrefsTo = new Map<ObjId, ObjId[]>();
  /** Pending deallocations (ids whose refcount reached 0). */
  private stack = new Int32Array(1024);
  private stackLen = 0;
  /** Index of the running collection's record (death info), -1 outside collections. */
  currentCollection = -1;
  /** Objects freed by the running collection (counted ones), record mode. */
  collectionFreed: ObjId[] = [];
  /** Per (site, type) tallies of objects freed by collections: key site*65536+type. */
  siteTallies = new Map<number, number>();
  collectionTallies: Map<number, number> | null = null;
  private runKey = -1;
  private runCount = 0;

  /** Adds the pending run of equal (site, type) keys to the running collection's tallies. */
  flushTallyRun(): void {
    if (this.runCount > 0 && this.collectionTallies) {
      this.collectionTallies.set(this.runKey, (this.collectionTallies.get(this.runKey) ?? 0) + this.runCount);
    }
    this.runKey = -1;
    this.runCount = 0;
  }

  constructor(profile: ProfileKey, opts: HeapOptions = {}) {
    this.profile = profile;
    this.prof = profileOf(profile);
    this.countTracked = this.prof.countTracked;
    this.hooks = opts.hooks ?? {};
    this.recording = opts.recordObjects ?? true;
    this.recordLimit = opts.recordLimit ?? 2_000_000;
    this.threshold = (opts.threshold ?? this.prof.threshold).slice() as [number, number, number];
    if (this.prof.incremental) this.threshold[2] = 0;
    this.s = new ObjectStore(1024);
    this.opaqueOld = opts.startupHeap ?? this.prof.startupHeap;
    this.opaquePerm = this.prof.permanentAtStart;
    this.longLivedTotal = opts.longLivedTotal ?? 0;
    this.flCap = freeListCapacities(this.prof.freeLists);
    this.inc = this.prof.incremental ? new IncrementalState() : null;
  }

  setSite(site: Span): void {
    if (site !== this.site) this.siteIdxCur = -1;
    this.site = site;
  }

  /** Interned index of the current site (deaths happen there), computed once per site change. */
  private curSiteIdx(): number {
    if (this.siteIdxCur < 0) {
      let idx = this.siteMap.get(this.site);
      if (idx === undefined) {
        idx = this.sites.length;
        this.sites.push(this.site);
        this.siteMap.set(this.site, idx);
      }
      this.siteIdxCur = idx;
    }
    return this.siteIdxCur;
  }

  currentSite(): Span {
    return this.site;
  }

  // ---- allocation -------------------------------------------------------------------------

  alloc(spec: AllocSpec): ObjId {
    const p = this.prof;
    const s = this.s;
    this.ticks++;
    if (spec.typeName !== this.lastTypeName || spec.category !== this.lastTypeCat) this.internType(spec);
    // Captured now: a collection run inside this allocation may allocate other types.
    const typeIdx = this.lastTypeIdx;
    const te = this.types[typeIdx]!;
    const immortal = spec.immortal === true;
    const slot = immortal ? NO_FREE_LIST : te.slot >= 0 ? te.slot : freeListSlot(spec);
    if (!immortal && !p.countTracked) {
      if (slot !== NO_FREE_LIST && this.flOcc[slot]! > 0) {
        this.flOcc[slot]--;
        this.flSigA = (this.flSigA - FL_WEIGHT_A[slot]!) | 0;
        this.flSigB = (this.flSigB - FL_WEIGHT_B[slot]!) | 0;
      } else {
        this.counts[0]++;
        // 3.1: <=3.11 collects right here, before the new object exists; 3.12+ schedules.
        if (this.counts[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) {
          if (p.deferredTrigger) this.scheduled = true;
          else this.collectAuto();
        }
      }
    }
    let id: number;
    if (this.freeIds.length > 0) id = this.freeIds.pop()!;
    else {
      id = this.top++;
      if (id >= s.cap) {
        s.grow(id + 1);
        if (this.recording && id >= this.recordLimit) this.recording = false;
      }
    }
    if (this.inc && !immortal) this.inc.heapSize++;
    s.rc[id] = 1;
    let f = F_ALIVE;
    if (spec.hasFinalizer) f |= F_HASFIN;
    if (immortal) f |= F_IMMORTAL;
    s.flags[id] = f;
    s.flags2[id] = spec.legacyFinalizer ? F2_LEGACY : 0;
    s.gen[id] = -1;
    s.freeSlot[id] = slot;
    s.allocTick[id] = this.ticks;
    // edges[id] is already null/undefined (fresh id, or reset when freed); deathHow stays 0 for
    // reused ids (only unrecorded deaths free an id for reuse).
    s.e0[id] = NO_EDGE;
    s.typeIdx[id] = typeIdx;
    s.cat[id] = te.catIdx;
    if (spec.site !== this.lastSite) this.internSite(spec.site);
    s.siteIdx[id] = this.lastSiteIdx;
    if (!immortal && !spec.untracked && (te.alwaysTracked || this.trackedAtBirth(spec))) this.linkTracked(id);
    return id;
  }

  private trackedAtBirth(spec: AllocSpec): boolean {
    const p = this.prof;
    switch (spec.category) {
      case 'tuple':
        if ((spec.length ?? 1) === 0) return false; // the () singleton is never tracked
        return p.tupleTrackByItemTypes ? spec.itemTypesGc !== false : true;
      case 'dict': case 'instanceDict':
        return p.lazyDicts ? spec.itemsMayBeTracked === true : true;
      case 'frozenset':
        return p.lazyFrozensets ? spec.itemsMayBeTracked === true : true;
      default:
        return true;
    }
  }

  private linkTracked(id: number): void {
    const s = this.s;
    s.flags[id] |= F_TRACKED;
    s.append(H_GEN0, id);
    if (this.prof.countTracked) {
      this.counts[0]++;
      if (this.counts[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) {
        this.scheduled = true;
      }
    }
  }

  /** Removes a tracked object from its GC list (dealloc or GC-time untracking). */
  untrack(id: number): void {
    const s = this.s;
    if (!(s.flags[id] & F_TRACKED)) return;
    s.flags[id] &= ~F_TRACKED;
    s.unlink(id);
    if (this.prof.countTracked && this.counts[0] > 0) this.counts[0]--;
  }

  private internType(spec: AllocSpec): void {
    const c = spec.category;
    let byName = this.typeMap.get(c);
    if (!byName) this.typeMap.set(c, (byName = new Map()));
    let idx = byName.get(spec.typeName);
    if (idx === undefined) {
      idx = this.types.length;
      const perSpec = c === 'tuple' || c === 'closureTuple';
      this.types.push({
        typeName: spec.typeName,
        category: c,
        catIdx: CAT_INDEX.get(c) ?? 0,
        slot: perSpec ? -1 : freeListSlot(spec),
        alwaysTracked: !(perSpec || c === 'dict' || c === 'instanceDict' || c === 'frozenset'),
      });
      byName.set(spec.typeName, idx);
    }
    this.lastTypeName = spec.typeName;
    this.lastTypeCat = spec.category;
    this.lastTypeIdx = idx;
  }

  private internSite(site: Span): number {
    let idx = this.siteMap.get(site);
    if (idx === undefined) {
      idx = this.sites.length;
      this.sites.push(site);
      this.siteMap.set(site, idx);
    }
    this.lastSite = site;
    this.lastSiteIdx = idx;
    return idx;
  }

  // ---- references -------------------------------------------------------------------------

  incref(id: ObjId): void {
    this.s.rc[id]++;
  }

  decref(id: ObjId): void {
    const s = this.s;
    if (--s.rc[id] !== 0) return;
    const f = s.flags[id]!;
    if (f & F_IMMORTAL) return;
    if (this.stackLen === 0 && !(f & F_HASFIN) && !(s.flags2[id]! & F2_WEAKREFD)) {
      // Fast path: nothing can run Python code for this object itself.
      this.free(id);
      if (this.stackLen > 0) this.drain(0);
      return;
    }
    const base = this.stackLen;
    this.push(id);
    this.drain(base);
  }

  addEdge(from: ObjId, to: ObjId, opts?: EdgeOptions): void {
    const s = this.s;
    s.rc[to]++;
    const e = opts && opts.traversed === false ? ~to : to;
    const list = s.edges[from];
    if (list) list.push(e);
    else if (s.e0[from] === NO_EDGE) s.e0[from] = e;
    else {
      s.edges[from] = [s.e0[from]!, e];
      s.e0[from] = NO_EDGE;
    }
  }

  removeEdge(from: ObjId, to: ObjId): void {
    const s = this.s;
    const list = s.edges[from];
    if (!list) {
      const e = s.e0[from];
      if (e !== to && e !== ~to) throw new Error(`removeEdge: ${from} holds no reference to ${to}`);
      s.e0[from] = NO_EDGE;
      this.decref(to);
      return;
    }
    let i = list.length - 1;
    while (i >= 0 && list[i] !== to && list[i] !== ~to) i--;
    if (i < 0) throw new Error(`removeEdge: ${from} holds no reference to ${to}`);
    if (i === list.length - 1) list.pop();
    else list.splice(i, 1);
    this.decref(to);
  }

  track(id: ObjId): void {
    const s = this.s;
    if (s.flags[id] & (F_TRACKED | F_IMMORTAL) || !(s.flags[id] & F_ALIVE)) return;
    this.linkTracked(id);
  }

  isTracked(id: ObjId): boolean {
    return (this.s.flags[id] & F_TRACKED) !== 0;
  }

  isAlive(id: ObjId): boolean {
    return id >= FIRST_ID && id < this.top && (this.s.flags[id] & F_ALIVE) !== 0;
  }

  setWeakTarget(ref: ObjId, target: ObjId, callback: ObjId | null): void {
    const s = this.s;
    this.weakInfo.set(ref, { target, callback: callback ?? -1 });
    s.flags2[ref] |= F2_WEAKREF;
    s.flags2[target] |= F2_WEAKREFD;
    let refs = this.weakrefsTo.get(target);
    if (!refs) this.weakrefsTo.set(target, (refs = []));
    refs.push(ref);
    if (callback !== null) this.addEdge(ref, callback);
  }

  weakTarget(ref: ObjId): ObjId | null {
    const w = this.weakInfo.get(ref);
    return w && w.target >= 0 ? w.target : null;
  }

  weakrefCallbackOf(ref: ObjId): ObjId {
    return this.weakInfo.get(ref)?.callback ?? -1;
  }

  /** Weakrefs pointing to `target`, most recently created first (CPython's list order). */
  weakrefsOf(target: ObjId): ObjId[] {
    const refs = this.weakrefsTo.get(target);
    return refs ? refs.slice().reverse() : [];
  }

  /** Clears weakref `ref` (its target no longer reachable through it). */
  clearWeakref(ref: ObjId): void {
    const w = this.weakInfo.get(ref);
    if (!w || w.target < 0) return;
    const refs = this.weakrefsTo.get(w.target);
    if (refs) {
      const i = refs.lastIndexOf(ref);
      if (i >= 0) refs.splice(i, 1);
      if (refs.length === 0) {
        this.weakrefsTo.delete(w.target);
        this.s.flags2[w.target] &= ~F2_WEAKREFD;
      }
    }
    w.target = -1;
  }

  // ---- deallocation -------------------------------------------------------------------------

  private push(id: number): void {
    if (this.stackLen === this.stack.length) {
      const b = new Int32Array(this.stack.length * 2);
      b.set(this.stack);
      this.stack = b;
    }
    this.stack[this.stackLen++] = id;
  }

  /** Deallocates everything pushed above `base`; iterative so 10^6-long chains are fine, and
   *  re-entrant (a finalizer's own decrefs drain their part before returning). */
  private drain(base: number): void {
    const s = this.s;
    while (this.stackLen > base) {
      const x = this.stack[--this.stackLen]!;
      if (s.rc[x] !== 0 || !(s.flags[x] & F_ALIVE)) continue;
      if ((s.flags[x] & (F_HASFIN | F_FINALIZED)) === F_HASFIN) {
        // PEP 442: __del__ runs with the object temporarily alive; it may resurrect it.
        s.flags[x] |= F_FINALIZED;
        s.rc[x] = 1;
        this.hooks.finalize?.(x);
        if (--s.rc[x] !== 0) continue;
      }
      if (s.flags2[x] & F2_WEAKREFD) this.clearWeakrefsAtDeath(x);
      if (s.rc[x] !== 0) continue;
      this.free(x);
    }
  }

  /** Refcount death (5.3): weakrefs cleared, then callbacks most recently created first. */
  private clearWeakrefsAtDeath(x: number): void {
    const refs = this.weakrefsOf(x);
    for (const r of refs) this.clearWeakref(r);
    for (const r of refs) {
      const cb = this.weakrefCallbackOf(r);
      if (cb < 0 || !(this.s.flags[r] & F_ALIVE) || !(this.s.flags[cb] & F_ALIVE)) continue;
      this.incref(r);
      this.hooks.weakrefCallback?.(r, cb);
      // CPython drops wr_callback after calling it.
      const w = this.weakInfo.get(r);
      if (w && w.callback >= 0 && this.s.flags[r] & F_ALIVE) {
        w.callback = -1;
        this.removeEdge(r, cb);
      }
      this.decref(r);
    }
  }

  /** Frees `x`: untrack, release its references (cascading), count rules, free lists, record. */
  private free(x: number): void {
    const s = this.s;
    const f = s.flags[x]!, f2 = s.flags2[x]!;
    const gcDeath = (f2 & F2_GCDEATH) !== 0;
    if (f & F_TRACKED) this.untrack(x);
    s.flags[x] = f & ~(F_ALIVE | F_INU | F_TRACKED);
    if (f2 & F2_WEAKREF) {
      this.clearWeakref(x);
      this.weakInfo.delete(x);
    }
    this.releaseEdges(x);
    // 2.1 rules 2-3: a free-list push is not a PyObject_GC_Del; otherwise count0 -= 1, floored.
    if (!(f & F_IMMORTAL)) {
      if (this.inc) this.inc.heapSize--;
      if (!this.countTracked) {
        const slot = s.freeSlot[x]!;
        if (slot !== NO_FREE_LIST && this.flOcc[slot]! < this.flCap[slot]!) {
          this.flOcc[slot]++;
          this.flSigA = (this.flSigA + FL_WEIGHT_A[slot]!) | 0;
          this.flSigB = (this.flSigB + FL_WEIGHT_B[slot]!) | 0;
        } else if (this.counts[0] > 0) this.counts[0]--;
      }
    }
    if (gcDeath) {
      if (this.recording) this.collectionFreed.push(x);
      else {
        // Run-length first: a collection's garbage mostly comes from one site.
        const key = s.siteIdx[x]! * 65536 + s.typeIdx[x]!;
        if (key === this.runKey) this.runCount++;
        else {
          this.flushTallyRun();
          this.runKey = key;
          this.runCount = 1;
        }
      }
    }
    if (this.recording) {
      s.deathHow[x] = gcDeath ? DEATH_GC : DEATH_REFCOUNT;
      s.deathTick[x] = this.ticks;
      s.deathSite[x] = this.curSiteIdx();
      s.deathColl[x] = gcDeath ? this.currentCollection : -1;
    }
    s.flags2[x] = 0;
    this.hooks.freed?.(x);
    if (!this.recording) this.freeIds.push(x);
  }

  /** Drops every edge of `x`, decrementing targets; those reaching 0 are pushed for drain. */
  private releaseEdges(x: number): void {
    const s = this.s;
    const list = s.edges[x];
    if (list) {
      s.edges[x] = null;
      for (let i = 0; i < list.length; i++) {
        const t = edgeTarget(list[i]!);
        if (--s.rc[t] === 0 && !(s.flags[t] & F_IMMORTAL)) this.push(t);
      }
    } else {
      const e = s.e0[x]!;
      if (e === NO_EDGE) return;
      s.e0[x] = NO_EDGE;
      const t = edgeTarget(e);
      if (--s.rc[t] === 0 && !(s.flags[t] & F_IMMORTAL)) this.push(t);
    }
  }

  /** Releases every reference `x` holds (tp_clear during a collection). */
  clearEdges(x: number): void {
    const base = this.stackLen;
    this.releaseEdges(x);
    // Pushed first to last, drained last first: the order of CPython's recursive deallocation.
    this.drain(base);
  }

  // ---- collections --------------------------------------------------------------------------

  /** An automatic collection (inside alloc <=3.11, at a check point 3.12+). */
  private collectAuto(): void {
    if (this.inc) {
      runIncrement(this, 'threshold');
      return;
    }
    const g = selectGeneration(this);
    if (g >= 0) collectGeneration(this, g, 'threshold');
  }

  checkpoint(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    // gc.disable() between the threshold crossing and the check point cancels the run (3.13+).
    if (this.collecting || (!this.enabled && !this.prof.scheduledRunsWhenDisabled)) return;
    this.collectAuto();
  }

  collect(generation: number, trigger: Trigger = 'explicit'): number {
    if (!Number.isInteger(generation) || generation < 0 || generation > 2) throw new RangeError('invalid generation');
    if (this.collecting) return 0;
    if (this.inc) return incrementalCollect(this, generation, trigger);
    return collectGeneration(this, generation, trigger);
  }

  enable(): void {
    this.enabled = true;
  }

  disable(): void {
    this.enabled = false;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  getThreshold(): [number, number, number] {
    return [this.threshold[0], this.threshold[1], this.threshold[2]];
  }

  setThreshold(t0: number, t1?: number, t2?: number): void {
    this.threshold[0] = t0;
    if (t1 !== undefined) this.threshold[1] = t1;
    // The incremental collector ignores the third value and always reports 0 (section 0).
    if (t2 !== undefined && !this.inc) this.threshold[2] = t2;
  }

  getCount(): [number, number, number] {
    return [this.counts[0], this.counts[1], this.counts[2]];
  }

  /** gc.freeze(): every tracked object into the permanent generation; counts := 0 (3.4, 2.1/5). */
  freeze(): void {
    const s = this.s;
    for (const h of [H_GEN0, H_GEN1, H_GEN2]) s.merge(h, H_PERM);
    this.opaquePerm += this.opaqueOld;
    this.opaqueOld = 0;
    this.counts = [0, 0, 0];
    if (this.inc) this.inc.opaquePending = 0;
  }

  /** gc.unfreeze(): the permanent generation into the oldest generation. */
  unfreeze(): void {
    const s = this.s;
    s.merge(H_PERM, this.inc ? this.inc.pendingHead() : H_GEN2);
    const moved = this.opaquePerm - this.prof.permanentAtStart;
    if (moved > 0) {
      this.opaqueOld += moved;
      this.opaquePerm = this.prof.permanentAtStart;
    }
  }

  getFreezeCount(): number {
    return this.s.size[H_PERM]! + this.opaquePerm;
  }

  getStats(): HeapStats {
    const st = this.stats;
    return {
      collections: [...st.collections] as [number, number, number],
      collected: [...st.collected] as [number, number, number],
      uncollectable: [...st.uncollectable] as [number, number, number],
    };
  }

  setDebug(flags: number): void {
    this.debugFlags = flags;
  }

  garbage(): ObjId[] {
    return this.garbageList.slice();
  }

  /** Appends to gc.garbage (which holds a reference). */
  addGarbage(id: ObjId): void {
    this.incref(id);
    this.garbageList.push(id);
  }

  /** Clears the free lists (full collections, 3.3 step 6). */
  clearFreeLists(): void {
    this.flOcc.fill(0);
    this.flSigA = 0;
    this.flSigB = 0;
  }

  /** Tracked objects per list head, opaque start-up objects included in the oldest. */
  generationSizes(): [number, number, number] {
    const sz = this.s.size;
    return [sz[H_GEN0]!, sz[H_GEN1]!, sz[H_GEN2]! + this.opaqueOld];
  }

  // ---- records and explanations -------------------------------------------------------------

  objectInfo(id: ObjId): ObjectInfo | null {
    const s = this.s;
    if (id < FIRST_ID || id >= this.top) return null;
    const alive = (s.flags[id]! & F_ALIVE) !== 0;
    if (!alive && s.deathHow[id] === 0) return null; // freed without a record (ids may be reused)
    const t = this.types[s.typeIdx[id]!]!;
    const g = s.gen[id]!;
    const how = s.deathHow[id]!;
    return {
      id,
      typeName: t.typeName,
      category: t.category,
      site: this.sites[s.siteIdx[id]!]!,
      refcount: alive ? s.rc[id]! : 0,
      tracked: alive && (s.flags[id]! & F_TRACKED) !== 0,
      generation: alive && g >= 0 && g <= H_PERM ? g : null,
      allocTick: s.allocTick[id]!,
      death: alive || how === 0 ? null : {
        how: how === DEATH_GC ? 'gc' : 'refcount',
        tick: s.deathTick[id]!,
        site: this.sites[s.deathSite[id]!]!,
        collection: s.deathColl[id]! >= 0 ? s.deathColl[id]! : null,
      },
    };
  }

  referrers(id: ObjId): ObjId[] {
    const s = this.s;
    const out: ObjId[] = [];
    for (let x = FIRST_ID; x < this.top; x++) {
      if (!(s.flags[x]! & F_ALIVE)) continue;
      for (let i = 0, n = s.degree(x); i < n; i++) {
        if (edgeTarget(s.edge(x, i)) === id) {
          out.push(x);
          break;
        }
      }
    }
    return out;
  }

  isFinalized(id: ObjId): boolean {
    return (this.s.flags[id]! & F_FINALIZED) !== 0;
  }

  getObjects(generation?: number): ObjId[] {
    const s = this.s;
    // 3.14.0-3.14.4: generation 1 does not exist (get_objects(1) == []); 2 = both old spaces.
    const heads = generation === undefined ? [H_GEN0, H_GEN1, H_GEN2]
      : this.inc ? (generation === 0 ? [H_GEN0] : generation === 2 ? [H_GEN1, H_GEN2] : [])
      : [generation];
    return heads.flatMap((h) => s.ids(h));
  }

  referents(id: ObjId): ObjId[] {
    const s = this.s;
    const out: ObjId[] = [];
    for (let i = 0, n = s.degree(id); i < n; i++) out.push(edgeTarget(s.edge(id, i)));
    return out;
  }

  collections(): CollectionRecord[] {
    return this.records;
  }

  tick(): number {
    return this.ticks;
  }

  /** Tallies of (site, type) -> count for keys collected in `m`. */
  talliesToList(m: Map<number, number>): SiteTally[] {
    const out: SiteTally[] = [];
    for (const [k, count] of m) {
      out.push({ site: this.sites[Math.floor(k / 65536)]!, typeName: this.types[k % 65536]!.typeName, count });
    }
    return out;
  }

  /** Objects freed by collections so far, per allocation site and type (both modes). */
  freedBySite(): SiteTally[] {
    const m = new Map<number, number>(this.siteTallies);
    for (const r of this.records) {
      for (const id of r.freed) {
        const key = this.s.siteIdx[id]! * 65536 + this.s.typeIdx[id]!;
        m.set(key, (m.get(key) ?? 0) + (r.repeat ?? 1));
      }
    }
    return this.talliesToList(m);
  }

  /** Is the object a tuple / a dict (for GC-time untracking). */
  isTupleObj(id: number): boolean {
    const c = this.s.cat[id]!;
    return c === CAT_TUPLE;
  }

  isDictObj(id: number): boolean {
    const c = this.s.cat[id]!;
    return c === CAT_DICT || c === CAT_INSTANCE_DICT;
  }

  hasLegacyFinalizer(id: number): boolean {
    return (this.s.flags2[id]! & F2_LEGACY) !== 0;
  }

  // ---- loop acceleration (heapRepeat.ts) ------------------------------------------------------

  gcStateKey(): string {
    return heapStateKey(this);
  }

  mark(): unknown {
    return heapMark(this);
  }

  repeatSince(mark: unknown, times: number): void {
    heapRepeatSince(this, mark, times);
  }
}
