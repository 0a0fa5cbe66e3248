// The engine's own positions. Lines and columns are 0-based; columns count UTF-16 code units,
// which is what web-tree-sitter reports for JavaScript strings and what LSP uses by default.
// The CLI converts to 1-based at its edge.

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export const Span = {
  create(line: number, col: number, endLine: number, endCol: number): Span {
    return { line, col, endLine, endCol };
  },
  /** A span that stands for "no source position" (synthesised objects, start-up heap). */
  none: { line: -1, col: -1, endLine: -1, endCol: -1 } as Span,
  isNone(s: Span): boolean {
    return s.line < 0;
  },
  contains(s: Span, line: number, col: number): boolean {
    if (line < s.line || line > s.endLine) return false;
    if (line === s.line && col < s.col) return false;
    if (line === s.endLine && col > s.endCol) return false;
    return true;
  },
  compare(a: Span, b: Span): number {
    return a.line - b.line || a.col - b.col || a.endLine - b.endLine || a.endCol - b.endCol;
  },
  key(s: Span): string {
    return `${s.line}:${s.col}-${s.endLine}:${s.endCol}`;
  },
};
