// `for` and `while` loops, with loop acceleration: once the GC state key, the interpreter's live
// structure and the iteration's control-flow trace repeat with some period p (confirmed over one
// more period), whole periods are replayed by the heap (repeatSince) instead of being simulated.

import type { Stmt } from '../../ir';
import type { Span } from '../../text';
import { BREAK, NORMAL, RETURN, type Completion } from './frame';
import type { Interpreter } from './interpreter';
import { UNKNOWN, rangeLen, shapeOf, type Value } from './values';

/** Iterations remembered while looking for a period. */
const WINDOW = 50000;

export class LoopRunner {
  constructor(private it: Interpreter) {}

  execFor(s: Extract<Stmt, { k: 'for' }>): Completion {
    const it = this.it;
    const iterable = it.evalIterable(s.iter);
    try {
      if (iterable.k === 'range') return this.forRange(s, iterable);
      if (iterable.k === 'unknown' || (iterable.k === 'atom' && iterable.v === null)) {
        it.noteUncertain(s.site, 'loop over an unknown iterable: body run once');
        it.store(s.target, UNKNOWN);
        const c = it.execBlock(s.body);
        return c === RETURN ? RETURN : NORMAL;
      }
      const iter = it.makeIterator(iterable, s.site);
      try {
        let broke = false;
        for (;;) {
          const x = iter.k === 'obj' ? it.iterNext(iter.id, s.site) : this.nextOfAtom(iter);
          if (x === null) break;
          it.store(s.target, x);
          it.drop(x);
          const c = it.execBlock(s.body);
          if (c === BREAK) { broke = true; break; }
          if (c === RETURN) return RETURN;
          if (it.deferred) it.heap.checkpoint(); // JUMP_BACKWARD
          it.step(s.site);
        }
        if (!broke) return it.execBlock(s.orelse);
        return NORMAL;
      } finally {
        it.drop(iter);
      }
    } finally {
      it.drop(iterable);
    }
  }

  private atomPos = new WeakMap<object, number>();
  private nextOfAtom(v: Value): Value | null {
    const items = this.it.peekItems(v);
    if (!items) return null;
    const pos = this.atomPos.get(v) ?? 0;
    if (pos >= items.length) return null;
    this.atomPos.set(v, pos + 1);
    return this.it.ownItem(items[pos]!);
  }

  private forRange(s: Extract<Stmt, { k: 'for' }>, r: { start: number; stop: number; step: number }): Completion {
    const it = this.it;
    const n = rangeLen(r);
    const accel = n > 64 && it.cfg.accelerate !== false && it.cfg.policy.kind !== 'every' && !hasEscape(s.body);
    const seen = new Map<string, number>();
    let confirm: { until: number; key: string; mark: unknown; ints: Map<string, number>; count2: number; explicit: number } | null = null;
    let i = 0;
    let broke = false;
    const outerTrace = it.trace;
    while (i < n) {
      it.store(s.target, { k: 'atom', t: 'int', v: r.start + i * r.step });
      if (accel) it.trace = 0x811c9dc5;
      const c = it.execBlock(s.body);
      if (c === BREAK) { broke = true; break; }
      if (c === RETURN) { it.trace = outerTrace; return RETURN; }
      if (it.deferred) it.heap.checkpoint();
      i++;
      if (i < n) it.step(s.site);
      if (!accel || i >= n) continue;
      const key = `${this.heapKey()}#${this.structKey()}#${it.trace}`;
      if (confirm) {
        if (i < confirm.until) continue;
        // A period with gc.collect() calls is not skipped: each call is a reported result.
        if (key === confirm.key && it.explicitCollects.length === confirm.explicit) {
          const period = i - this.confirmStart;
          const remaining = n - i;
          const k = Math.floor(remaining / period);
          if (k > 0) {
            const c2 = this.counts();
            it.heap.repeatSince(confirm.mark, k);
            if (c2) c2[2] += (c2[2] - confirm.count2) * k;
            this.extrapolate(confirm.ints, k, s.site, s.target.k === 'name' ? s.target.name : null);
            i += k * period;
          }
          confirm = null;
          seen.clear();
          continue;
        }
        confirm = null;
        seen.clear();
      }
      const j = seen.get(key);
      if (j !== undefined) {
        // Candidate period i - j: confirm over one more period from a mark taken now.
        this.confirmStart = i;
        confirm = { until: i + (i - j), key, mark: it.heap.mark(), ints: this.intVars(), count2: this.counts()?.[2] ?? 0, explicit: it.explicitCollects.length };
        continue;
      }
      if (seen.size >= WINDOW) seen.clear(); // a new window: periods longer than it are not found
      seen.set(key, i);
    }
    it.trace = outerTrace;
    if (!broke) return it.execBlock(s.orelse);
    return NORMAL;
  }

  private confirmStart = 0;

  execWhile(s: Extract<Stmt, { k: 'while' }>): Completion {
    const it = this.it;
    for (;;) {
      const t = it.truth(s.test, s.site);
      if (t === false) return it.execBlock(s.orelse);
      const c = it.execBlock(s.body);
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return RETURN;
      if (t === null) return NORMAL; // unknown condition: the body once
      if (it.deferred) it.heap.checkpoint();
      it.step(s.site);
    }
  }

