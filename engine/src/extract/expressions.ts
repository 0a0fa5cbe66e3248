// Expressions and assignment targets: tree-sitter-python expression nodes -> IR Expr / Target.
// Every node keeps its own span as its site (a list literal's own brackets, a call's whole text).
// Anything not modelled becomes 'unknown' with its sub-expressions as parts, so the allocations
// inside still happen.

import type { Arg, Expr, Name, Target } from '../ir';
import type { SNode } from '../syntax/tree';
import { Ctx, namedKids } from './context';
import { comprehension, lambda } from './functions';
import { numberLiteral, stringLiteral } from './literals';

/** Node types that are expressions (used to pick sub-expressions out of unmodelled constructs). */
export const EXPR_TYPES = new Set([
  'identifier', 'integer', 'float', 'string', 'concatenated_string', 'true', 'false', 'none', 'ellipsis',
  'list', 'tuple', 'set', 'dictionary', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension',
  'generator_expression', 'lambda', 'call', 'attribute', 'subscript', 'slice', 'binary_operator', 'unary_operator',
  'not_operator', 'boolean_operator', 'comparison_operator', 'conditional_expression', 'parenthesized_expression',
  'expression_list', 'yield', 'await', 'named_expression', 'list_splat', 'dictionary_splat', 'keyword_argument',
  'parenthesized_list_splat',
]);

/** Hard keywords: never a name, even where error recovery puts one in an identifier's place. */
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export function expr(ctx: Ctx, n: SNode): Expr {
  if (n.truncated) {
    ctx.tooDeep(n);
    return ctx.unknown(n, 'nesting too deep', []);
  }
  switch (n.type) {
    case 'identifier': {
      const id = ctx.slice(n);
      // Error recovery can hand a keyword over as an identifier (`def` inside a broken call).
      if (KEYWORDS.has(id) || id.length === 0) return ctx.unknown(n, `syntax error: ${id || 'missing name'}`, []);
      return ctx.name(id, ctx.span(n), false);
    }
    case 'integer':
    case 'float':
      return numberLiteral(ctx, n);
    case 'string':
    case 'concatenated_string':
      return stringLiteral(ctx, n, (k) => expr(ctx, k));
    case 'true':
    case 'false':
      return { k: 'const', kind: 'bool', value: n.type === 'true', site: ctx.span(n) };
    case 'none':
      return { k: 'const', kind: 'none', value: null, site: ctx.span(n) };
    case 'ellipsis':
      return { k: 'const', kind: 'ellipsis', value: null, site: ctx.span(n) };
    case 'list':
    case 'set':
      return { k: n.type, elts: elements(ctx, n), site: ctx.span(n) };
    case 'tuple':
    case 'expression_list':
      return { k: 'tuple', elts: elements(ctx, n), site: ctx.span(n) };
    case 'dictionary':
      return dictionary(ctx, n);
    case 'list_comprehension':
    case 'set_comprehension':
    case 'dictionary_comprehension':
    case 'generator_expression':
      return comprehension(ctx, n);
    case 'lambda':
      return lambda(ctx, n);
    case 'call':
      return call(ctx, n);
    case 'attribute': {
      // children: object '.' identifier (comments are not children in the snapshot)
      const kids = n.c;
      if (!kids || kids.length !== 3 || !kids[0].named || !kids[2].named) break;
      return { k: 'attr', obj: expr(ctx, kids[0]), name: ctx.slice(kids[2]), site: ctx.span(n) };
    }
    case 'subscript': {
      const kids = namedKids(n);
      if (kids.length < 2) break;
      return { k: 'subscript', obj: expr(ctx, kids[0]), index: subscriptIndex(ctx, kids), site: ctx.span(n) };
    }
    case 'slice':
      return slice(ctx, n);
    case 'binary_operator': {
      // children: left operator right. A left-nested chain (`a + b + c ...`) is walked down its
      // left spine in a loop, so thousands of terms cost no JS stack.
      const spine: SNode[] = [];
      let cur = n;
      while (cur.type === 'binary_operator' && !cur.truncated && isBinop(cur)) {
        spine.push(cur);
        cur = cur.c![0];
      }
      if (spine.length === 0) break;
      let acc = expr(ctx, cur);
      for (let i = spine.length - 1; i >= 0; i--) {
        const b = spine[i];
        acc = { k: 'binop', op: b.c![1].type, left: acc, right: expr(ctx, b.c![2]), site: ctx.span(b) };
      }
      return acc;
    }
    case 'unary_operator':
    case 'not_operator': {
      const arg = namedKids(n)[0];
      const op = n.type === 'not_operator' ? 'not' : (n.c ?? []).find((k) => !k.named)?.type;
      if (!arg || (op !== 'not' && op !== '-' && op !== '+' && op !== '~')) break;
      return { k: 'unary', op, operand: expr(ctx, arg), site: ctx.span(n) };
    }
    case 'boolean_operator':
      return boolop(ctx, n);
    case 'comparison_operator': {
      const kids = n.c ?? [];
      const values: Expr[] = [];
      const ops: string[] = [];
      for (const k of kids) {
        if (k.named) values.push(expr(ctx, k));
        else ops.push(k.type);
      }
      if (values.length < 2) break;
      return { k: 'compare', ops, left: values[0], comparators: values.slice(1), site: ctx.span(n) };
    }
    case 'conditional_expression': {
      const [body, test, orelse] = namedKids(n);
      if (!orelse) break;
      return { k: 'ifexp', test: expr(ctx, test), body: expr(ctx, body), orelse: expr(ctx, orelse), site: ctx.span(n) };
    }
    case 'parenthesized_expression': {
      const inner = namedKids(n);
      if (inner.length === 1) return expr(ctx, inner[0]);
      break;
    }
    case 'list_splat':
    case 'parenthesized_list_splat':
    case 'dictionary_splat': {
      const inner = namedKids(n)[0];
      if (!inner) break;
      return { k: 'starred', value: expr(ctx, inner), site: ctx.span(n) };
    }
    case 'yield': {
      const inner = namedKids(n)[0];
      const from = (n.c ?? []).some((k) => !k.named && k.type === 'from');
      if (ctx.cur.info.kind === 'function' || ctx.cur.info.kind === 'lambda') ctx.cur.info.isGenerator = true;
      return { k: 'yield', value: inner ? expr(ctx, inner) : null, from, site: ctx.span(n) };
    }
    case 'await': {
      const inner = namedKids(n)[0];
      if (!inner) break;
      return { k: 'await', value: expr(ctx, inner), site: ctx.span(n) };
    }
    case 'named_expression': {
      const [target, value] = namedKids(n);
      if (!value || target.type !== 'identifier') break;
      const v = expr(ctx, value);
      return { k: 'walrus', target: walrusTarget(ctx, target), value: v, site: ctx.span(n) };
    }
    case 'keyword_argument': {
      // Only valid inside an argument list; elsewhere (error recovery) evaluate the value.
      const value = namedKids(n)[1];
      if (value) return expr(ctx, value);
      break;
    }
  }
  return ctx.unknown(n, unknownText(ctx, n), parts(ctx, n));
}

