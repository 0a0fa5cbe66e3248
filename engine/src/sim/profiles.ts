// Every per-version constant the heap uses, one row per collector profile (section 0 of the GC
// notes). Behaviour switches live here so heap.ts / collector.ts never test a version name.
// Tags in comments: [M] measured, [S] read in CPython's source, [U] unverified estimate.

import type { ProfileKey } from './heapApi';
import { defaultThreshold, deferredTrigger, isIncremental } from './versions';

/** Free-list capacities (section 2.2). 0 = no free list for that kind in this profile. */
export interface FreeListCaps {
  list: number;
  dict: number; // exact dicts, instance dicts included
  tuple: number; // per length 1..19
  frame: number;
  boundMethod: number;
  builtinMethod: number;
  listIterator: number;
  tupleIterator: number;
}

export interface Profile {
  key: ProfileKey;
  threshold: [number, number, number];
  /** 3.12+: an automatic collection waits for the next eval-breaker check point (3.1). */
  deferredTrigger: boolean;
  /** 3.12: a collection scheduled before gc.disable() still runs at the next check point
   *  (_Py_RunGC does not look at `enabled`); 3.13+ skip it [M: 3.12.1, 3.13.0, 3.14.2, 3.15rc1]. */
  scheduledRunsWhenDisabled: boolean;
  incremental: boolean;
  /** I3141: count0 moves at track/untrack time instead of allocation/deallocation (2.1). */
  countTracked: boolean;
  /** <=3.13: dicts are created untracked when empty and untracked again by full collections (1.4). */
  lazyDicts: boolean;
  /** 3.14.1+: a tuple built from an array is tracked only if some item's type is a GC type (1.3). */
  tupleTrackByItemTypes: boolean;
  /** 3.15: a frozenset of untracked items is not tracked (1.2). */
  lazyFrozensets: boolean;
  /** 3.8 keeps the whole unreachable set when anything was resurrected (5.2 step 4). */
  resurrection: 'wholeSet' | 'perObject';
  /** 3.15 (gh-135552): weakrefs without callbacks are cleared only after finalizers ran (5.2). */
  lateWeakrefClear: boolean;
  /** 3.14.5+/3.15: weakrefs to the final unreachable set are cleared again before tp_clear. */
  secondWeakrefClear: boolean;
  freeLists: FreeListCaps;
  /** Free lists change count0 (not in I3141, where counting happens at track/untrack). */
  freeListsAffectCount: boolean;
  /**
   * Tracked objects in the oldest generation at the normalized start (never garbage): what the
   * tracer's recordings report as `startupHeap` (test/corpus/expected/*.json) [M]. 3.14.5+ has
   * no interpreter here: 3.13's figure [U]. The incremental profiles keep the probe's 20 571,
   * the heap for which rootReachable was fitted (the recordings report 25 385 for 3.14.2).
   */
  startupHeap: number;
  /** Objects in the permanent generation at start-up (3.12: 375 immortal objects) [M]. */
  permanentAtStart: number;
  /** Incremental only: start-up objects reachable from the roots the MARK phase scans [M, fitted
   *  by model_incremental.py to reproduce the 3.14.2 increments]. */
  rootReachable: number;
  /** Incremental only: k in work_to_do += young + min(heap/(10*scale), k*young), as num/den [S]. */
  incrementalK: [number, number];
  /**
   * Estimated pause per examined object, nanoseconds. PLACEHOLDER: the tracer engineer will
   * measure it per version (tools/); until then one figure for all profiles.
   */
  costPerExaminedNs: number;
}

const GEN_FREE_LISTS: FreeListCaps = {
  list: 80, dict: 80, tuple: 2000, frame: 0, boundMethod: 0, builtinMethod: 0, listIterator: 0, tupleIterator: 0,
};

