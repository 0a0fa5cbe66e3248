// The interpreter's state and its reference-owning primitives: allocation with a mirror, owned /
// borrowed values, variable slots (frame locals, cells, globals), container stores that keep the
// heap's edges equal to the mirror, and per-version instance attribute storage (section 1.5).

import type { ExplicitCollect, Policy } from '../../api';
import type { Module } from '../../ir';
import { Span } from '../../text';
import type { AllocSpec, HeapApi, HeapRepeatApi, ObjCategory, ProfileKey } from '../heapApi';
import type { Frame, ModuleCtx } from './frame';
import { StopSimulation } from './frame';
import type { Mirror } from './objects';
import { mirrorChildren } from './objects';
import { hashKey, type Value } from './values';

export type SimHeap = HeapApi & HeapRepeatApi;

export interface InterpConfig {
  heap: SimHeap;
  profile: ProfileKey;
  maxSteps: number;
  maxTicks: number;
  isCancelled?: () => boolean;
  resolveModule?: (name: string, fromFile: string) => Module | null;
  policy: Policy;
  maxObjects: number;
  /** Loop acceleration (default on); tests turn it off to compare with brute force. */
  accelerate?: boolean;
}

export class Core {
  readonly heap: SimHeap;
  readonly profile: ProfileKey;
  readonly mirrors = new Map<number, Mirror>();
  /** Children of objects freed since the last flush, to group a collection's garbage. */
  readonly graveyard = new Map<number, number[]>();
  readonly escaped = new Set<number>();
  readonly uncertain: { site: Span; reason: string }[] = [];
  readonly uncertainKeys = new Set<string>();
  readonly explicitCollects: ExplicitCollect[] = [];
  readonly allocated: number[] = [];
  allocCount = 0;
  steps = 0;
  site: Span = Span.none;
  frame: Frame | null = null;
  readonly mods: ModuleCtx[] = [];
  /** Last statement that dropped a reference to a still-live object, with a sequence number. */
  readonly lastDrop = new Map<number, { seq: number; site: Span; tick: number }>();
  dropSeq = 0;
  limitHit: StopSimulation | null = null;
  /** Periodic timeline sampling (simulate.ts). */
  onSample: (() => void) | null = null;
  /** True for 3.12+: automatic collections wait for eval-breaker check points. */
  readonly deferred: boolean;
  readonly old: boolean; // 3.8-3.10: frames are objects, instance dicts always
  readonly cfg: InterpConfig;

  constructor(cfg: InterpConfig) {
    this.cfg = cfg;
    this.heap = cfg.heap;
    this.profile = cfg.profile;
    this.deferred = !(cfg.profile === 'G38' || cfg.profile === 'G39' || cfg.profile === 'G311');
    this.old = cfg.profile === 'G38' || cfg.profile === 'G39';
  }

  /** Rolling hash of the control-flow decisions of the current loop iteration (loops.ts). */
  trace = 0;

  mix(x: number): void {
    this.trace = Math.imul(this.trace ^ (x | 0), 16777619) >>> 0;
  }

  mixValue(v: Value): void {
    if (v.k === 'atom' && typeof v.v === 'number') this.mix(v.v);
    else if (v.k === 'atom' && typeof v.v === 'string') this.mix(v.v.length * 31 + (v.v.charCodeAt(0) || 0));
    else this.mix(v.k.length);
  }

  // ---- bookkeeping -------------------------------------------------------------------------

  noteUncertain(site: Span, reason: string): void {
    const key = `${Span.key(site)}|${reason}`;
    if (this.uncertainKeys.has(key) || this.uncertain.length >= 500) return;
    this.uncertainKeys.add(key);
    this.uncertain.push({ site, reason });
  }

  step(site: Span): void {
    this.site = site;
    this.heap.setSite(site);
    this.steps++;
    if (this.steps > this.cfg.maxSteps) throw new StopSimulation('steps', site);
    if ((this.steps & 1023) === 0) {
      if ((this.steps & 4095) === 0) this.onSample?.();
      if (this.cfg.isCancelled?.()) throw new StopSimulation('cancelled', site);
      if (this.heap.tick() > this.cfg.maxTicks) throw new StopSimulation('ticks', site);
    }
  }

