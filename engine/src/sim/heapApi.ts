// The contract between the interpreter (which knows Python semantics) and the heap (which knows
// CPython's memory manager: reference counts, GC tracking, generations, thresholds, collections).
// The interpreter owns the *values* inside containers (atoms and object ids at positions); the
// heap owns the *references* (edges) between objects and every reference count. The heap never
// calls Python code itself: finalizers and weakref callbacks go back through HeapHooks.

import type { Span } from '../text';

export type ObjId = number;

/** CPython version profiles, keyed as section 0 of the GC notes keys them (not by minor version). */
export type ProfileKey = 'G38' | 'G39' | 'G311' | 'G312' | 'G313' | 'I3140' | 'I3141' | 'G3145' | 'G315';

/**
 * What an object is, for the per-version rules (tracking, counting, free lists, dict handling).
 * `typeName` is what CPython prints (`type(o).__name__`): 'list', 'Node', 'ValueError', 'method'.
 */
export type ObjCategory =
  | 'list'
  | 'dict'
  | 'instanceDict' // the __dict__ of an instance (3.8-3.10 always; 3.11+ only when materialised)
  | 'set'
  | 'frozenset'
  | 'tuple'
  | 'instance' // instance of a class made by a `class` statement (incl. exceptions subclasses)
  | 'slotsInstance'
  | 'exception' // instance of a builtin exception type
  | 'function'
  | 'cell'
  | 'closureTuple' // a function's __closure__ tuple (holds cells: always GC-typed items)
  | 'boundMethod'
  | 'builtinMethod' // [].append and friends
  | 'generator'
  | 'coroutine'
  | 'frame'
  | 'traceback'
  | 'class' // a type object made by a `class` statement (and its helper objects, see classParts)
  | 'classPart' // type dict, __mro__/__bases__ tuples, getset descriptors: allocated with a class
  | 'module'
  | 'weakref'
  | 'iterator' // list/tuple/dict/set iterators, enumerate, zip, map, filter, reversed
  | 'other'; // any other GC-typed object (partial, property, super, slice, memoryview, ...)

export interface AllocSpec {
  category: ObjCategory;
  typeName: string;
  site: Span; // allocation site (Span.none for synthesised objects)
  /** For 'tuple': number of items (free lists are per length). */
  length?: number;
  /**
   * For 'tuple', 'dict', 'instanceDict', 'frozenset': whether any item is (or may become) a GC
   * object, per the tracking rules of section 1 of the notes; the heap applies the profile.
   * `itemTypesGc` = some item's *type* is a GC type (3.14.1+ tuple rule); `itemsMayBeTracked` =
   * some item is currently tracked (dict rule, GC-time tuple untracking).
   */
  itemTypesGc?: boolean;
  itemsMayBeTracked?: boolean;
  /** The type defines `__del__` (PEP 442 finalizer), or is a generator/coroutine. */
  hasFinalizer?: boolean;
  /** Immortal (3.12+): never counted, never collected. */
  immortal?: boolean;
  /** Created untracked although its kind is always tracked (3.11+ frame object of a running
   *  frame); the interpreter calls track() when it should join the GC lists. */
  untracked?: boolean;
  /** Legacy `tp_del` finalizer (C types only): unreachable cycles holding it go to gc.garbage. */
  legacyFinalizer?: boolean;
}

export interface EdgeOptions {
  /**
   * False when the owner's tp_traverse does not report this reference (3.13/3.14 instance ->
   * materialised dict view). The reference still counts in the target's refcount.
   */
  traversed?: boolean;
}

/** Callbacks into the interpreter. All optional; the heap works without them. */
export interface HeapHooks {
  /** Run `__del__` (or a generator's close) of `id`. May create references (resurrection). */
  finalize?(id: ObjId): void;
  /** Call the weakref callback object `callback` with the (already cleared) weakref `ref`. */
  weakrefCallback?(ref: ObjId, callback: ObjId): void;
  /** `id` was deallocated (refcount or GC): the interpreter drops its value mirror. */
  freed?(id: ObjId): void;
  /** A Python function in gc.callbacks: phase 'start' | 'stop'. */
  gcCallback?(phase: 'start' | 'stop', info: { generation: number; collected: number; uncollectable: number }): void;
}

export type Trigger = 'threshold' | 'explicit' | 'policy';

