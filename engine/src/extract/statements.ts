// Statements: tree-sitter-python statement nodes -> IR Stmt. `elif` becomes a nested `if` in
// orelse; `global` / `nonlocal` only record declarations (scopes.ts resolves them away); a
// syntax ERROR region is searched for whole statements and expressions so that half-typed code
// still yields everything around and inside it.

import type { Expr, Handler, Name, Stmt, Target, WithItem } from '../ir';
import type { SNode } from '../syntax/tree';
import { Ctx, childOfType, hasToken, namedKids } from './context';
import { EXPR_TYPES, expr, parts, target } from './expressions';
import { classDef, functionDef } from './functions';
import { docstringOf } from './literals';
import { matchStatement } from './match';

/** Statements of a block (or the module); the leading string is the docstring when `docstring`. */
export function suite(ctx: Ctx, block: SNode, docstring: boolean): Stmt[] {
  const out: Stmt[] = [];
  if (block.truncated) {
    ctx.tooDeep(block);
    return out;
  }
  if (block.type === 'block' && !(block.c ?? []).some((k) => k.named)) {
    // tree-sitter accepts `if x:` with nothing under it; CPython does not.
    ctx.problem('error', 'syntax error: expected an indented block', ctx.span(block));
  }
  let first = docstring;
  for (const k of block.c ?? []) {
    if (!k.named) continue;
    if (first && k.type === 'expression_statement') {
      const only = namedKids(k);
      const doc = only.length === 1 ? docstringOf(ctx, only[0]) : null;
      if (doc !== null) {
        // CPython stores it as __doc__ and runs no code for it.
        ctx.cur.info.docstring = doc;
        first = false;
        continue;
      }
    }
    first = false;
    stmt(ctx, k, out);
  }
  return out;
}

function valueOf(ctx: Ctx, kids: SNode[], n: SNode): Expr | null {
  if (kids.length === 0) return null;
  if (kids.length === 1) return expr(ctx, kids[0]);
  return { k: 'tuple', elts: kids.map((k) => expr(ctx, k)), site: ctx.span(n) };
}