  /**
   * Bulk work on n items (copying, joining, unpacking a container) counts against the step
   * budget like n statements: a loop that grows a list and joins it every iteration is quadratic,
   * and must hit the bound in bounded time rather than only after 2e7 statements.
   */
  charge(n: number): void {
    if (n < 32) return;
    this.steps += n;
    if (this.steps > this.cfg.maxSteps) throw new StopSimulation('steps', this.site);
  }

  alloc(spec: AllocSpec, mirror: Mirror): number {
    const id = this.heap.alloc(spec);
    this.mirrors.set(id, mirror);
    this.allocCount++;
    if (this.allocated.length < this.cfg.maxObjects) this.allocated.push(id);
    return id;
  }

  allocSimple(category: ObjCategory, typeName: string, mirror: Mirror, extra?: Partial<AllocSpec>): number {
    return this.alloc({ category, typeName, site: this.site, ...extra }, mirror);
  }

  m(id: number): Mirror | undefined {
    return this.mirrors.get(id);
  }

  // ---- references --------------------------------------------------------------------------

  own(v: Value): Value {
    // (A borrowed id whose object already died - a view tuple outliving its container - is
    // simply not referenced again.)
    if (v.k === 'obj' && this.heap.isAlive(v.id)) this.heap.incref(v.id);
    return v;
  }

  drop(v: Value | null | undefined): void {
    if (!v || v.k !== 'obj' || !this.heap.isAlive(v.id)) return;
    this.heap.decref(v.id);
    if (this.heap.isAlive(v.id)) this.lastDrop.set(v.id, { seq: ++this.dropSeq, site: this.site, tick: this.heap.tick() });
  }

  edge(from: number, v: Value): void {
    if (v.k === 'obj' && this.heap.isAlive(v.id)) this.heap.addEdge(from, v.id);
  }

  unedge(from: number, v: Value | null | undefined): void {
    // A live edge keeps its target alive, so a dead target means the edge was never made.
    if (!v || v.k !== 'obj' || !this.heap.isAlive(v.id) || !this.heap.isAlive(from)) return;
    this.heap.removeEdge(from, v.id);
    if (this.heap.isAlive(v.id)) this.lastDrop.set(v.id, { seq: ++this.dropSeq, site: this.site, tick: this.heap.tick() });
  }

  /** Track a lazily tracked container (dict) when a tracked value goes in. */
  maybeTrack(container: number, v: Value): void {
    if (v.k === 'obj' && !this.heap.isTracked(container) && this.mayBeTracked(v)) this.heap.track(container);
  }

  /** _PyObject_GC_MAY_BE_TRACKED: any GC object, except a tuple that is currently untracked. */
  mayBeTracked(v: Value): boolean {
    if (v.k !== 'obj') return false;
    const m = this.mirrors.get(v.id);
    return m?.kind === 'tuple' ? this.heap.isTracked(v.id) : true;
  }

  escape(v: Value): void {
    if (v.k === 'obj') this.escaped.add(v.id);
  }

  // ---- variable slots ----------------------------------------------------------------------

  /** The object that holds a frame's variables through heap edges, or null (owned by us). */
  private varHolder(f: Frame): number | null {
    return f.fast && f.obj !== null ? f.obj : null;
  }

  /** Binds `name` in `f.vars` to a borrowed value (the slot takes its own reference). */
  setSlot(f: Frame, name: string, v: Value): void {
    const holder = this.varHolder(f);
    if (holder !== null) this.edge(holder, v);
    else this.own(v);
    const old = f.vars.get(name);
    f.vars.set(name, v);
    if (old) {
      if (holder !== null) this.unedge(holder, old);
      else this.drop(old);
    }
  }

  delSlot(f: Frame, name: string): boolean {
    const old = f.vars.get(name);
    if (old === undefined) return false;
    f.vars.delete(name);
    const holder = this.varHolder(f);
    if (holder !== null) this.unedge(holder, old);
    else this.drop(old);
    return true;
  }