export interface CollectionRecord {
  index: number; // 0-based order of collections in the run
  tick: number; // number of GC allocations made before this collection started
  generation: number; // 0, 1, 2 (3.14.0-3.14.4 increments report 1)
  trigger: Trigger;
  site: Span; // the statement that triggered it (allocation, checkpoint, or gc.collect call)
  collected: number; // m: unreachable and freed (incl. weakrefs freed after callbacks)
  uncollectable: number; // n: legacy-finalizer set
  examined: number; // objects in the generations examined (the work)
  promoted: number; // survivors moved to an older generation
  countsBefore: [number, number, number];
  countsAfter: [number, number, number];
  /** DEBUG_STATS "objects in each generation" / "in permanent generation" at the start (section 7;
   *  3.14.0-3.14.4: young, visited, pending). */
  sizesBefore?: [number, number, number];
  permanentBefore?: number;
  /** Objects the collection found unreachable and freed (ids; look them up with objectInfo).
   *  Empty for objects the heap did not record (recordObjects: false, or past its record limit:
   *  see freedSites). */
  freed: ObjId[];
  /** Freed objects the heap did not record individually, tallied per (site, type). */
  freedSites?: SiteTally[];
  /** How many consecutive identical collections this record stands for (loop acceleration). */
  repeat?: number;
}

export interface SiteTally {
  site: Span;
  typeName: string;
  count: number;
}

export interface ObjectInfo {
  id: ObjId;
  typeName: string;
  category: ObjCategory;
  site: Span;
  refcount: number;
  tracked: boolean;
  generation: number | null; // null: untracked or freed; 3 = permanent (frozen)
  allocTick: number;
  death: null | { how: 'refcount' | 'gc'; tick: number; site: Span; collection: number | null };
}

export interface HeapStats {
  collections: [number, number, number];
  collected: [number, number, number];
  uncollectable: [number, number, number];
}

/** The heap as the interpreter sees it. */
export interface HeapApi {
  readonly profile: ProfileKey;
  /** Current statement, used as the site of collections and deaths. */
  setSite(site: Span): void;

  alloc(spec: AllocSpec): ObjId; // refcount 1, owned by the caller; may run an automatic GC (<=3.11)
  incref(id: ObjId): void;
  decref(id: ObjId): void; // may deallocate, cascading, running finalizers and weakref callbacks
  addEdge(from: ObjId, to: ObjId, opts?: EdgeOptions): void; // increfs `to`
  removeEdge(from: ObjId, to: ObjId): void; // decrefs `to`
  /** Track an untracked container (dict gets a tracked value, etc.). No-op if tracked. */
  track(id: ObjId): void;
  /** The heap itself holds the weakref -> callback reference (an edge it adds here, traversed,
   *  as CPython's weakref traverses wr_callback); do not add that edge yourself. */
  setWeakTarget(ref: ObjId, target: ObjId, callback: ObjId | null): void;
  weakTarget(ref: ObjId): ObjId | null; // null once cleared
  isAlive(id: ObjId): boolean;

  /** Eval-breaker check point (3.12+): runs a scheduled automatic collection. */
  checkpoint(): void;

  // The gc module.
  /** gc.collect(generation); `trigger` (default 'explicit') labels the record, e.g. 'policy'.
   *  Throws RangeError('invalid generation') where CPython raises ValueError. */
  collect(generation: number, trigger?: Trigger): number;
  enable(): void;
  disable(): void;
  isEnabled(): boolean;
  getThreshold(): [number, number, number];
  setThreshold(t0: number, t1?: number, t2?: number): void;
  getCount(): [number, number, number];
  freeze(): void;
  unfreeze(): void;
  getFreezeCount(): number;
  getStats(): HeapStats;
  setDebug(flags: number): void;
  garbage(): ObjId[]; // gc.garbage
  isTracked(id: ObjId): boolean;

  objectInfo(id: ObjId): ObjectInfo | null; // also for freed objects (kept for explanations)
  referrers(id: ObjId): ObjId[]; // live objects holding an edge to id
  collections(): CollectionRecord[];
  tick(): number; // GC allocations so far
  /** Objects freed by collections so far, per allocation site and type (also the ones the heap
   *  stopped recording individually). */
  freedBySite?(): SiteTally[];
  /** gc.is_finalized(obj) (3.9+): its __del__ / tp_finalize already ran. */
  isFinalized?(id: ObjId): boolean;
  /** gc.get_objects(generation): the program's tracked objects in that generation (all
   *  generations when omitted); the opaque start-up heap is not listed. */
  getObjects?(generation?: number): ObjId[];
  /** gc.get_referents(obj): the objects `id` holds references to (traversed or not). */
  referents?(id: ObjId): ObjId[];
}

/**
 * Loop acceleration support (used by the interpreter's period detection): a key of everything that
 * decides future GC behaviour apart from object identities, and a way to replay the cumulative
 * effect of a detected period.
 */
export interface HeapRepeatApi {
  /** Counts, thresholds, enabled flag, long-lived pending/total, generation sizes, free-list
   *  occupancy, scheduled flag, incremental-collector state. Equal keys => equal futures, provided
   *  the interpreter's own state (live structure reachable from frames) is also equal. */
  gcStateKey(): string;
  /** Opaque marker of the cumulative figures now (ticks, stats, collection records, work). */
  mark(): unknown;
  /** The work done since `mark` happens `times` more times: adds ticks, stats, work, and the
   *  collection records since the mark as repeated records (`repeat`), without simulating them. */
  repeatSince(mark: unknown, times: number): void;
}
