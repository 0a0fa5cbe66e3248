// Free-list bookkeeping (section 2.2 of the GC notes): only occupancy matters, because an object
// served from a free list is not counted by count0 and one pushed onto it is not uncounted.
// Slots: one per kind, tuples one per length 1..19.

import type { AllocSpec } from './heapApi';
import type { FreeListCaps } from './profiles';

export const NO_FREE_LIST = 255;
const LIST = 0, DICT = 1, FRAME = 2, BOUND = 3, BUILTIN = 4, LISTITER = 5, TUPLEITER = 6, TUPLE1 = 7;
export const FREE_LIST_SLOTS = TUPLE1 + 19;

/** Capacity per slot for a profile. */
export function freeListCapacities(caps: FreeListCaps): Int32Array {
  const out = new Int32Array(FREE_LIST_SLOTS);
  out[LIST] = caps.list;
  out[DICT] = caps.dict;
  out[FRAME] = caps.frame;
  out[BOUND] = caps.boundMethod;
  out[BUILTIN] = caps.builtinMethod;
  out[LISTITER] = caps.listIterator;
  out[TUPLEITER] = caps.tupleIterator;
  for (let i = 0; i < 19; i++) out[TUPLE1 + i] = caps.tuple;
  return out;
}

/** Which free list an object of this spec comes from / goes to, or NO_FREE_LIST. */
export function freeListSlot(spec: AllocSpec): number {
  switch (spec.category) {
    case 'list': return spec.typeName === 'list' ? LIST : NO_FREE_LIST;
    case 'dict': case 'instanceDict': return spec.typeName === 'dict' ? DICT : NO_FREE_LIST;
    case 'tuple': case 'closureTuple': {
      const n = spec.length ?? 0;
      return n >= 1 && n <= 19 && spec.typeName === 'tuple' ? TUPLE1 + n - 1 : NO_FREE_LIST;
    }
    case 'frame': return FRAME;
    case 'boundMethod': return BOUND;
    case 'builtinMethod': return BUILTIN;
    case 'iterator':
      if (spec.typeName === 'list_iterator') return LISTITER;
      if (spec.typeName === 'tuple_iterator') return TUPLEITER;
      return NO_FREE_LIST;
    default: return NO_FREE_LIST;
  }
}
