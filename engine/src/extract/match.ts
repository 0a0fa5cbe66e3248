// `match` is not modelled as such; it is lowered to what matters for allocation and scope:
//     <subject>                              # evaluated once
//     if <unknown: case pattern 1>:          # parts: class names / dotted values / guard
//         c1 = <unknown: match capture>      # each capture name the pattern binds
//         <case body 1>
//     else: if <unknown: case pattern 2>: ...
// so the case bodies still run and capture names are bound in the right scope.

import type { Expr, Stmt } from '../ir';
import type { SNode } from '../syntax/tree';
import { Ctx, childOfType, namedKids } from './context';
import { expr } from './expressions';
import { suite } from './statements';

export function matchStatement(ctx: Ctx, n: SNode, out: Stmt[]): void {
  const kids = namedKids(n);
  const body = kids.find((k) => k.type === 'block');
  const subjects = kids.filter((k) => k !== body);
  if (subjects.length === 1) out.push({ k: 'expr', value: expr(ctx, subjects[0]), site: ctx.span(subjects[0]) });
  else if (subjects.length > 1) {
    // `match a, b:` matches the tuple (a, b)
    const site = ctx.spanAt(subjects[0].s, subjects[subjects.length - 1].e);
    out.push({ k: 'expr', value: { k: 'tuple', elts: subjects.map((s) => expr(ctx, s)), site }, site });
  }
  const cases = (body?.c ?? []).filter((k) => k.type === 'case_clause');
  const lowered = cases.map((c) => {
    const values: Expr[] = [];
    const captures: SNode[] = [];
    let guard: Expr | null = null;
    let block: SNode | null = null;
    for (const k of c.c ?? []) {
      if (k.type === 'case_pattern') pattern(ctx, k, values, captures);
      else if (k.type === 'if_clause') {
        const g = namedKids(k)[0];
        if (g) guard = expr(ctx, g);
      } else if (k.type === 'block') block = k;
    }
    const pre: Stmt[] = captures.map((id) => ({
      k: 'assign',
      targets: [ctx.nameOf(id, true)],
      value: { k: 'unknown', text: 'match capture', parts: [], site: ctx.span(id) },
      site: ctx.span(id),
    }));
    const parts = guard ? [...values, guard] : values;
    const first = (c.c ?? []).find((k) => k.type === 'case_pattern');
    const test: Expr = { k: 'unknown', text: `case ${first ? ctx.excerpt(first) : ''}`, parts, site: ctx.span(first ?? c) };
    return { c, test, body: [...pre, ...(block ? suite(ctx, block, false) : [])] };
  });
  let orelse: Stmt[] = [];
  for (let i = lowered.length - 1; i >= 0; i--) {
    const l = lowered[i];
    orelse = [{ k: 'if', test: l.test, body: l.body, orelse, site: ctx.span(l.c) }];
  }
  out.push(...orelse);
}

/** Collects the values a pattern evaluates and the names it captures, in source order. */
function pattern(ctx: Ctx, p: SNode, values: Expr[], captures: SNode[]): void {
  if (p.truncated) return ctx.tooDeep(p);
  for (const k of p.c ?? []) {
    if (!k.named) continue;
    if (k.type === 'dotted_name') {
      const ids = namedKids(k);
      const isCapture = ids.length === 1 && (p.type === 'case_pattern' || p.type === 'keyword_pattern') && ctx.slice(ids[0]) !== '_';
      if (isCapture) captures.push(ids[0]);
      else if (ids.length) values.push(dottedValue(ctx, ids));
    } else if (k.type === 'identifier') {
      // Capture after `as`, `*rest`, `**rest`; a keyword_pattern's first identifier is a keyword.
      const bindsHere = p.type === 'as_pattern' || p.type === 'splat_pattern';
      if (bindsHere && ctx.slice(k) !== '_') captures.push(k);
    } else if (k.type.endsWith('_pattern')) pattern(ctx, k, values, captures);
    else if (childOfType(k, 'interpolation')) values.push(expr(ctx, k)); // an f-string key
  }
}

function dottedValue(ctx: Ctx, ids: SNode[]): Expr {
  let e: Expr = ctx.nameOf(ids[0], false);
  for (let i = 1; i < ids.length; i++) e = { k: 'attr', obj: e, name: ctx.slice(ids[i]), site: ctx.spanAt(ids[0].s, ids[i].e) };
  return e;
}