export function stmt(ctx: Ctx, n: SNode, out: Stmt[]): void {
  if (n.truncated) {
    ctx.tooDeep(n);
    return;
  }
  const site = ctx.span(n);
  switch (n.type) {
    case 'expression_statement': {
      const kids = namedKids(n);
      const only = kids.length === 1 ? kids[0] : null;
      if (only?.type === 'assignment') out.push(assignment(ctx, only));
      else if (only?.type === 'augmented_assignment') out.push(augmented(ctx, only));
      else {
        const value = valueOf(ctx, kids, n);
        if (value) out.push({ k: 'expr', value, site });
      }
      return;
    }
    case 'return_statement':
      out.push({ k: 'return', value: valueOf(ctx, namedKids(n), n), site });
      return;
    case 'pass_statement':
      out.push({ k: 'pass', site });
      return;
    case 'break_statement':
      out.push({ k: 'break', site });
      return;
    case 'continue_statement':
      out.push({ k: 'continue', site });
      return;
    case 'delete_statement': {
      const kid = namedKids(n)[0];
      if (!kid) return;
      const items = kid.type === 'expression_list' ? namedKids(kid) : [kid];
      out.push({ k: 'del', targets: items.map((k) => target(ctx, k)), site });
      return;
    }
    case 'raise_statement': {
      let exc: Expr | null = null;
      let cause: Expr | null = null;
      let afterFrom = false;
      for (const k of n.c ?? []) {
        if (!k.named) afterFrom ||= k.type === 'from';
        else if (afterFrom) cause = expr(ctx, k);
        else exc = expr(ctx, k);
      }
      out.push({ k: 'raise', exc, cause, site });
      return;
    }
    case 'assert_statement': {
      const [test, msg] = namedKids(n);
      if (test) out.push({ k: 'assert', test: expr(ctx, test), msg: msg ? expr(ctx, msg) : null, site });
      return;
    }
    case 'global_statement':
    case 'nonlocal_statement': {
      const set = n.type === 'global_statement' ? ctx.cur.globals : ctx.cur.nonlocals;
      for (const k of n.c ?? []) if (k.type === 'identifier') set.add(ctx.slice(k));
      if (n.type === 'nonlocal_statement' && ctx.cur.info.kind === 'module') {
        ctx.problem('error', 'syntax error: nonlocal declaration not allowed at module level', site);
      }
      return;
    }
    case 'import_statement':
    case 'import_from_statement':
    case 'future_import_statement':
      out.push(importStatement(ctx, n));
      return;
    case 'if_statement':
      out.push(ifStatement(ctx, n));
      return;
    case 'for_statement': {
      const kids = n.c ?? [];
      const inAt = kids.findIndex((k) => !k.named && k.type === 'in');
      const left = kids.find((k, i) => k.named && i < inAt);
      const iters = kids.filter((k, i) => k.named && i > inAt && k.type !== 'block' && k.type !== 'else_clause');
      const iter = valueOf(ctx, iters, n) ?? ctx.unknown(n, 'missing iterable', []);
      const tgt: Target = left ? target(ctx, left) : { k: 'unpack', elts: [], site };
      out.push({ k: 'for', target: tgt, iter, body: blockOf(ctx, n), orelse: elseOf(ctx, n), isAsync: hasToken(n, 'async'), site });
      return;
    }
    case 'while_statement': {
      const cond = namedKids(n)[0];
      const test = cond && cond.type !== 'block' ? expr(ctx, cond) : ctx.unknown(n, 'missing condition', []);
      out.push({ k: 'while', test, body: blockOf(ctx, n), orelse: elseOf(ctx, n), site });
      return;
    }
    case 'try_statement':
      out.push(tryStatement(ctx, n));
      return;
    case 'with_statement':
      out.push(withStatement(ctx, n));
      return;
    case 'function_definition':
      out.push(functionDef(ctx, n, [], n));
      return;
    case 'class_definition':
      out.push(classDef(ctx, n, [], n));
      return;
    case 'decorated_definition': {
      const decorators: Expr[] = [];
      for (const k of n.c ?? []) {
        if (k.type !== 'decorator') continue;
        const d = namedKids(k)[0];
        if (d) decorators.push(expr(ctx, d));
      }
      const def = childOfType(n, 'function_definition') ?? childOfType(n, 'class_definition');
      if (def?.type === 'function_definition') out.push(functionDef(ctx, def, decorators, n));
      else if (def) out.push(classDef(ctx, def, decorators, n));
      else out.push({ k: 'unknown', text: 'decorated definition', parts: decorators, site });
      return;
    }
    case 'match_statement':
      matchStatement(ctx, n, out);
      return;
    case 'type_alias_statement': {
      // `type X = ...` binds X to a lazily evaluated alias: nothing is evaluated now.
      // The alias name sits in a `type` node, whose insides the snapshot skips: read the text.
      const left = namedKids(n)[0];
      const name = left ? /^[\p{L}_][\p{L}\p{N}_]*/u.exec(ctx.slice(left))?.[0] : undefined;
      if (left && name) out.push({ k: 'assign', targets: [ctx.name(name, ctx.spanAt(left.s, left.s + name.length), true)], value: ctx.unknown(n, 'type alias', []), site });
      return;
    }
    case 'block':
      for (const k of n.c ?? []) if (k.named) stmt(ctx, k, out);
      return;
    case 'ERROR':
      salvage(ctx, n, out, 0);
      return;
  }
  if (EXPR_TYPES.has(n.type)) {
    out.push({ k: 'expr', value: expr(ctx, n), site });
    return;
  }
  out.push({ k: 'unknown', text: `${n.type.replace(/_/g, ' ')}: ${ctx.excerpt(n)}`, parts: parts(ctx, n), site });
}

const STMT_TYPES = new Set([
  'expression_statement', 'return_statement', 'pass_statement', 'break_statement', 'continue_statement',
  'delete_statement', 'raise_statement', 'assert_statement', 'global_statement', 'nonlocal_statement',
  'import_statement', 'import_from_statement', 'future_import_statement', 'if_statement', 'for_statement',
  'while_statement', 'try_statement', 'with_statement', 'function_definition', 'class_definition',
  'decorated_definition', 'match_statement', 'type_alias_statement', 'block', 'print_statement', 'exec_statement',
  'assignment', 'augmented_assignment',
]);

const TARGET_TYPES = new Set(['identifier', 'attribute', 'subscript', 'pattern_list', 'tuple_pattern', 'list_pattern']);

/**
 * Inside a syntax error: keep every complete statement or expression found. Error recovery often
 * leaves `target = value` as three loose children; those are put back together as assignments.
 */
