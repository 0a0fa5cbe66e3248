// Extraction state shared by the statement, expression and function extractors: source text and
// line table (spans), the code objects made so far with their scope facts (bound names, global /
// nonlocal declarations, every Name node to resolve), and the problems found.

import type { Expr, ExtractProblem, FunctionInfo, FunctionKind, Name } from '../ir';
import type { Span } from '../text';
import type { SNode } from '../syntax/tree';

/** Scope facts of one code object, gathered during extraction and resolved afterwards (scopes.ts). */
export interface ScopeState {
  info: FunctionInfo;
  parent: ScopeState | null;
  bound: Set<string>; // bound here: params, assignment targets, imports, def/class names, ...
  paramNames: string[];
  globals: Set<string>;
  nonlocals: Set<string>;
  names: Name[]; // every Name node of this scope, scope decided later
  usesClassCell: boolean; // `super` or `__class__` is referenced (makes `__class__` free)
}

export class Ctx {
  readonly lineStarts: number[];
  readonly functions: FunctionInfo[] = [];
  readonly scopes: ScopeState[] = [];
  readonly problems: ExtractProblem[] = [];
  cur!: ScopeState;
  private depthReported = false;

  constructor(readonly text: string, readonly maxDepth: number) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** Span of [s, e) in UTF-16 offsets. */
  spanAt(s: number, e: number): Span {
    const sl = this.lineOf(s);
    const el = e === s ? sl : this.lineOf(e);
    return { line: sl, col: s - this.lineStarts[sl], endLine: el, endCol: e - this.lineStarts[el] };
  }

  span(n: SNode): Span {
    return this.spanAt(n.s, n.e);
  }

  private lastLine = 0;

  lineOf(index: number): number {
    const starts = this.lineStarts;
    // Spans come mostly in source order, many on the line of the previous one.
    const last = this.lastLine;
    if (starts[last] <= index && (last + 1 === starts.length || index < starts[last + 1])) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  slice(n: SNode): string {
    return this.text.slice(n.s, n.e);
  }

  /** A short excerpt for 'unknown' nodes and problem messages. */
  excerpt(n: SNode, max = 40): string {
    const t = this.text.slice(n.s, Math.min(n.e, n.s + max + 1)).replace(/\s+/g, ' ');
    return t.length > max ? t.slice(0, max - 1) + '…' : t;
  }

  /** A Name node in the current scope; `bind` records that this scope binds it. */
  name(id: string, site: Span, bind: boolean, scope: ScopeState = this.cur): Name {
    const n: Name = { k: 'name', name: id, scope: 'local', site };
    scope.names.push(n);
    if (bind) scope.bound.add(id);
    if (id === 'super' || id === '__class__') scope.usesClassCell = true;
    return n;
  }

  nameOf(n: SNode, bind: boolean): Name {
    return this.name(this.slice(n), this.span(n), bind);
  }

  /** Opens a new code object nested in the current one and makes it current. */
  enter(kind: FunctionKind, name: string, site: Span, nameSite: Span): ScopeState {
    const parent = this.scopes.length ? this.cur : null;
    const info: FunctionInfo = {
      id: this.functions.length,
      kind,
      name,
      qualname: qualname(parent, name),
      parent: parent ? parent.info.id : null,
      params: [],
      locals: [],
      cellvars: [],
      freevars: [],
      globals: [],
      isGenerator: false,
      isAsync: false,
      body: [],
      site,
      nameSite,
      docstring: null,
    };
    const st: ScopeState = {
      info,
      parent,
      bound: new Set(),
      paramNames: [],
      globals: new Set(),
      nonlocals: new Set(),
      names: [],
      usesClassCell: false,
    };
    this.functions.push(info);
    this.scopes.push(st);
    this.cur = st;
    return st;
  }

  leave(st: ScopeState): void {
    this.cur = st.parent ?? st;
  }

  problem(severity: ExtractProblem['severity'], message: string, site: Span): void {
    this.problems.push({ severity, message, site });
  }

  /** The depth cap was hit under `n`: report once per file, analyse nothing below. */
  tooDeep(n: SNode): void {
    if (this.depthReported) return;
    this.depthReported = true;
    this.problem('warning', `nesting too deep: analysis stops at depth ${this.maxDepth}`, this.span(n));
  }

  unknown(n: SNode, what: string, parts: Expr[]): Expr {
    return { k: 'unknown', text: what, parts, site: this.span(n) };
  }
}

/** CPython's __qualname__: 'C.m', 'f.<locals>.g'; no '<locals>' under a class or a comprehension. */
function qualname(parent: ScopeState | null, name: string): string {
  if (!parent || parent.info.kind === 'module') return name;
  const p = parent.info;
  return p.kind === 'class' || p.kind === 'comprehension' ? `${p.qualname}.${name}` : `${p.qualname}.<locals>.${name}`;
}

/** First named child of a given type, or null. */
export function childOfType(n: SNode, type: string): SNode | null {
  if (!n.c) return null;
  for (const ch of n.c) if (ch.type === type) return ch;
  return null;
}

/** Named children (a fresh array; used only for short child lists). */
export function namedKids(n: SNode): SNode[] {
  const out: SNode[] = [];
  if (n.c) for (const ch of n.c) if (ch.named) out.push(ch);
  return out;
}

/** Whether an anonymous token of this type is among the children. */
export function hasToken(n: SNode, type: string): boolean {
  if (!n.c) return false;
  for (const ch of n.c) if (!ch.named && ch.type === type) return true;
  return false;
}
