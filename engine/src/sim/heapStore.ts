// The object store behind the heap: struct-of-arrays columns indexed by numeric object id, and
// the GC lists as intrusive doubly-linked lists (like CPython's PyGC_Head), so allocation,
// deallocation and list splicing allocate nothing on the JS heap.

/** Object flags (column `flags`). */
export const F_ALIVE = 1;
export const F_TRACKED = 2;
export const F_FINALIZED = 4; // PEP 442: __del__ already ran (at most once per object)
export const F_HASFIN = 8;
export const F_IMMORTAL = 16;
export const F_INU = 32; // member of the unreachable set of the running collection
export const F_EXAM = 64; // examined by the running collection
export const F_REACH = 128; // found reachable by the running collection
/** Flags of column `flags2`. */
export const F2_LEGACY = 1; // legacy tp_del finalizer
export const F2_WEAKREFD = 2; // some weakref points to it
export const F2_GCDEATH = 4; // being freed by a collection (counted in its return value)
export const F2_WEAKREF = 8; // is a weakref object

/** List heads: ids below FIRST_ID are sentinels, never objects. */
export const H_GEN0 = 0; // generational gen 0 / incremental young
export const H_GEN1 = 1; // gen 1 / incremental old space 0
export const H_GEN2 = 2; // gen 2 / incremental old space 1
export const H_PERM = 3; // permanent generation (gc.freeze)
export const H_U = 4; // unreachable set of the running collection
export const H_TMP = 5; // scratch (legacy-finalizer set, increment)
export const H_TMP2 = 6; // scratch (resurrected objects)
export const NUM_HEADS = 7;
export const FIRST_ID = 8;

export class ObjectStore {
  cap = 0;
  rc = new Int32Array(0);
  flags = new Uint8Array(0);
  flags2 = new Uint8Array(0);
  /** List the object is on (a head id), -1 when untracked. */
  gen = new Int8Array(0);
  next = new Int32Array(0);
  prev = new Int32Array(0);
  gcRefs = new Int32Array(0);
  cat = new Uint8Array(0);
  typeIdx = new Uint16Array(0);
  siteIdx = new Int32Array(0);
  freeSlot = new Uint8Array(0);
  allocTick = new Int32Array(0);
  deathHow = new Uint8Array(0); // 0 alive/unknown, 1 refcount, 2 gc
  deathTick = new Int32Array(0);
  deathSite = new Int32Array(0);
  deathColl = new Int32Array(0);
  /**
   * Out-edges per object; a traversed edge is stored as `to`, an untraversed one as `~to`. An
   * object with exactly one edge keeps it in `e0` (no array: most objects have 0 or 1 edges);
   * with more, all of them are in `edges[x]` and `e0[x]` is NO_EDGE.
   */
  edges: (number[] | null | undefined)[] = [];
  e0 = new Int32Array(0);
  /** Objects per list head. */
  size = new Int32Array(NUM_HEADS);

  constructor(initial: number) {
    this.grow(Math.max(initial, 64));
    for (let h = 0; h < NUM_HEADS; h++) this.initList(h);
  }

  grow(min: number): void {
    let cap = Math.max(this.cap * 2, 64);
    while (cap < min) cap *= 2;
    const g32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    const g8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b; };
    this.rc = g32(this.rc);
    this.flags = g8(this.flags);
    this.flags2 = g8(this.flags2);
    const gen = new Int8Array(cap); gen.set(this.gen); this.gen = gen;
    this.next = g32(this.next);
    this.prev = g32(this.prev);
    this.gcRefs = g32(this.gcRefs);
    this.cat = g8(this.cat);
    const t = new Uint16Array(cap); t.set(this.typeIdx); this.typeIdx = t;
    this.siteIdx = g32(this.siteIdx);
    this.freeSlot = g8(this.freeSlot);
    this.allocTick = g32(this.allocTick);
    this.deathHow = g8(this.deathHow);
    this.deathTick = g32(this.deathTick);
    this.deathSite = g32(this.deathSite);
    this.deathColl = g32(this.deathColl);
    this.e0 = g32(this.e0);
    this.cap = cap;
  }

  initList(h: number): void {
    this.next[h] = h;
    this.prev[h] = h;
    this.size[h] = 0;
  }

  append(h: number, x: number): void {
    const p = this.prev[h];
    this.next[p] = x;
    this.prev[x] = p;
    this.next[x] = h;
    this.prev[h] = x;
    this.gen[x] = h;
    this.size[h]++;
  }

  unlink(x: number): void {
    const p = this.prev[x], n = this.next[x];
    this.next[p] = n;
    this.prev[n] = p;
    this.size[this.gen[x]]--;
    this.gen[x] = -1;
  }

  move(x: number, to: number): void {
    this.unlink(x);
    this.append(to, x);
  }

  /** Appends every object of list `from` to list `to` (in order) and empties `from`. */
  merge(from: number, to: number): void {
    if (this.next[from] === from) return;
    for (let x = this.next[from]; x !== from; x = this.next[x]) this.gen[x] = to;
    const f = this.next[from], l = this.prev[from], tl = this.prev[to];
    this.next[tl] = f;
    this.prev[f] = tl;
    this.next[l] = to;
    this.prev[to] = l;
    this.size[to] += this.size[from];
    this.initList(from);
  }

  /** How many out-edges `x` has. */
  degree(x: number): number {
    const l = this.edges[x];
    return l ? l.length : this.e0[x] === NO_EDGE ? 0 : 1;
  }

  /** The i-th out-edge value of `x` (0 <= i < degree(x)). */
  edge(x: number, i: number): number {
    const l = this.edges[x];
    return l ? l[i]! : this.e0[x]!;
  }

  /** Ids of a list, in order (a snapshot the caller may iterate while the list changes). */
  ids(h: number): number[] {
    const out: number[] = [];
    for (let x = this.next[h]; x !== h; x = this.next[x]) out.push(x);
    return out;
  }
}

export const NO_EDGE = 0x7fffffff;

/** Edge value -> target id. */
export function edgeTarget(e: number): number {
  return e >= 0 ? e : ~e;
}