function salvage(ctx: Ctx, n: SNode, out: Stmt[], depth: number): void {
  const kids = n.c ?? [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (!k.named) continue;
    const op = kids[i + 1];
    const value = kids[i + 2];
    // The value must end its line (`z = foo(1,` is no assignment of `foo`).
    const complete = value !== undefined && /^[ \t]*(#[^\n]*)?(\r?\n|;|$)/.test(ctx.text.slice(value.e, value.e + 200));
    const isAssignOp = op && !op.named && (op.type === '=' || (op.type.endsWith('=') && op.type.length > 1 && !['==', '!=', '<=', '>='].includes(op.type)));
    if (TARGET_TYPES.has(k.type) && isAssignOp && value?.named && EXPR_TYPES.has(value.type) && complete) {
      const v = expr(ctx, value);
      const site = ctx.spanAt(k.s, value.e);
      if (op.type === '=') out.push({ k: 'assign', targets: [target(ctx, k)], value: v, site });
      else out.push({ k: 'augassign', target: target(ctx, k), op: op.type.slice(0, -1), value: v, site });
      i += 2;
      continue;
    }
    if (k.type === 'assignment') out.push(assignment(ctx, k));
    else if (k.type === 'augmented_assignment') out.push(augmented(ctx, k));
    else if (STMT_TYPES.has(k.type) || EXPR_TYPES.has(k.type)) stmt(ctx, k, out);
    else if (depth < 8) salvage(ctx, k, out, depth + 1);
  }
}

/** `a = b = value`, `a, b = value`, `x: T = value`, `x: T`. */
function assignment(ctx: Ctx, n: SNode): Stmt {
  const site = ctx.span(n);
  const targets: SNode[] = [];
  let cur = n;
  for (;;) {
    const kids = cur.c ?? [];
    const left = kids.find((k) => k.named);
    const annotated = kids.some((k) => k.type === 'type' || (!k.named && k.type === ':'));
    const eq = kids.findIndex((k) => !k.named && k.type === '=');
    const right = eq >= 0 ? kids.slice(eq + 1).find((k) => k.named) : undefined;
    if (annotated) {
      // Even a bare `x: T` makes x local to a function (CPython's symtable: DEF_LOCAL).
      const tgt = left ? target(ctx, left) : ({ k: 'unpack', elts: [], site } as Target);
      return { k: 'annassign', target: tgt, value: right ? expr(ctx, right) : null, site };
    }
    if (left) targets.push(left);
    if (right?.type === 'assignment' && !right.truncated) {
      cur = right;
      continue;
    }
    // Python evaluates the value first, then assigns the targets left to right.
    const value = right ? expr(ctx, right) : ctx.unknown(cur, 'missing value', []);
    return { k: 'assign', targets: targets.map((t) => target(ctx, t)), value, site };
  }
}

function augmented(ctx: Ctx, n: SNode): Stmt {
  const kids = n.c ?? [];
  const [left, right] = namedKids(n);
  const op = kids.find((k) => !k.named)?.type ?? '?=';
  const value = right ? expr(ctx, right) : ctx.unknown(n, 'missing value', []);
  const tgt: Target = left ? target(ctx, left) : { k: 'unpack', elts: [], site: ctx.span(n) };
  return { k: 'augassign', target: tgt, op: op.slice(0, -1), value, site: ctx.span(n) };
}

function blockOf(ctx: Ctx, n: SNode): Stmt[] {
  const b = childOfType(n, 'block');
  return b ? suite(ctx, b, false) : [];
}

function elseOf(ctx: Ctx, n: SNode): Stmt[] {
  const e = childOfType(n, 'else_clause');
  return e ? blockOf(ctx, e) : [];
}

function ifStatement(ctx: Ctx, n: SNode): Stmt {
  const cond = namedKids(n)[0];
  const test = cond && cond.type !== 'block' ? expr(ctx, cond) : ctx.unknown(n, 'missing condition', []);
  const body = blockOf(ctx, n);
  const alts = (n.c ?? []).filter((k) => k.type === 'elif_clause' || k.type === 'else_clause');
  // Extract in source order (elif tests before the else body), then nest from the end.
  const parts = alts.map((a) => {
    if (a.type === 'else_clause') return { a, test: null, body: blockOf(ctx, a) };
    const c = namedKids(a)[0];
    return { a, test: c && c.type !== 'block' ? expr(ctx, c) : ctx.unknown(a, 'missing condition', []), body: blockOf(ctx, a) };
  });
  let orelse: Stmt[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    orelse = p.test ? [{ k: 'if', test: p.test, body: p.body, orelse, site: ctx.spanAt(p.a.s, n.e) }] : p.body;
  }
  return { k: 'if', test, body, orelse, site: ctx.span(n) };
}

function tryStatement(ctx: Ctx, n: SNode): Stmt {
  const handlers: Handler[] = [];
  let star = false;
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  const body = blockOf(ctx, n);
  for (const k of n.c ?? []) {
    if (k.type === 'except_clause' || k.type === 'except_group_clause') {
      star ||= k.type === 'except_group_clause' || hasToken(k, '*') || hasToken(k, 'except*');
      handlers.push(handler(ctx, k));
    } else if (k.type === 'else_clause') orelse = blockOf(ctx, k);
    else if (k.type === 'finally_clause') finalbody = blockOf(ctx, k);
  }
  return { k: 'try', body, handlers, orelse, finalbody, star, site: ctx.span(n) };
}

function handler(ctx: Ctx, n: SNode): Handler {
  const kids = namedKids(n).filter((k) => k.type !== 'block');
  let type: Expr | null = null;
  let name: Name | null = null;
  const first = kids[0];
  if (first?.type === 'as_pattern') {
    const [t, alias] = namedKids(first);
    type = t ? expr(ctx, t) : null;
    const id = alias && (alias.type === 'identifier' ? alias : childOfType(alias, 'identifier'));
    if (id) name = ctx.nameOf(id, true);
  } else if (kids.length > 1) {
    // `except A, B:` catches either (PEP 758, Python 3.14; Python 2's `except E, e` is long gone).
    type = { k: 'tuple', elts: kids.map((k) => expr(ctx, k)), site: ctx.spanAt(kids[0].s, kids[kids.length - 1].e) };
  } else if (first) type = expr(ctx, first);
  return { type, name, body: blockOf(ctx, n), site: ctx.span(n) };
}

function withStatement(ctx: Ctx, n: SNode): Stmt {
  const items: WithItem[] = [];
  const clause = childOfType(n, 'with_clause');
  for (const item of clause?.c ?? []) {
    if (item.type !== 'with_item') continue;
    const v = namedKids(item)[0];
    if (!v) continue;
    if (v.type === 'as_pattern') {
      const [ctxNode, alias] = namedKids(v);
      const ctxExpr = ctxNode ? expr(ctx, ctxNode) : ctx.unknown(v, 'missing context manager', []);
      items.push({ ctx: ctxExpr, target: alias ? target(ctx, alias) : null });
    } else items.push({ ctx: expr(ctx, v), target: null });
  }
  return { k: 'with', items, body: blockOf(ctx, n), isAsync: hasToken(n, 'async'), site: ctx.span(n) };
}

function importStatement(ctx: Ctx, n: SNode): Stmt {
  const kids = n.c ?? [];
  const site = ctx.span(n);
  const importAt = kids.findIndex((k) => !k.named && k.type === 'import');
  let from: string | null = null;
  let level = 0;
  if (n.type === 'future_import_statement') from = '__future__';
  else if (n.type === 'import_from_statement') {
    from = '';
    const mod = kids.find((k, i) => k.named && i < importAt);
    if (mod?.type === 'relative_import') {
      for (const r of mod.c ?? []) {
        if (r.type === 'import_prefix') level = r.e - r.s;
        else if (r.type === 'dotted_name') from = dotted(ctx, r);
      }
    } else if (mod) from = dotted(ctx, mod);
  }
  const names: { name: string; target: Name }[] = [];
  const scopeOfStar = ctx.cur.info.kind === 'module' ? 'global' : 'local';
  for (let i = importAt + 1; i < kids.length; i++) {
    const k = kids[i];
    if (k.type === 'dotted_name') {
      const name = dotted(ctx, k);
      // `import a.b` binds `a`; `from m import a` binds `a`.
      const first = childOfType(k, 'identifier') ?? k;
      names.push({ name, target: ctx.nameOf(first, true) });
    } else if (k.type === 'aliased_import') {
      const [dn, alias] = namedKids(k);
      if (dn && alias) names.push({ name: dotted(ctx, dn), target: ctx.nameOf(alias, true) });
    } else if (k.type === 'wildcard_import') {
      // Binds names unknown here; the '*' target stands for them and belongs to no scope.
      names.push({ name: '*', target: { k: 'name', name: '*', scope: scopeOfStar, site: ctx.span(k) } });
    }
  }
  return { k: 'import', from, level, names, site };
}

function dotted(ctx: Ctx, n: SNode): string {
  return ctx.slice(n).replace(/\s+/g, '');
}
