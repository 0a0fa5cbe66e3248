// A compact, plain-JS snapshot of a tree-sitter syntax tree, taken in ONE cursor walk with an
// explicit stack (no recursion, so 10 000-deep nesting cannot overflow the JS stack). The extractor
// works on this snapshot instead of calling into wasm per node, which keeps extraction close to
// the cost of a bare cursor walk. It also collects syntax errors, comments and the depth cap.

import type { TreeCursor } from 'web-tree-sitter';

/**
 * One syntax node. Named nodes carry their UTF-16 extent; anonymous tokens (operators, keywords,
 * punctuation) are shared per type and carry only their type (s = e = -1), since nothing needs
 * their position.
 */
export interface SNode {
  type: string; // tree-sitter type name ('identifier', '+', 'not in', ...)
  named: boolean;
  s: number; // start index (UTF-16 code units)
  e: number; // end index
  c: SNode[] | null; // children without comments and line continuations; null for leaves
  /** Children were cut off by the depth cap (always present: one object shape for all nodes). */
  truncated: boolean;
}

/** Per-language tables, computed once: type names and named-ness by type id. */
export interface TypeTables {
  names: string[];
  named: boolean[];
  /** Shared anonymous token nodes (no position). */
  tokens: SNode[];
  /** Named types known to have no children worth visiting (saves a wasm call each). */
  leaf: boolean[];
}

const LEAF_TYPES = new Set([
  'identifier',
  'integer',
  'float',
  'string_start',
  'string_content',
  'string_end',
  'comment',
  'true',
  'false',
  'none',
  'ellipsis',
  'escape_sequence',
  'type_conversion',
  'line_continuation',
  // Annotations are not evaluated by the model (the IR has no place for them): skip their insides.
  'type',
]);

export function makeTypeTables(count: number, nameOf: (id: number) => string | null, isNamed: (id: number) => boolean): TypeTables {
  const names: string[] = [];
  const named: boolean[] = [];
  const tokens: SNode[] = [];
  const leaf: boolean[] = [];
  // ERROR is the reserved id 65535, beyond nodeTypeCount; it is handled by name below.
  for (let id = 0; id < count; id++) {
    const n = nameOf(id) ?? `?${id}`;
    names.push(n);
    named.push(isNamed(id));
    tokens.push({ type: n, named: false, s: -1, e: -1, c: null, truncated: false });
    leaf.push(LEAF_TYPES.has(n));
  }
  return { names, named, tokens, leaf };
}

export interface SyntaxProblem {
  kind: 'error' | 'missing' | 'depth';
  s: number;
  e: number;
  type: string; // for 'missing': the missing token or node type
  message?: string; // set by recover.ts for the lines it left out
}

export interface Snapshot {
  root: SNode;
  comments: SNode[];
  problems: SyntaxProblem[];
}

const ERROR_ID = 65535;

/**
 * Walks the whole tree once. `withErrors` (the tree reported hasError) switches on the slower
 * checks needed to find MISSING nodes: extents for every token and the isMissing query on the
 * zero-width ones.
 */