function row(key: ProfileKey, over: Partial<Profile>): Profile {
  const base: Profile = {
    key,
    threshold: defaultThreshold(key),
    deferredTrigger: deferredTrigger(key),
    scheduledRunsWhenDisabled: false,
    incremental: isIncremental(key),
    countTracked: false,
    lazyDicts: true,
    tupleTrackByItemTypes: false,
    lazyFrozensets: false,
    resurrection: 'perObject',
    lateWeakrefClear: false,
    secondWeakrefClear: false,
    freeLists: GEN_FREE_LISTS,
    freeListsAffectCount: true,
    startupHeap: 5000,
    permanentAtStart: 0,
    rootReachable: 0,
    incrementalK: [3, 2],
    costPerExaminedNs: 25, // placeholder, see above
  };
  return { ...base, ...over };
}

/**
 * Tracked objects at the normalized start per interpreter, from the tracer's recordings (the
 * `startupHeap` field of test/corpus/expected/*.json, its most frequent value per version).
 * 3.9 and 3.10 share a profile but not a start-up heap: callers that know the minor version
 * pass startupHeapFor(name) as the Heap's startupHeap option.
 */
export const STARTUP_HEAP: Readonly<Record<string, number>> = {
  '3.8': 4396, '3.9': 4511, '3.10': 4636, '3.11': 11067, '3.12': 4876, '3.13': 4961, '3.14.2': 25385, '3.15': 24704,
};

/** The recorded start-up heap for a version name ('3.10', '3.14.2'), or undefined if unmeasured. */
export function startupHeapFor(version: string): number | undefined {
  return STARTUP_HEAP[version] ?? STARTUP_HEAP[version.split('.').slice(0, 2).join('.')];
}

/** 3.14 line object model: dicts always tracked (gh-127010). */
const PY314 = { lazyDicts: false };
/** 3.14.5+/3.15 free lists: bound methods 20, builtin methods 16, list/tuple iterators 10 [S][M on 3.15]. */
const LATE_FREE_LISTS: FreeListCaps = {
  ...GEN_FREE_LISTS, boundMethod: 20, builtinMethod: 16, listIterator: 10, tupleIterator: 10,
};

export const PROFILES: Record<ProfileKey, Profile> = {
  G38: row('G38', {
    resurrection: 'wholeSet',
    freeLists: { ...GEN_FREE_LISTS, frame: 200, boundMethod: 256, builtinMethod: 256 },
    startupHeap: STARTUP_HEAP['3.8']!,
  }),
  G39: row('G39', { freeLists: { ...GEN_FREE_LISTS, frame: 200 }, startupHeap: STARTUP_HEAP['3.9']! }),
  G311: row('G311', { startupHeap: STARTUP_HEAP['3.11']! }),
  G312: row('G312', { startupHeap: STARTUP_HEAP['3.12']!, permanentAtStart: 375, scheduledRunsWhenDisabled: true }),
  G313: row('G313', { startupHeap: STARTUP_HEAP['3.13']! }),
  I3140: row('I3140', { ...PY314, startupHeap: 20571, rootReachable: 19250, freeLists: LATE_FREE_LISTS }),
  I3141: row('I3141', {
    ...PY314,
    countTracked: true,
    tupleTrackByItemTypes: true,
    freeListsAffectCount: false,
    startupHeap: 20571,
    rootReachable: 19250,
    freeLists: LATE_FREE_LISTS,
  }),
  G3145: row('G3145', {
    ...PY314, tupleTrackByItemTypes: true, secondWeakrefClear: true, freeLists: LATE_FREE_LISTS, startupHeap: STARTUP_HEAP['3.13']!,
  }),
  G315: row('G315', {
    ...PY314,
    tupleTrackByItemTypes: true,
    lazyFrozensets: true,
    lateWeakrefClear: true,
    secondWeakrefClear: true,
    freeLists: LATE_FREE_LISTS,
    startupHeap: STARTUP_HEAP['3.15']!,
  }),
};

export function profileOf(key: ProfileKey): Profile {
  return PROFILES[key];
}

/** Estimated pause of a collection that examined `examined` objects, in milliseconds. */
export function estimatedPauseMs(key: ProfileKey, examined: number): number {
  return (examined * PROFILES[key].costPerExaminedNs) / 1e6;
}
