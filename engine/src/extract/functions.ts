// Code objects: `def`, `class`, `lambda` and comprehensions. Decorators, defaults and base classes
// are evaluated in the enclosing scope first (as CPython does), then the body gets its own scope.
//
// Comprehension lowering: `[elt for x in A if c for y in B]` becomes a code object (kind
// 'comprehension') with one parameter `.0` that receives iter(A), evaluated in the enclosing
// scope (Expr.comp.iter). Its body is
//     .result = []                     # the list / set / dict, allocated at the comprehension's span
//     for x in .0:
//         if c:
//             for y in B:
//                 .result.append(elt)  # set: .result.add(elt); dict: .result[k] = v
//     return .result
// and a generator expression's body is the same loops around `yield elt` (no .result). `.0` and
// `.result` are locals no Python source can name. An unpacked element (PEP 798, 3.15: `*elt`)
// becomes .result.extend(elt) / .result.update(elt) / `yield from elt`.

import type { Arg, Expr, Name, Param, Stmt, Target } from '../ir';
import type { SNode } from '../syntax/tree';
import { Ctx, childOfType, hasToken, namedKids } from './context';
import { expr, target } from './expressions';
import { suite } from './statements';

interface Signature {
  params: Param[];
  defaults: Expr[];
  kwDefaults: { name: string; value: Expr }[];
}

/** Parameters, with defaults evaluated in the current (enclosing) scope. Names are bound later. */
function signature(ctx: Ctx, n: SNode | null): Signature {
  const sig: Signature = { params: [], defaults: [], kwDefaults: [] };
  if (!n) return sig;
  let kwonly = false;
  for (const p of n.c ?? []) {
    if (!p.named) continue;
    let nameNode: SNode | null = null;
    let kind: Param['kind'] = kwonly ? 'kwonly' : 'pos';
    let value: SNode | null = null;
    let inner = p;
    if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      const kids = namedKids(p);
      nameNode = kids[0] ?? null;
      value = kids[kids.length - 1] !== nameNode ? kids[kids.length - 1] : null;
      if (value?.type === 'type') value = null;
    } else if (p.type === 'typed_parameter') {
      inner = namedKids(p)[0] ?? p;
    }
    if (p.type === 'positional_separator') {
      for (const q of sig.params) if (q.kind === 'pos') q.kind = 'posonly';
      continue;
    }
    if (p.type === 'keyword_separator') {
      kwonly = true;
      continue;
    }
    if (!nameNode) {
      if (inner.type === 'identifier') nameNode = inner;
      else if (inner.type === 'list_splat_pattern' || inner.type === 'dictionary_splat_pattern') {
        nameNode = namedKids(inner)[0] ?? null;
        kind = inner.type === 'list_splat_pattern' ? 'vararg' : 'kwarg';
        if (kind === 'vararg') kwonly = true;
      }
    }
    if (!nameNode || nameNode.type !== 'identifier') {
      ctx.problem('warning', `construct not modelled: parameter ${ctx.excerpt(p)}`, ctx.span(p));
      continue;
    }
    const name = ctx.slice(nameNode);
    sig.params.push({ name, kind, hasDefault: value !== null, site: ctx.span(nameNode) });
    if (value) {
      if (kind === 'kwonly') sig.kwDefaults.push({ name, value: expr(ctx, value) });
      else sig.defaults.push(expr(ctx, value));
    }
  }
  return sig;
}

function bindParams(ctx: Ctx, params: Param[]): void {
  ctx.cur.info.params = params;
  for (const p of params) {
    ctx.cur.bound.add(p.name);
    ctx.cur.paramNames.push(p.name);
  }
}