function isBinop(n: SNode): boolean {
  const kids = n.c;
  return kids !== null && kids.length === 3 && kids[0].named && !kids[1].named && kids[2].named;
}

function unknownText(ctx: Ctx, n: SNode): string {
  return n.type === 'ERROR' ? `syntax error: ${ctx.excerpt(n)}` : `${n.type.replace(/_/g, ' ')}: ${ctx.excerpt(n)}`;
}

/** Sub-expressions of an unmodelled or broken construct, outermost first. */
export function parts(ctx: Ctx, n: SNode): Expr[] {
  const out: Expr[] = [];
  const visit = (m: SNode, depth: number): void => {
    if (m.truncated) return ctx.tooDeep(m);
    for (const k of m.c ?? []) {
      if (!k.named) continue;
      if (EXPR_TYPES.has(k.type)) out.push(expr(ctx, k));
      else if (depth < 8) visit(k, depth + 1); // patterns, clauses, blocks inside ERROR: dig a little
    }
  };
  visit(n, 0);
  return out;
}

function elements(ctx: Ctx, n: SNode): Expr[] {
  const out: Expr[] = [];
  for (const k of n.c ?? []) if (k.named) out.push(expr(ctx, k));
  return out;
}

function dictionary(ctx: Ctx, n: SNode): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  for (const k of n.c ?? []) {
    if (!k.named) continue;
    if (k.type === 'pair') {
      const [key, value] = namedKids(k);
      keys.push(key ? expr(ctx, key) : ctx.unknown(k, 'missing key', []));
      values.push(value ? expr(ctx, value) : ctx.unknown(k, 'missing value', []));
    } else if (k.type === 'dictionary_splat') {
      const inner = namedKids(k)[0];
      keys.push(null);
      values.push(inner ? expr(ctx, inner) : ctx.unknown(k, 'missing value', []));
    } else {
      keys.push(null);
      values.push(expr(ctx, k));
    }
  }
  return { k: 'dict', keys, values, site: ctx.span(n) };
}

