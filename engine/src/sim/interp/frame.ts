// Interpreter frames and the non-local control signals (Python exceptions, limits) the
// statement executor throws. A frame's variables are owned references; once a frame object is
// materialised (traceback, sys._getframe) the fast locals are held through its heap edges instead.

import type { FunctionInfo, Module } from '../../ir';
import type { Span } from '../../text';
import type { Value } from './values';

export interface ModuleCtx {
  index: number;
  name: string;
  module: Module;
  globals: Map<string, Value>;
}

export interface Frame {
  mod: ModuleCtx;
  fn: FunctionInfo;
  /** Variables: fast locals of a function (cells stored as `^name` -> cell object), module
   *  globals for the module frame, the class namespace for a class body. */
  vars: Map<string, Value>;
  /** cellvar/freevar name -> cell id (borrowed view of the `^name` entries). */
  cells: Map<string, number>;
  /** Fast locals (function / lambda / comprehension frames): moved into the frame object. */
  fast: boolean;
  obj: number | null;
  funcObj: number | null;
  caller: Frame | null;
  /** PEP 709 inlined comprehension: tracebacks and the frame object belong to this frame. */
  inlinedIn: Frame | null;
  retval: Value | null;
  /** Exceptions being handled (innermost last), owned. */
  handling: Value[];
  /** Generator bodies collect yielded values here (owned); comprehensions append to `comp`. */
  genOut: Value[] | null;
  comp: { kind: 'list' | 'set' | 'dict'; id: number } | null;
  depth: number;
  /** The call that made this frame (3.8-3.10 frame objects are allocated by the call). */
  callSite: Span;
  /** 3.8-3.10: the (not yet materialised) frame object the call took from the code object's
   *  zombie slot or allocated; returned to the zombie slot when the call ends. */
  pooled: number | null;
  poolKey: string;
}

/** Statement completion (instead of exceptions for break/continue/return, which are frequent). */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = 0 | 1 | 2 | 3;

/** A Python exception in flight. `exc` is an owned reference (or unknown). */
export class PyException {
  constructor(
    public exc: Value,
    public typeName: string,
  ) {}
}

/** Stops the whole simulation (limit reached or cancelled). */
export class StopSimulation {
  constructor(
    public what: 'steps' | 'ticks' | 'cancelled',
    public site: Span,
  ) {}
}

/** A generator body produced more values than the simulator follows. */
export class GeneratorCap {}