  /** The heap's own count array when it exposes one (the concrete Heap does). */
  private counts(): number[] | null {
    const h = this.it.heap as unknown as { counts?: number[]; threshold?: number[] };
    return Array.isArray(h.counts) && Array.isArray(h.threshold) ? h.counts : null;
  }

  /**
   * The heap's state key with count2 saturated at threshold2 + 1: past the threshold only
   * "count2 > threshold2" decides anything (the 25 % long-lived rule gates the rest), and a
   * loop of gen-1 collections would otherwise never repeat. The skipped growth is added back
   * after repeatSince (FIXME: belongs in heapRepeat.ts; reported to the heap owner).
   */
  private heapKey(): string {
    const h = this.it.heap as unknown as { counts?: number[]; threshold?: number[] };
    const c = this.counts();
    const t = h.threshold;
    if (!c || !t || !(t[2]! > 0) || c[2]! <= t[2]! + 1) return this.it.heap.gcStateKey();
    const saved = c[2]!;
    c[2] = t[2]! + 1;
    try {
      return this.it.heap.gcStateKey();
    } finally {
      c[2] = saved;
    }
  }

  /** Live structure of the interpreter: frames' variables (shapes, sizes), not identities. */
  structKey(): string {
    const it = this.it;
    const parts: string[] = [String(it.mirrors.size), String(it.registry.size), String(it.gcCallbacks.length)];
    const describe = (v: Value): string => {
      if (v.k !== 'obj') return shapeOf(v);
      const m = it.mirrors.get(v.id);
      if (!m) return 'x';
      switch (m.kind) {
        case 'list': case 'tuple': return `${m.kind}${m.items.length}:${m.items.slice(0, 8).map((x) => (x.k === 'obj' ? 'o' : shapeOf(x) + (x.k === 'atom' ? String(x.v) : ''))).join(',')}`;
        case 'dict': return `d${m.map.size}`;
        case 'set': return `s${m.map.size}`;
        case 'instance': return `i${m.attrs.size}:${[...m.attrs].map(([k, x]) => k + '=' + (x.k === 'obj' ? 'o' : shapeOf(x) + (x.k === 'atom' ? String(x.v) : ''))).join(',')}`;
        default: return m.kind;
      }
    };
    for (let f = it.frame; f; f = f.caller) {
      parts.push(`F${f.fn.id}`);
      for (const [k, v] of f.vars) parts.push(`${k}:${describe(v)}`);
    }
    for (const m of it.mods) for (const [k, v] of m.globals) parts.push(`${k}:${describe(v)}`);
    return parts.join(';');
  }

  /** Int variables of the live frames and modules (to extrapolate counters over skipped periods). */
  private intVars(): Map<string, number> {
    const it = this.it;
    const out = new Map<string, number>();
    let depth = 0;
    for (let f = it.frame; f; f = f.caller, depth++) {
      for (const [k, v] of f.vars) if (v.k === 'atom' && v.t === 'int' && typeof v.v === 'number') out.set(`${depth}:${k}`, v.v);
    }
    it.mods.forEach((m, mi) => {
      for (const [k, v] of m.globals) if (v.k === 'atom' && v.t === 'int' && typeof v.v === 'number') out.set(`g${mi}:${k}`, v.v);
    });
    return out;
  }

  /** After skipping k periods: counters that moved by d per period move by k*d. */
  private extrapolate(before: Map<string, number>, k: number, site: Span, loopVar: string | null): void {
    const it = this.it;
    let depth = 0;
    const fix = (vars: Map<string, Value>, prefix: string) => {
      for (const [name, v] of vars) {
        if (v.k !== 'atom' || v.t !== 'int' || typeof v.v !== 'number') continue;
        const b = before.get(prefix + name);
        if (b === undefined || b === v.v) continue;
        vars.set(name, { k: 'atom', t: 'int', v: v.v + (v.v - b) * k });
        if (name !== loopVar) moved.push(name);
      }
    };
    const moved: string[] = [];
    for (let f = it.frame; f; f = f.caller, depth++) fix(f.vars, `${depth}:`);
    it.mods.forEach((m, mi) => fix(m.globals, `g${mi}:`));
    // Exact for counters that move by the same amount every period; an accumulator of the loop
    // variable (total += i) is not linear, so its value after the loop is approximate.
    if (moved.length > 0) it.noteUncertain(site, `loop accelerated: ${[...new Set(moved)].join(', ')} advanced linearly over skipped iterations`);
  }
}

/** Loops whose body can leave early are not accelerated (the exit depends on values). */
function hasEscape(body: Stmt[]): boolean {
  for (const s of body) {
    switch (s.k) {
      case 'break': case 'return': case 'raise': return true;
      case 'if': if (hasEscape(s.body) || hasEscape(s.orelse)) return true; break;
      case 'try': if (hasEscape(s.body) || hasEscape(s.orelse) || hasEscape(s.finalbody) || s.handlers.some((h) => hasEscape(h.body))) return true; break;
      case 'with': if (hasEscape(s.body)) return true; break;
      case 'for': case 'while': break; // a nested loop's break leaves only that loop
      default: break;
    }
  }
  return false;
}
