// Literals: numbers (0x/0o/0b, underscores, big ints as JS numbers, complex `2j`), strings and
// bytes (prefixes, escapes, implicit concatenation) and f-strings (their interpolated parts).

import type { Expr } from '../ir';
import type { SNode } from '../syntax/tree';
import type { Ctx } from './context';

const DECIMAL = /^[0-9]+$/;

export function numberLiteral(ctx: Ctx, n: SNode): Expr {
  const site = ctx.span(n);
  const raw = ctx.slice(n);
  if (n.type === 'integer' && DECIMAL.test(raw)) return { k: 'const', kind: 'int', value: Number(raw), site };
  let t = raw.replace(/_/g, '').toLowerCase();
  if (t.endsWith('j')) return { k: 'const', kind: 'complex', value: Number(t.slice(0, -1)) || 0, site };
  if (t.endsWith('l')) t = t.slice(0, -1); // Python 2 long suffix
  if (n.type === 'float') {
    const f = Number(t);
    return { k: 'const', kind: 'float', value: Number.isNaN(f) ? 0 : f, site };
  }
  // Number() reads 0x / 0o / 0b itself; a Python 2 octal such as 0777 reads as decimal.
  const v = Number(t);
  return { k: 'const', kind: 'int', value: Number.isNaN(v) ? 0 : v, site };
}

interface Piece {
  prefix: string; // lower-cased: '', 'r', 'b', 'rb', 'f', 'rf', 'u', 't'...
  content: string;
  parts: Expr[]; // interpolated expressions (f-strings)
}

/** A string the snapshot did not descend into (no f prefix, no syntax error): read the text. */
function plainPiece(ctx: Ctx, n: SNode): Piece {
  const text = ctx.text;
  let q = n.s;
  while (q < n.e && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
  const prefix = text.slice(n.s, q).toLowerCase();
  const quote = text[q];
  const len = text.startsWith(quote.repeat(3), q) && n.e - q >= 6 ? 3 : 1;
  let content = text.slice(q + len, Math.max(q + len, n.e - len));
  if (!prefix.includes('r') && content.includes('\\')) content = unescape(content);
  return { prefix, content, parts: [] };
}

/** One `string` node: its prefix, decoded content and interpolations. */
function piece(ctx: Ctx, n: SNode, expr: (n: SNode) => Expr): Piece {
  let start: SNode | null = null;
  let end: SNode | null = null;
  const kids = n.c ?? [];
  for (const k of kids) {
    if (k.type === 'string_start') start = k;
    else if (k.type === 'string_end') end = k;
  }
  if (!n.c) return plainPiece(ctx, n);
  const startText = start ? ctx.slice(start) : '"';
  const prefix = startText.replace(/['"]+$/, '').toLowerCase();
  const parts: Expr[] = [];
  let content = '';
  if (prefix.includes('f') || prefix.includes('t')) {
    // Interpolations are what an f-string evaluates; literal text only matters for docstrings.
    for (const k of kids) if (k.type === 'interpolation') interpolation(k, parts, expr);
  } else {
    const cs = start ? start.e : n.s;
    const ce = end ? end.s : n.e;
    content = ctx.text.slice(cs, Math.max(cs, ce));
    if (!prefix.includes('r') && content.includes('\\')) content = unescape(content);
  }
  return { prefix, content, parts };
}

function interpolation(n: SNode, parts: Expr[], expr: (n: SNode) => Expr): void {
  for (const k of n.c ?? []) {
    if (!k.named || k.type === 'type_conversion') continue;
    if (k.type === 'format_specifier') {
      for (const f of k.c ?? []) if (f.type === 'format_expression') interpolation(f, parts, expr);
    } else parts.push(expr(k));
  }
}

/** `string` or `concatenated_string` -> const str / bytes, or an fstring of all parts. */
export function stringLiteral(ctx: Ctx, n: SNode, expr: (n: SNode) => Expr): Expr {
  const pieces = n.type === 'string' ? [piece(ctx, n, expr)] : (n.c ?? []).filter((k) => k.type === 'string').map((k) => piece(ctx, k, expr));
  const site = ctx.span(n);
  if (pieces.some((p) => p.prefix.includes('f') || p.prefix.includes('t'))) {
    return { k: 'fstring', parts: pieces.flatMap((p) => p.parts), site };
  }
  const value = pieces.map((p) => p.content).join('');
  const bytes = pieces.some((p) => p.prefix.includes('b'));
  return { k: 'const', kind: bytes ? 'bytes' : 'str', value, site };
}

/** Docstring value when `n` (an expression statement's only child) is a plain string. */
export function docstringOf(ctx: Ctx, n: SNode): string | null {
  if (n.type !== 'string' && n.type !== 'concatenated_string') return null;
  const e = stringLiteral(ctx, n, () => ({ k: 'const', kind: 'none', value: null, site: ctx.span(n) }));
  return e.k === 'const' && e.kind === 'str' ? (e.value as string) : null;
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g, (m, e: string) => {
    if (e in SIMPLE) return SIMPLE[e];
    const c = e[0];
    if (c === 'x' || c === 'u' || c === 'U') {
      const cp = parseInt(e.slice(1), 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    if (c >= '0' && c <= '7') return String.fromCharCode(parseInt(e, 8));
    return m; // unknown escapes stay as written, as in Python
  });
}