function call(ctx: Ctx, n: SNode): Expr {
  const kids = n.c && n.c.length === 2 && n.c[0].named && n.c[1].named ? n.c : namedKids(n);
  const func = kids[0] ? expr(ctx, kids[0]) : ctx.unknown(n, 'missing callee', []);
  const argNode = kids[1];
  const args: Arg[] = [];
  if (argNode?.type === 'generator_expression') args.push({ kind: 'pos', value: expr(ctx, argNode) });
  else if (argNode) {
    for (const a of argNode.c ?? []) {
      if (!a.named) continue;
      if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
        const inner = namedKids(a)[0];
        if (inner) args.push({ kind: a.type === 'list_splat' ? 'star' : 'starstar', value: expr(ctx, inner) });
      } else if (a.type === 'keyword_argument') {
        const [name, value] = namedKids(a);
        if (name && value) args.push({ kind: 'kw', name: ctx.slice(name), value: expr(ctx, value) });
      } else args.push({ kind: 'pos', value: expr(ctx, a) });
    }
  }
  return { k: 'call', func, args, site: ctx.span(n) };
}

function subscriptIndex(ctx: Ctx, kids: SNode[]): Expr {
  if (kids.length === 2) return expr(ctx, kids[1]);
  // `a[i, j]` indexes with a tuple built from the items.
  const first = kids[1];
  const last = kids[kids.length - 1];
  return { k: 'tuple', elts: kids.slice(1).map((k) => expr(ctx, k)), site: ctx.spanAt(first.s, last.e) };
}

function slice(ctx: Ctx, n: SNode): Expr {
  const slots: (Expr | null)[] = [null, null, null];
  let i = 0;
  for (const k of n.c ?? []) {
    if (!k.named) {
      if (k.type === ':') i++;
    } else if (i < 3) slots[i] = expr(ctx, k);
  }
  return { k: 'slice', lower: slots[0], upper: slots[1], step: slots[2], site: ctx.span(n) };
}

/** `a and b and c` is one BoolOp with three values, as in Python's AST (tree-sitter nests left). */
function boolop(ctx: Ctx, n: SNode): Expr {
  const opOf = (m: SNode): string | undefined => (m.c ?? []).find((k) => !k.named)?.type;
  const op = opOf(n);
  if (op !== 'and' && op !== 'or') return ctx.unknown(n, unknownText(ctx, n), parts(ctx, n));
  // Right operands, outermost link first (a link broken by a syntax error may hold several).
  const rights: SNode[] = [];
  let left = n;
  while (left.type === 'boolean_operator' && opOf(left) === op && !left.truncated) {
    const kids = namedKids(left);
    if (kids.length < 2) break;
    for (let i = kids.length - 1; i >= 1; i--) rights.push(kids[i]);
    left = kids[0];
  }
  if (left === n) return ctx.unknown(n, unknownText(ctx, n), parts(ctx, n));
  const values = [expr(ctx, left)];
  for (let i = rights.length - 1; i >= 0; i--) values.push(expr(ctx, rights[i]));
  return { k: 'boolop', op, values, site: ctx.span(n) };
}

/** The walrus binds in the nearest enclosing scope that is not a comprehension (PEP 572). */
function walrusTarget(ctx: Ctx, n: SNode): Name {
  let owner = ctx.cur;
  while (owner.info.kind === 'comprehension' && owner.parent) owner = owner.parent;
  owner.bound.add(ctx.slice(n));
  return ctx.nameOf(n, owner === ctx.cur);
}

/** Assignment target (`for` targets, `with ... as`, `del` too). Binds names in the current scope. */
export function target(ctx: Ctx, n: SNode): Target {
  if (n.truncated) {
    ctx.tooDeep(n);
    return { k: 'unpack', elts: [], site: ctx.span(n) };
  }
  switch (n.type) {
    case 'identifier':
      return ctx.nameOf(n, true);
    case 'attribute':
    case 'subscript': {
      const e = expr(ctx, n);
      if (e.k === 'attr' || e.k === 'subscript') return e;
      break;
    }
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'expression_list':
      return { k: 'unpack', elts: namedKids(n).map((k) => target(ctx, k)), site: ctx.span(n) };
    case 'list_splat_pattern':
    case 'list_splat': {
      const inner = namedKids(n)[0];
      if (inner) return { k: 'starred', target: target(ctx, inner), site: ctx.span(n) };
      break;
    }
    case 'parenthesized_expression':
    case 'as_pattern_target': {
      const inner = namedKids(n);
      if (inner.length === 1) return target(ctx, inner[0]);
      break;
    }
  }
  // CPython rejects this ("cannot assign to ..."): bind nothing.
  ctx.problem('error', `syntax error: cannot assign to ${n.type.replace(/_/g, ' ')}`, ctx.span(n));
  return { k: 'unpack', elts: [], site: ctx.span(n) };
}
