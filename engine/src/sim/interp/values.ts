// Interpreter values: atoms with concrete values when known, references to heap objects, and the
// values the simulator cannot know. Atoms are never GC objects (section 1.1), so they carry no
// reference counts; only `obj` values are owned / borrowed references into the heap.

export type AtomType = 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'bool' | 'none' | 'ellipsis';

export type Value =
  | { k: 'atom'; t: AtomType; v: number | string | boolean | null }
  | { k: 'obj'; id: number }
  // A builtin callable or module attribute that is not a program allocation (print, gc.collect, ...).
  // `self` is a borrowed receiver for builtin methods loaded as values (rare).
  | { k: 'builtin'; name: string }
  | { k: 'module'; name: string }
  // range objects and constant tuples are not GC-tracked objects the program allocates.
  | { k: 'range'; start: number; stop: number; step: number }
  | { k: 'consttuple'; items: Value[] }
  | { k: 'unknown' };

export const NONE: Value = { k: 'atom', t: 'none', v: null };
export const TRUE: Value = { k: 'atom', t: 'bool', v: true };
export const FALSE: Value = { k: 'atom', t: 'bool', v: false };
export const UNKNOWN: Value = { k: 'unknown' };

export function int(n: number): Value {
  return { k: 'atom', t: 'int', v: n };
}
export function str(s: string): Value {
  return { k: 'atom', t: 'str', v: s };
}
export function bool(b: boolean): Value {
  return b ? TRUE : FALSE;
}
export function isObj(v: Value): v is { k: 'obj'; id: number } {
  return v.k === 'obj';
}
export function isNone(v: Value): boolean {
  return v.k === 'atom' && v.t === 'none';
}

/** Numeric value of an int/float/bool atom, or null. */
export function num(v: Value): number | null {
  if (v.k !== 'atom') return null;
  if (v.t === 'int' || v.t === 'float') return v.v as number;
  if (v.t === 'bool') return v.v ? 1 : 0;
  return null;
}

/** Python truthiness where it is knowable without the object mirror (null = unknown here). */
export function atomTruth(v: Value): boolean | null {
  switch (v.k) {
    case 'atom':
      if (v.t === 'none') return false;
      if (v.t === 'ellipsis') return true;
      if (v.v === null) return null; // a value of known type but unknown content
      if (v.t === 'str' || v.t === 'bytes') return (v.v as string).length > 0;
      return Boolean(v.v);
    case 'range':
      return rangeLen(v) > 0;
    case 'consttuple':
      return v.items.length > 0;
    case 'builtin':
    case 'module':
      return true;
    default:
      return null;
  }
}

export function rangeLen(r: { start: number; stop: number; step: number }): number {
  if (r.step > 0) return Math.max(0, Math.ceil((r.stop - r.start) / r.step));
  if (r.step < 0) return Math.max(0, Math.ceil((r.start - r.stop) / -r.step));
  return 0;
}

/** A key for dict/set membership of atoms; objects by identity. */
export function hashKey(v: Value): string | null {
  switch (v.k) {
    case 'atom':
      if (v.t === 'bool') return `n:${v.v ? 1 : 0}`; // True == 1
      if (v.t === 'int' || v.t === 'float') return `n:${v.v}`;
      return `${v.t}:${String(v.v)}`;
    case 'obj':
      return `#${v.id}`;
    case 'builtin':
      return `b:${v.name}`;
    case 'module':
      return `m:${v.name}`;
    case 'range':
      return `r:${v.start}:${v.stop}:${v.step}`;
    case 'consttuple': {
      const parts = v.items.map(hashKey);
      return parts.includes(null) ? null : `t:(${parts.join(',')})`;
    }
    default:
      return null;
  }
}

/** Python `str()` of an atom, for % formatting and f-strings; null when unknown. */
export function atomStr(v: Value): string | null {
  if (v.k !== 'atom' || v.v === null && v.t !== 'none') return null;
  switch (v.t) {
    case 'none': return 'None';
    case 'bool': return v.v ? 'True' : 'False';
    case 'str': return v.v as string;
    case 'float': {
      const n = v.v as number;
      return Number.isInteger(n) ? `${n}.0` : String(n);
    }
    default: return String(v.v);
  }
}

/** Shape key of a value for loop-period detection: kind, not identity. */
export function shapeOf(v: Value): string {
  switch (v.k) {
    case 'atom': return v.t === 'int' || v.t === 'float' ? v.t : `${v.t}=${String(v.v)}`;
    case 'obj': return 'o';
    case 'range': return 'range';
    case 'consttuple': return `ct${v.items.length}`;
    case 'builtin': return `b:${v.name}`;
    case 'module': return `m:${v.name}`;
    default: return '?';
  }
}