export function snapshot(cursor: TreeCursor, tables: TypeTables, withErrors: boolean, maxDepth: number, text: string): Snapshot {
  const { names, named, tokens, leaf } = tables;
  const comments: SNode[] = [];
  const problems: SyntaxProblem[] = [];
  const root: SNode = { type: 'module', named: true, s: cursor.startIndex, e: cursor.endIndex, c: [], truncated: false };
  if (!cursor.gotoFirstChild()) return { root, comments, problems };
  const parents: SNode[] = [];
  // Effective depth: a chain `a = b = c = ...`, `x + y + z ...` or `x and y and z ...` nests in
  // the tree but is extracted iteratively, so links of such a chain do not count against the cap.
  const depths: number[] = [];
  let depth = 0;
  let parent = root;
  let pendingLazy = -1; // start of a dropped `lazy` waiting for its import
  for (;;) {
    const id = cursor.nodeTypeId;
    let n: SNode;
    let descend = false;
    let keep = true;
    if (id === ERROR_ID && cursor.endIndex - cursor.startIndex === 4 && text.startsWith('lazy', cursor.startIndex)) {
      // PEP 810 (Python 3.15) `lazy import m` / `lazy from m import x`: the grammar knows no
      // `lazy`, puts it alone in an ERROR and parses the import after it. Keep just the import.
      n = tokens[0];
      keep = false;
      pendingLazy = cursor.startIndex;
    } else if (id === ERROR_ID) {
      n = { type: 'ERROR', named: true, s: cursor.startIndex, e: cursor.endIndex, c: null, truncated: false };
      // Report the outermost error region only; nested ones say nothing new.
      const last = problems.length ? problems[problems.length - 1] : null;
      if (!last || last.kind !== 'error' || n.s < last.s || n.e > last.e) problems.push({ kind: 'error', s: n.s, e: n.e, type: 'ERROR' });
      descend = true;
    } else if (named[id]) {
      n = { type: names[id], named: true, s: cursor.startIndex, e: cursor.endIndex, c: null, truncated: false };
      descend = !leaf[id];
      // A plain string's parts (start, content, escapes, end) are read from the text instead:
      // strings are common and this saves several wasm calls each. f-strings are descended.
      if (descend && !withErrors && n.type === 'string' && !isFormatString(text, n.s)) descend = false;
      if (withErrors && n.s === n.e && cursor.nodeIsMissing) problems.push({ kind: 'missing', s: n.s, e: n.e, type: n.type });
    } else if (withErrors) {
      const s = cursor.startIndex;
      const e = cursor.endIndex;
      n = tokens[id] ?? { type: '?', named: false, s: -1, e: -1, c: null, truncated: false };
      if (s === e && cursor.nodeIsMissing) problems.push({ kind: 'missing', s, e, type: n.type });
    } else {
      n = tokens[id] ?? { type: '?', named: false, s: -1, e: -1, c: null, truncated: false };
    }
    if (pendingLazy >= 0 && keep) {
      // `lazy` is only a keyword before an import; anywhere else it stays a syntax error.
      if (n.type !== 'import_statement' && n.type !== 'import_from_statement') problems.push({ kind: 'error', s: pendingLazy, e: pendingLazy + 4, type: 'ERROR' });
      pendingLazy = -1;
    }
    if (!keep) {
      // nothing to record
    } else if (n.type === 'comment') comments.push(n);
    else if (n.type !== 'line_continuation') (parent.c ??= []).push(n);
    if (descend) {
      // `a = b = ...` nests to the right; `a + b + ...` and `a or b or ...` nest to the left (the
      // node is its parent's first child). The extractor walks such chains in a loop.
      const chained =
        n.type === parent.type &&
        (n.type === 'assignment' || ((n.type === 'binary_operator' || n.type === 'boolean_operator') && parent.c!.length === 1));
      // Assignment and boolean chains become flat IR (targets, values); a binary chain stays a
      // nested binop, so its links count half: consumers recurse on it.
      const childDepth = depth + (chained ? (n.type === 'binary_operator' ? 0.5 : 0) : 1);
      if (childDepth >= maxDepth) {
        n.truncated = true;
        if (cursor.gotoFirstChild()) {
          problems.push({ kind: 'depth', s: n.s, e: n.e, type: n.type });
          cursor.gotoParent();
        } else n.truncated = false;
      } else if (cursor.gotoFirstChild()) {
        parents.push(parent);
        depths.push(depth);
        parent = n;
        depth = childDepth;
        continue;
      }
    }
    while (!cursor.gotoNextSibling()) {
      if (pendingLazy >= 0) {
        problems.push({ kind: 'error', s: pendingLazy, e: pendingLazy + 4, type: 'ERROR' });
        pendingLazy = -1;
      }
      if (parents.length === 0) return { root, comments, problems };
      cursor.gotoParent();
      parent = parents.pop()!;
      depth = depths.pop()!;
    }
  }
}

/** Whether the string literal starting at `at` has an f / t prefix (its parts must be walked). */
export function isFormatString(text: string, at: number): boolean {
  for (let i = at; i < at + 3 && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 || ch === 39) return false; // a quote: the prefix is over
    if (ch === 102 || ch === 70 || ch === 116 || ch === 84) return true; // f F t T
  }
  return false;
}