/** `def` (decorators already evaluated by the caller; `outer` is the decorated definition). */
export function functionDef(ctx: Ctx, n: SNode, decorators: Expr[], outer: SNode): Stmt {
  const nameNode = childOfType(n, 'identifier');
  const sig = signature(ctx, childOfType(n, 'parameters'));
  const name = nameNode ? ctx.slice(nameNode) : '<missing>';
  const target = nameNode ? ctx.nameOf(nameNode, true) : ctx.name(name, ctx.span(n), false);
  const st = ctx.enter('function', name, ctx.span(outer), nameNode ? ctx.span(nameNode) : ctx.span(n));
  st.info.isAsync = hasToken(n, 'async');
  bindParams(ctx, sig.params);
  const body = childOfType(n, 'block');
  st.info.body = body ? suite(ctx, body, true) : [];
  ctx.leave(st);
  return { k: 'def', fn: st.info.id, target, decorators, defaults: sig.defaults, kwDefaults: sig.kwDefaults, site: ctx.span(outer) };
}

export function classDef(ctx: Ctx, n: SNode, decorators: Expr[], outer: SNode): Stmt {
  const nameNode = childOfType(n, 'identifier');
  const bases: Expr[] = [];
  const keywords: Arg[] = [];
  const argList = childOfType(n, 'argument_list');
  for (const a of argList?.c ?? []) {
    if (!a.named) continue;
    if (a.type === 'keyword_argument') {
      const [k, v] = namedKids(a);
      if (k && v) keywords.push({ kind: 'kw', name: ctx.slice(k), value: expr(ctx, v) });
    } else if (a.type === 'dictionary_splat') {
      const v = namedKids(a)[0];
      if (v) keywords.push({ kind: 'starstar', value: expr(ctx, v) });
    } else bases.push(expr(ctx, a)); // `*bases` stays a 'starred' element
  }
  const name = nameNode ? ctx.slice(nameNode) : '<missing>';
  const target = nameNode ? ctx.nameOf(nameNode, true) : ctx.name(name, ctx.span(n), false);
  const st = ctx.enter('class', name, ctx.span(outer), nameNode ? ctx.span(nameNode) : ctx.span(n));
  const body = childOfType(n, 'block');
  st.info.body = body ? suite(ctx, body, true) : [];
  ctx.leave(st);
  return { k: 'class', cls: st.info.id, target, bases, keywords, decorators, site: ctx.span(outer) };
}

export function lambda(ctx: Ctx, n: SNode): Expr {
  const kids = namedKids(n);
  const paramsNode = kids.find((k) => k.type === 'lambda_parameters') ?? null;
  const bodyNode = kids.length && kids[kids.length - 1] !== paramsNode ? kids[kids.length - 1] : null;
  const sig = signature(ctx, paramsNode);
  const site = ctx.span(n);
  const st = ctx.enter('lambda', '<lambda>', site, site);
  bindParams(ctx, sig.params);
  const value = bodyNode ? expr(ctx, bodyNode) : ctx.unknown(n, 'missing lambda body', []);
  st.info.body = [{ k: 'return', value, site: bodyNode ? ctx.span(bodyNode) : site }];
  ctx.leave(st);
  return { k: 'lambda', fn: st.info.id, defaults: sig.defaults, kwDefaults: sig.kwDefaults, site };
}

const COMP = {
  list_comprehension: ['list', '<listcomp>'],
  set_comprehension: ['set', '<setcomp>'],
  dictionary_comprehension: ['dict', '<dictcomp>'],
  generator_expression: ['gen', '<genexpr>'],
} as const;