  setCell(cell: number, v: Value): void {
    const cm = this.mirrors.get(cell);
    if (!cm || cm.kind !== 'cell') return;
    this.edge(cell, v);
    const old = cm.value;
    cm.value = v;
    this.unedge(cell, old);
  }

  newCell(): number {
    return this.allocSimple('cell', 'cell', { kind: 'cell', value: null });
  }

  // ---- containers (borrowed values; the container takes its own references) ------------------

  newList(items: Value[]): number {
    const id = this.allocSimple('list', 'list', { kind: 'list', items: [] });
    const m = this.mirrors.get(id) as { kind: 'list'; items: Value[] };
    for (const v of items) this.edge(id, v);
    m.items = items.slice();
    return id;
  }

  newTuple(items: Value[], typeName = 'tuple'): number {
    const gc = items.some((v) => v.k === 'obj');
    const tracked = items.some((v) => v.k === 'obj' && this.heap.isTracked(v.id));
    const id = this.allocSimple('tuple', typeName, { kind: 'tuple', items: items.slice() }, {
      length: items.length,
      itemTypesGc: gc,
      itemsMayBeTracked: tracked,
    });
    for (const v of items) this.edge(id, v);
    return id;
  }

  newDict(pairs: [Value, Value][], category: ObjCategory = 'dict'): number {
    const tracked = pairs.some(([k, v]) => this.mayBeTracked(k) || this.mayBeTracked(v));
    const id = this.allocSimple(category, 'dict', { kind: 'dict', map: new Map() }, { itemsMayBeTracked: tracked });
    for (const [k, v] of pairs) this.dictSet(id, k, v);
    return id;
  }

  newSet(items: Value[], frozen = false): number {
    const id = this.allocSimple(frozen ? 'frozenset' : 'set', frozen ? 'frozenset' : 'set', { kind: 'set', map: new Map() }, {
      itemsMayBeTracked: items.some((v) => v.k === 'obj'),
    });
    for (const v of items) this.setAdd(id, v);
    return id;
  }

