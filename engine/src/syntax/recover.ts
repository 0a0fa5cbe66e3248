// Error recovery beyond tree-sitter's own, for half-typed code: an unclosed `f(x` swallows the
// lines after it into one ERROR region (Python would read on inside the bracket too). When a
// file has ERROR regions, the first line of the first one is blanked (same length, so every
// offset stays) and the text parsed again; the better of the two parses is extracted. A few
// rounds at most, and only for files with errors.

import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { snapshot, type Snapshot, type TypeTables } from './tree';

export const MAX_ROUNDS = 3;

/** Characters inside ERROR regions: what a better parse has less of. */
function errorCost(snap: Snapshot): number {
  let cost = 0;
  for (const p of snap.problems) if (p.kind === 'error') cost += Math.max(1, p.e - p.s);
  return cost;
}

export interface Recovery {
  snap: Snapshot;
  source: string;
}

/**
 * Blanks the first line of the first ERROR region while that shrinks the errors. Returns the
 * snapshot to extract and its source; the blanked lines are reported as syntax errors (with the
 * line's own text) among the snapshot's problems.
 */
export function recover(parser: Parser, tables: TypeTables, tree: Tree, snap: Snapshot, source: string, maxDepth: number): Recovery {
  let best: Recovery = { snap, source };
  let cost = errorCost(snap);
  const blanked: { s: number; e: number; message: string }[] = [];
  // Each round reparses incrementally from the tree of the text it blanks a line of.
  let base: Tree = tree;
  const owned: Tree[] = [];
  try {
    for (let round = 0; round < MAX_ROUNDS && cost > 0; round++) {
      const first = best.snap.problems.find((p) => p.kind === 'error');
      if (!first) break;
      const text = best.source;
      // The region may start with the whitespace that ends the previous line.
      let from = first.s;
      while (from < first.e && (text[from] === ' ' || text[from] === '\t' || text[from] === '\r' || text[from] === '\n')) from++;
      const lineStart = text.lastIndexOf('\n', from - 1) + 1;
      let lineEnd = text.indexOf('\n', from);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      let contentStart = lineStart;
      while (contentStart < lineEnd && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
      const content = text.slice(contentStart, lineEnd);
      // Nothing to blank, or a triple quote whose removal would turn the rest into a string.
      if (!content.trim() || content.includes('"""') || content.includes("'''")) break;
      const filler = content.length >= 4 ? 'pass' + ' '.repeat(content.length - 4) : ' '.repeat(content.length);
      const masked = text.slice(0, contentStart) + filler + text.slice(lineEnd);
      const old = base.copy();
      owned.push(old);
      const at = { row: lineOf(text, contentStart), column: contentStart - lineStart };
      const end = { row: at.row, column: lineEnd - lineStart };
      old.edit(new Edit({ startIndex: contentStart, oldEndIndex: lineEnd, newEndIndex: lineEnd, startPosition: at, oldEndPosition: end, newEndPosition: end }));
      const next = parser.parse(masked, old);
      if (!next) break;
      owned.push(next);
      const cursor = next.walk();
      let nextSnap: Snapshot;
      try {
        nextSnap = snapshot(cursor, tables, next.rootNode.hasError, maxDepth, masked);
      } finally {
        cursor.delete();
      }
      const nextCost = errorCost(nextSnap);
      if (nextCost >= cost) break;
      base = next;
      blanked.push({ s: contentStart, e: lineEnd, message: `syntax error: ${diagnose(content)} (this line is left out of the analysis)` });
      best = { snap: nextSnap, source: masked };
      cost = nextCost;
    }
  } finally {
    for (const t of owned) t.delete();
  }
  if (blanked.length === 0) return best;
  const problems = [...blanked.map((b) => ({ kind: 'error' as const, s: b.s, e: b.e, type: 'ERROR', message: b.message })), ...best.snap.problems];
  problems.sort((a, b) => a.s - b.s);
  // Comments come from the real text: a suppression on a blanked line still counts.
  return { snap: { ...best.snap, problems, comments: snap.comments }, source: best.source };
}

function lineOf(text: string, index: number): number {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) row++;
  return row;
}

const BLOCK_HEADER = /^(async\s+)?(def|class|if|elif|else|for|while|with|try|except|finally)\b/;

/** What is wrong with a broken line, in CPython's words where a cheap look can tell. */
export function diagnose(content: string): string {
  // Code without strings and the trailing comment, to look at brackets and the last character.
  let code = '';
  const open: string[] = [];
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '#') break;
    if (ch === '"' || ch === "'") {
      const close = content.indexOf(ch, i + 1);
      if (close < 0) break;
      i = close;
      code += '""';
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') open.pop();
    code += ch;
  }
  const shown = content.trim().length > 30 ? content.trim().slice(0, 29) + '…' : content.trim();
  if (open.length) return `'${open[open.length - 1]}' was never closed in '${shown}'`;
  if (BLOCK_HEADER.test(code) && !code.trimEnd().endsWith(':')) return `expected ':' at the end of '${shown}'`;
  return `unexpected '${shown}'`;
}
