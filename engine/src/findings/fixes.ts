// Quick fixes that really break a cycle, found from the event program around a finding's anchor:
// the local the cycle's first object is bound to, and the store that makes the object refer back
// to itself or to its owner. Each fix is checked by re-analysing the fixed text (test/engine).

import type { Fix } from '../api';
import type { Expr, FunctionInfo, Module, Stmt, Target } from '../ir';
import type { ObjectInfo } from '../sim/heapApi';
import { Span } from '../text';

const same = (a: Span, b: Span) => Span.key(a) === Span.key(b);

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

function functionAt(module: Module, site: Span): FunctionInfo | null {
  let best: FunctionInfo | null = null;
  for (const f of module.functions) {
    if (f.kind !== 'function' && f.kind !== 'module') continue;
    if (f.kind === 'module' || Span.contains(f.site, site.line, site.col)) {
      if (!best || best.kind === 'module' || Span.contains(best.site, f.site.line, f.site.col)) best = f;
    }
  }
  return best;
}

/** The local name `v` in `v = <allocation at site>`, if the anchor is bound that way. */
function boundName(fn: FunctionInfo, site: Span): string | null {
  for (const s of walk(fn.body)) {
    if (s.k !== 'assign') continue;
    const value: Expr = s.value;
    // Objects carry the span of the statement that allocated them, or of the expression itself.
    const hit = same(s.site, site) || same(value.site, site) ||
      (value.k === 'binop' && (same(value.left.site, site) || same(value.right.site, site)));
    if (!hit) continue;
    for (const t of s.targets) if (t.k === 'name') return t.name;
  }
  return null;
}

const isName = (e: Expr | Target, name: string) => e.k === 'name' && e.name === name;

/** `x.attr = v` or `x[i] = v` storing `v` somewhere: the store that closes a cycle through v. */
function closingStore(fn: FunctionInfo, name: string): (Stmt & { k: 'assign' }) | null {
  for (const s of walk(fn.body)) {
    if (s.k !== 'assign' || !isName(s.value, name)) continue;
    if (s.targets.some((t) => t.k === 'attr' || t.k === 'subscript')) return s;
  }
  return null;
}

function lastLineFix(module: Module, fn: FunctionInfo, text: string, title: string): Fix | null {
  if (fn.kind !== 'function' || fn.body.length === 0) return null;
  // A function that returns early would skip the inserted line; only offer the fix when the
  // end of the body is the only way out.
  for (const s of walk(fn.body)) if (s.k === 'return' || s.k === 'raise') return null;
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