  listAppend(id: number, v: Value): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'list') return;
    this.edge(id, v);
    m.items.push(v);
  }

  listSetItem(id: number, index: number, v: Value): boolean {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'list') return false;
    const i = index < 0 ? index + m.items.length : index;
    if (i < 0 || i >= m.items.length) return false;
    this.edge(id, v);
    const old = m.items[i];
    m.items[i] = v;
    this.unedge(id, old);
    return true;
  }

  /** Replaces items [lo, hi) by `vals` (borrowed). */
  listSplice(id: number, lo: number, hi: number, vals: Value[]): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'list') return;
    for (const v of vals) this.edge(id, v);
    const removed = m.items.splice(lo, Math.max(0, hi - lo), ...vals);
    for (const v of removed) this.unedge(id, v);
  }

  /** Removes and returns (owned) the item at index. */
  listPop(id: number, index: number): Value | null {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'list') return null;
    const i = index < 0 ? index + m.items.length : index;
    if (i < 0 || i >= m.items.length) return null;
    const [v] = m.items.splice(i, 1);
    this.own(v);
    this.unedge(id, v);
    return v;
  }

  listClear(id: number): void {
    const m = this.mirrors.get(id);
    if (!m || (m.kind !== 'list' && m.kind !== 'tuple')) return;
    const items = m.items;
    m.items = [];
    for (const v of items) this.unedge(id, v);
  }

  dictSet(id: number, k: Value, v: Value): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'dict') return;
    const key = hashKey(k) ?? `?${m.map.size}`;
    const old = m.map.get(key);
    this.edge(id, v);
    this.maybeTrack(id, v);
    if (old) {
      m.map.set(key, [old[0], v]);
      this.unedge(id, old[1]);
    } else {
      this.edge(id, k);
      this.maybeTrack(id, k);
      m.map.set(key, [k, v]);
    }
  }

  /** Removes a key; returns the value (owned) or null. */
  dictPop(id: number, k: Value): Value | null {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'dict') return null;
    const key = hashKey(k);
    if (key === null) return null;
    const old = m.map.get(key);
    if (!old) return null;
    m.map.delete(key);
    this.own(old[1]);
    this.unedge(id, old[1]);
    this.unedge(id, old[0]);
    return old[1];
  }

  dictClear(id: number): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'dict') return;
    const entries = [...m.map.values()];
    m.map.clear();
    for (const [k, v] of entries) {
      this.unedge(id, v);
      this.unedge(id, k);
    }
  }

  setAdd(id: number, v: Value): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'set') return;
    const key = hashKey(v) ?? `?${m.map.size}`;
    if (m.map.has(key)) return;
    this.edge(id, v);
    m.map.set(key, v);
  }

  setRemove(id: number, v: Value): boolean {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'set') return false;
    const key = hashKey(v);
    if (key === null || !m.map.has(key)) return false;
    const old = m.map.get(key)!;
    m.map.delete(key);
    this.unedge(id, old);
    return true;
  }

  setClear(id: number): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'set') return;
    const items = [...m.map.values()];
    m.map.clear();
    for (const v of items) this.unedge(id, v);
  }

  // ---- instance attributes (section 1.5) -----------------------------------------------------

  /** Where an instance's attribute values hang: the instance itself or its dict object. */
  private attrHolder(id: number, m: Extract<Mirror, { kind: 'instance' }>): number {
    if (m.slots) return id;
    if (this.old) {
      if (m.dict === null) this.makeInstanceDict(id, m, true);
      return m.dict!;
    }
    return m.dict !== null && m.dictTraversed ? m.dict : id;
  }

  private makeInstanceDict(id: number, m: Extract<Mirror, { kind: 'instance' }>, traversed: boolean): void {
    const tracked = [...m.attrs.values()].some((v) => this.mayBeTracked(v));
    const d = this.allocSimple('instanceDict', 'dict', { kind: 'instdict', inst: id }, { itemsMayBeTracked: tracked });
    this.heap.addEdge(id, d, traversed ? undefined : { traversed: false });
    this.heap.decref(d);
    m.dict = d;
    m.dictTraversed = traversed;
  }

  setInstAttr(id: number, name: string, v: Value): void {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'instance') return;
    const holder = this.attrHolder(id, m);
    this.edge(holder, v);
    if (holder !== id) this.maybeTrack(holder, v);
    else if (m.dict !== null) this.maybeTrack(m.dict, v); // 3.13+ view dict tracking follows its values
    const old = m.attrs.get(name);
    m.attrs.set(name, v);
    if (old) this.unedge(holder, old);
  }

  delInstAttr(id: number, name: string): boolean {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'instance') return false;
    const old = m.attrs.get(name);
    if (old === undefined) return false;
    const holder = this.attrHolder(id, m);
    m.attrs.delete(name);
    this.unedge(holder, old);
    return true;
  }

  /** `obj.__dict__` / `vars(obj)`: materialise the instance dict (section 1.5); returns its id. */
  materialiseDict(id: number): number | null {
    const m = this.mirrors.get(id);
    if (!m || m.kind !== 'instance' || m.slots) return null;
    if (m.dict !== null) return m.dict;
    const p = this.profile;
    if (this.old) {
      this.attrHolder(id, m);
    } else if (p === 'G311' || p === 'G312' || p === 'G315') {
      this.makeInstanceDict(id, m, true);
      for (const v of m.attrs.values()) {
        this.edge(m.dict!, v);
        this.unedge(id, v);
      }
    } else {
      this.makeInstanceDict(id, m, false);
    }
    return m.dict;
  }

  // ---- freed objects -------------------------------------------------------------------------

  /** Called by the heap hook: keep the children for grouping, drop the mirror. */
  forget(id: number): void {
    const m = this.mirrors.get(id);
    if (!m) return;
    this.graveyard.set(id, mirrorChildren(m));
    this.mirrors.delete(id);
    this.lastDrop.delete(id);
  }
}
