// Quick fixes that really break a cycle, found from the event program around a finding's anchor:
// the local the cycle's first object is bound to, and the store that makes the object refer back
// to itself or to its owner. Each fix is checked by re-analysing the fixed text (test/engine).

import type { Fix } from '../api';
import type { Expr, FunctionInfo, Module, Stmt } from '../ir';
import type { ObjectInfo } from '../sim/heapApi';
import { Span } from '../text';
import { innermostFunction } from './scope';


/** Depth-first walk over a statement list, into compound statements but not nested scopes. */
function* walk(stmts: Stmt[]): Generator<Stmt> {
  for (const s of stmts) {
    yield s;
    switch (s.k) {
      case 'if': case 'while': case 'for':
        yield* walk(s.body); yield* walk(s.orelse); break;
      case 'with': yield* walk(s.body); break;
      case 'try':
        yield* walk(s.body);
        for (const h of s.handlers) yield* walk(h.body);
        yield* walk(s.orelse); yield* walk(s.finalbody); break;
    }
  }
}

/** The function the anchor is in, or the module body at top level. */
function functionAt(module: Module, site: Span): FunctionInfo | null {
  return innermostFunction(module, site) ?? module.functions[0] ?? null;
}

/**
 * What the fixes need to know about one function, gathered in one walk and reused by every finding
 * in it (a generated file can have tens of thousands of findings in one body).
 */
interface FunctionIndex {
  /** Span key of `v = <value>` (the statement, the value, a binop operand) -> `v`. */
  boundBySite: Map<string, string>;
  /** `v` -> the first `x.attr = v` / `x[i] = v`: the store that closes a cycle through v. */
  storeOf: Map<string, Stmt & { k: 'assign' }>;
  /** The body has a return or raise (an appended line could be skipped). */
  earlyExit: boolean;
}

const indexes = new WeakMap<FunctionInfo, FunctionIndex>();

function indexOf(fn: FunctionInfo): FunctionIndex {
  let index = indexes.get(fn);
  if (index) return index;
  index = { boundBySite: new Map(), storeOf: new Map(), earlyExit: false };
  for (const s of walk(fn.body)) {
    if (s.k === 'return' || s.k === 'raise') index.earlyExit = true;
    if (s.k !== 'assign') continue;
    const value: Expr = s.value;
    const name = s.targets.find((t) => t.k === 'name');
    if (name && name.k === 'name') {
      // Objects carry the span of the statement that allocated them, or of the expression itself.
      const keys = [s.site, value.site, ...(value.k === 'binop' ? [value.left.site, value.right.site] : [])];
      for (const k of keys) if (!index.boundBySite.has(Span.key(k))) index.boundBySite.set(Span.key(k), name.name);
    }
    if (value.k === 'name' && !index.storeOf.has(value.name) && s.targets.some((t) => t.k === 'attr' || t.k === 'subscript')) {
      index.storeOf.set(value.name, s);
    }
  }
  indexes.set(fn, index);
  return index;
}

/** The local name `v` in `v = <allocation at site>`, if the anchor is bound that way. */
function boundName(fn: FunctionInfo, site: Span): string | null {
  return indexOf(fn).boundBySite.get(Span.key(site)) ?? null;
}

/** `x.attr = v` or `x[i] = v` storing `v` somewhere: the store that closes a cycle through v. */
function closingStore(fn: FunctionInfo, name: string): (Stmt & { k: 'assign' }) | null {
  return indexOf(fn).storeOf.get(name) ?? null;
}

function lastLineFix(module: Module, fn: FunctionInfo, text: string, title: string): Fix | null {
  if (fn.kind !== 'function' || fn.body.length === 0) return null;
  // A function that returns early would skip the inserted line; only offer the fix when the
  // end of the body is the only way out.
  if (indexOf(fn).earlyExit) return null;
  const first = fn.body[0].site;
  const last = fn.body[fn.body.length - 1].site;
  const indent = ' '.repeat(first.col);
  return {
    title,
    edits: [{ span: Span.create(last.endLine, last.endCol, last.endLine, last.endCol), newText: `\n${indent}${text}` }],
    isPreferred: true,
  };
}

function importWeakref(module: Module): { span: Span; newText: string } | null {
  for (const s of module.functions[0].body) {
    if (s.k === 'import' && s.from === null && s.names.some((n) => n.name === 'weakref')) return null;
  }
  return { span: Span.create(0, 0, 0, 0), newText: 'import weakref\n' };
}

export function fixesFor(module: Module, code: string, anchor: ObjectInfo): Fix[] {
  const fn = functionAt(module, anchor.site);
  if (!fn) return [];
  const name = boundName(fn, anchor.site);
  if (!name) return [];
  const fixes: Fix[] = [];
  const store = closingStore(fn, name);
  if (store && (anchor.category === 'instance' || anchor.category === 'slotsInstance') && code !== 'GC003') {
    const imp = importWeakref(module);
    const v = store.value.site;
    fixes.push({
      title: `Hold the back-reference to '${name}' with weakref.proxy`,
      edits: [...(imp ? [imp] : []), { span: v, newText: `weakref.proxy(${name})` }],
      isPreferred: true,
    });
  }
  if (anchor.category === 'list' || anchor.category === 'dict' || anchor.category === 'set') {
    const fix = lastLineFix(module, fn, `${name}.clear()  # break the reference cycle: refcounting frees it`,
      `Clear '${name}' before '${fn.name}' returns (breaks the cycle)`);
    if (fix) fixes.push(fix);
  }
  if (code === 'GC003') {
    const fix = lastLineFix(module, fn, `${name} = None  # drop the exception: its traceback refers to this frame`,
      `Drop '${name}' before '${fn.name}' returns (breaks the frame cycle)`);
    if (fix) fixes.push(fix);
  }
  return fixes;
}
