// The interpreter's mirror of each heap object: the Python-level contents (items, attributes,
// closure cells, generator state). The heap holds the matching edges and every reference count;
// the mirror says *which* values sit where so that Python semantics can be evaluated.

import type { Value } from './values';

export interface FrameObjMirror {
  kind: 'frame';
  /** Fast locals (and cells) the frame object owns once materialised; shared with the running Frame. */
  vars: Map<string, Value>;
}

export interface ClassMirror {
  kind: 'class';
  name: string;
  qualname: string;
  attrs: Map<string, Value>; // the type dict (edges from `dictPart`)
  dictPart: number;
  bases: Value[];
  /** Builtin base names found in the MRO (Exception, object, dict, ...). */
  builtinBases: string[];
  slots: string[] | null; // __slots__ without __dict__
  parts: number[];
  /** @dataclass: the fields its generated __init__ assigns, in order. */
  dataclassFields?: string[];
}

export interface InstanceMirror {
  kind: 'instance';
  cls: number;
  attrs: Map<string, Value>;
  /** The instance dict object, if any, and whether the instance traverses it. */
  dict: number | null;
  dictTraversed: boolean;
  slots: boolean;
  /** Builtin exception data for subclasses of exceptions. */
  exc: ExcData | null;
}

export interface ExcData {
  args: number | null; // args tuple object (null: empty args or constant tuple)
  tb: number | null; // __traceback__
  context: number | null;
}

export type Mirror =
  | { kind: 'list'; items: Value[] }
  | { kind: 'tuple'; items: Value[] }
  | { kind: 'dict'; map: Map<string, [Value, Value]> }
  | { kind: 'set'; map: Map<string, Value> }
  | InstanceMirror
  | ClassMirror
  | { kind: 'classPart' }
  | { kind: 'exception'; typeName: string; exc: ExcData }
  | {
      kind: 'function';
      fnId: number;
      mod: number; // index of the module context
      name: string;
      closure: number | null; // closure tuple id
      cells: Map<string, number>; // freevar -> cell id (held by the closure tuple)
      defaults: Value[];
      defaultsObj: number | null;
      kwDefaults: Map<string, Value>;
      kwDefaultsObj: number | null;
      isClassMethod?: boolean;
      isStaticMethod?: boolean;
      /** The function's __dict__ (made by the first attribute store). */
      dictObj?: number | null;
    }
  | { kind: 'cell'; value: Value | null }
  | { kind: 'closureTuple'; cells: number[] }
  | { kind: 'boundMethod'; func: Value; self: Value }
  | { kind: 'builtinMethod'; name: string; self: Value }
  | {
      kind: 'generator';
      fnId: number;
      mod: number;
      func: number; // the function object (kept by 3.11+ generator frames)
      state: 'unstarted' | 'started' | 'exhausted';
      locals: Map<string, Value>; // initial locals (arguments), held by `holder`
      cells: Map<string, number>;
      holder: number; // the generator (3.11+) or its frame object (3.8-3.10)
      frame: number | null;
      buffer: Value[] | null; // produced values not yet consumed (owned by the interpreter)
      pos: number;
    }
  | FrameObjMirror
  | { kind: 'traceback'; frame: number; next: number | null }
  | { kind: 'weakref'; callback: Value | null; finalize?: { func: Value; args: Value[] } }
  | {
      kind: 'weakcontainer';
      typeName: string;
      map: Map<string, [Value, Value]>;
      weakKeys: boolean;
      weakValues: boolean;
      /** key -> the weakref (KeyedRef) that holds the weak side of the entry. */
      refs: Map<string, number>;
      remover: number; // the `remove` callback function the container owns
    }
  | { kind: 'iterator'; over: Value; pos: number; items: Value[] | null }
  | { kind: 'other'; typeName: string; held: Value[] }
  | { kind: 'param'; attrs: Map<string, Value> }
  // The materialised __dict__ of an instance: a view of the instance's attributes.
  | { kind: 'instdict'; inst: number }
  // dict.keys() / values() / items(): a view object that keeps its dict alive.
  | { kind: 'dictview'; dict: number; which: 'keys' | 'values' | 'items' };

/** Object ids a mirror refers to (the edges the interpreter asked the heap for). */
export function mirrorChildren(m: Mirror): number[] {
  const out: number[] = [];
  const add = (v: Value | null | undefined) => {
    if (v && v.k === 'obj') out.push(v.id);
  };
  switch (m.kind) {
    case 'list': case 'tuple': m.items.forEach(add); break;
    case 'dict': for (const [k, v] of m.map.values()) { add(k); add(v); } break;
    case 'set': m.map.forEach(add); break;
    case 'instance':
      m.attrs.forEach(add);
      if (m.dict !== null) out.push(m.dict);
      out.push(m.cls);
      if (m.exc) excChildren(m.exc, out);
      break;
    case 'class': m.attrs.forEach(add); out.push(...m.parts); break;
    case 'exception': excChildren(m.exc, out); break;
    case 'function':
      if (m.closure !== null) out.push(m.closure);
      if (m.defaultsObj !== null) out.push(m.defaultsObj);
      if (m.kwDefaultsObj !== null) out.push(m.kwDefaultsObj);
      if (m.dictObj) out.push(m.dictObj);
      break;
    case 'cell': add(m.value); break;
    case 'closureTuple': out.push(...m.cells); break;
    case 'boundMethod': add(m.func); add(m.self); break;
    case 'builtinMethod': add(m.self); break;
    case 'generator':
      m.locals.forEach(add);
      out.push(...m.cells.values());
      if (m.frame !== null) out.push(m.frame);
      break;
    case 'frame': m.vars.forEach(add); break;
    case 'traceback': out.push(m.frame); if (m.next !== null) out.push(m.next); break;
    case 'weakref': add(m.callback); break;
    case 'weakcontainer':
      for (const [k, v] of m.map.values()) { if (!m.weakKeys) add(k); if (!m.weakValues) add(v); }
      out.push(...m.refs.values(), m.remover);
      break;
    case 'iterator': add(m.over); break;
    case 'other': m.held.forEach(add); break;
    case 'param': m.attrs.forEach(add); break;
    case 'dictview': out.push(m.dict); break;
    default: break;
  }
  return out;
}

function excChildren(e: ExcData, out: number[]): void {
  if (e.args !== null) out.push(e.args);
  if (e.tb !== null) out.push(e.tb);
  if (e.context !== null) out.push(e.context);
}