export function comprehension(ctx: Ctx, n: SNode): Expr {
  const [comp, name] = COMP[n.type as keyof typeof COMP];
  const kids = namedKids(n);
  const body = kids[0];
  const clauses = kids.slice(1).filter((k) => k.type === 'for_in_clause' || k.type === 'if_clause');
  const first = clauses[0];
  if (!body || !first || first.type !== 'for_in_clause') return ctx.unknown(n, `broken comprehension: ${ctx.excerpt(n)}`, []);
  const site = ctx.span(n);
  // The outermost iterable is evaluated in the enclosing scope.
  const iter = forIter(ctx, first);
  const st = ctx.enter('comprehension', name, site, site);
  st.info.params = [{ name: '.0', kind: 'pos', hasDefault: false, site }];
  st.bound.add('.0');
  st.paramNames.push('.0');
  st.info.isGenerator = comp === 'gen';
  st.info.isAsync = clauses.some((c) => hasToken(c, 'async'));
  const result = (): Expr => ctx.name('.result', site, true);
  const made = comp === 'gen' ? null : result();
  // Clauses in source order (targets bind, later iterables and conditions evaluate in this
  // scope), then the element, then the nesting is built from the innermost clause outwards.
  type Clause = { c: SNode; test: Expr } | { c: SNode; target: Target; iter: Expr };
  const lowered = clauses.map((c, i): Clause => {
    if (c.type === 'if_clause') {
      const cond = namedKids(c)[0];
      return { c, test: cond ? expr(ctx, cond) : ctx.unknown(c, 'missing condition', []) };
    }
    const left = namedKids(c)[0];
    const it = i === 0 ? ctx.name('.0', site, true) : forIter(ctx, c);
    const tgt: Target = left ? target(ctx, left) : { k: 'unpack', elts: [], site: ctx.span(c) };
    return { c, target: tgt, iter: it };
  });

  let inner: Stmt;
  // PEP 798 (3.15) `[*it for it in its]`: the element is unpacked into the result.
  const unpacked = body.type === 'list_splat' ? namedKids(body)[0] : undefined;
  if (unpacked && comp !== 'dict') {
    const v = expr(ctx, unpacked);
    const site = ctx.span(body);
    if (comp === 'gen') inner = { k: 'expr', value: { k: 'yield', value: v, from: true, site }, site };
    else {
      const method = comp === 'list' ? 'extend' : 'update';
      inner = { k: 'expr', value: { k: 'call', func: { k: 'attr', obj: result(), name: method, site }, args: [{ kind: 'pos', value: v }], site }, site };
    }
  } else if (comp === 'gen') {
    inner = { k: 'expr', value: { k: 'yield', value: expr(ctx, body), from: false, site: ctx.span(body) }, site: ctx.span(body) };
  } else if (comp === 'dict') {
    const [key, value] = body.type === 'pair' ? namedKids(body) : [body, body];
    const k = key ? expr(ctx, key) : ctx.unknown(body, 'missing key', []);
    const v = value ? expr(ctx, value) : ctx.unknown(body, 'missing value', []);
    inner = { k: 'assign', targets: [{ k: 'subscript', obj: result(), index: k, site: ctx.span(body) }], value: v, site: ctx.span(body) };
  } else {
    const elt = expr(ctx, body);
    const method = comp === 'list' ? 'append' : 'add';
    const call: Expr = { k: 'call', func: { k: 'attr', obj: result(), name: method, site: ctx.span(body) }, args: [{ kind: 'pos', value: elt }], site: ctx.span(body) };
    inner = { k: 'expr', value: call, site: ctx.span(body) };
  }
  for (let i = lowered.length - 1; i >= 0; i--) {
    const l = lowered[i];
    if ('test' in l) inner = { k: 'if', test: l.test, body: [inner], orelse: [], site: ctx.span(l.c) };
    else inner = { k: 'for', target: l.target, iter: l.iter, body: [inner], orelse: [], isAsync: hasToken(l.c, 'async'), site: ctx.span(l.c) };
  }
  if (comp === 'gen') st.info.body = [inner];
  else {
    const container: Expr = comp === 'dict' ? { k: 'dict', keys: [], values: [], site } : { k: comp, elts: [], site };
    st.info.body = [
      { k: 'assign', targets: [made as Name], value: container, site },
      inner,
      { k: 'return', value: result(), site },
    ];
  }
  ctx.leave(st);
  return { k: 'comp', comp, fn: st.info.id, iter, site };
}

/** The iterable of a `for ... in X` clause (several items make a tuple, as Python 2 allowed). */
function forIter(ctx: Ctx, clause: SNode): Expr {
  const kids = clause.c ?? [];
  const inAt = kids.findIndex((k) => !k.named && k.type === 'in');
  const items = kids.slice(inAt + 1).filter((k) => k.named);
  if (inAt < 0 || items.length === 0) return ctx.unknown(clause, 'missing iterable', []);
  if (items.length === 1) return expr(ctx, items[0]);
  return { k: 'tuple', elts: items.map((k) => expr(ctx, k)), site: ctx.spanAt(items[0].s, items[items.length - 1].e) };
}
