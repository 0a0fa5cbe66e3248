// The one async initialiser for web-tree-sitter + the Python grammar (the caller hands in the wasm
// bytes: the engine never reads files), and parse(): input guards, optional incremental reparse
// from edits, one snapshot walk, error recovery for broken lines, then extraction to the IR.
import { Edit, Language, Parser, type Tree } from 'web-tree-sitter';
import type { Module } from '../ir';
import { extractModule, rejectedModule } from '../extract/module';
import { recover } from './recover';
import { makeTypeTables, snapshot, type TypeTables } from './tree';

export interface ParsedFile {
  readonly text: string;
  /** Extracted event program for this text. */
  readonly module: Module;
  /** Frees the tree-sitter tree (wasm memory is not garbage-collected). */
  delete(): void;
}

export interface TextEdit {
  /** Replace [startIndex, oldEndIndex) of the previous text (UTF-16 offsets) by `newText`. */
  startIndex: number;
  oldEndIndex: number;
  newText: string;
}

export interface PythonParser {
  /** Parse and extract. With `previous` and `edits`, reparses incrementally from the old tree. */
  parse(file: string, text: string, previous?: ParsedFile, edits?: TextEdit[]): ParsedFile;
  delete(): void;
}

/** Larger files are not parsed: analysis would be slow and their findings unreadable anyway. */
export const MAX_FILE_CHARS = 8_000_000;
/**
 * Syntax nesting depth beyond which the extractor stops (CPython's own parser already refuses 200
 * nested brackets); it bounds every recursion over the syntax and the IR.
 */
export const MAX_SYNTAX_DEPTH = 400;

// web-tree-sitter's runtime is a process-wide singleton: initialise it once, whatever the number
// of parsers asked for.
let runtimeReady: Promise<void> | null = null;

export async function createPythonParser(wasm: { runtime: Uint8Array; python: Uint8Array }): Promise<PythonParser> {
  runtimeReady ??= Parser.init({ wasmBinary: wasm.runtime } as object).catch((err: unknown) => {
    runtimeReady = null; // let a later call retry with other bytes
    throw err;
  });
  await runtimeReady;
  const language = await Language.load(wasm.python);
  const parser = new Parser();
  parser.setLanguage(language);
  const tables = makeTypeTables(
    language.nodeTypeCount,
    (id) => language.nodeTypeForId(id),
    (id) => language.nodeTypeIsNamed(id),
  );
  return {
    parse: (file, text, previous, edits) => parseFile(parser, tables, file, text, previous, edits),
    delete: () => parser.delete(),
  };
}

class TreeFile implements ParsedFile {
  constructor(
    readonly text: string,
    readonly module: Module,
    /** @internal the tree, kept for incremental reparsing; null once deleted or never parsed */
    public tree: Tree | null,
    /** Whether this parse started from the previous tree (false: a full parse). */
    readonly incremental = false,
  ) {}
  delete(): void {
    this.tree?.delete();
    this.tree = null;
  }
}

function parseFile(
  parser: Parser,
  tables: TypeTables,
  file: string,
  text: string,
  previous?: ParsedFile,
  edits?: TextEdit[],
): ParsedFile {
  if (text.length > MAX_FILE_CHARS) {
    const mb = (text.length / 1e6).toFixed(1);
    return new TreeFile(text, rejectedModule(file, text, `file too large to analyse (${mb}M characters; the limit is ${MAX_FILE_CHARS / 1e6}M)`), null);
  }
  if (text.indexOf('\0') >= 0) {
    // CPython refuses such a file outright ("source code cannot contain null bytes").
    return new TreeFile(text, rejectedModule(file, text, 'source contains NUL bytes (a binary file?): not analysed'), null);
  }
  // A byte-order mark is not Python syntax; a space of the same length keeps every offset. A lone
  // CR ends a line for Python (and editors) but not for tree-sitter: make it a LF, same length.
  let source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const loneCR = hasLoneCR(source);
  if (loneCR) source = source.replace(/\r(?!\n)/g, '\n');
  const incremental = previous instanceof TreeFile && previous.tree && edits && !loneCR && !hasLoneCR(previous.text);
  const old = incremental ? editedCopy(previous, edits, text) : null;
  const tree = parser.parse(source, old);
  old?.delete();
  if (!tree) throw new Error('tree-sitter returned no tree (no language set?)');
  const cursor = tree.walk();
  try {
    let snap = snapshot(cursor, tables, tree.rootNode.hasError, MAX_SYNTAX_DEPTH, source);
    let analysed = source;
    if (snap.problems.some((p) => p.kind === 'error')) ({ snap, source: analysed } = recover(parser, tables, tree, snap, source, MAX_SYNTAX_DEPTH));
    // The tree of the real text is kept: the next edits are relative to it.
    return new TreeFile(text, extractModule(file, analysed, snap, MAX_SYNTAX_DEPTH, source), tree, old !== null);
  } catch (err) {
    tree.delete();
    throw err;
  } finally {
    cursor.delete();
  }
}

/**
 * A copy of the previous tree with the edits applied (edits are sequential, each in the
 * coordinates of the text the previous ones produced, as LSP content changes are). Null when the
 * edits do not turn the previous text into `text`: then a full parse is the only safe choice.
 */
function editedCopy(previous: TreeFile, edits: TextEdit[], text: string): Tree | null {
  let cur = previous.text;
  const tree = previous.tree!.copy();
  for (const ed of edits) {
    if (ed.startIndex < 0 || ed.oldEndIndex < ed.startIndex || ed.oldEndIndex > cur.length) {
      tree.delete();
      return null;
    }
    const startPosition = pointAt(cur, ed.startIndex);
    const oldEndPosition = pointAt(cur, ed.oldEndIndex);
    const next = cur.slice(0, ed.startIndex) + ed.newText + cur.slice(ed.oldEndIndex);
    const newEndIndex = ed.startIndex + ed.newText.length;
    const newEndPosition = pointAt(next, newEndIndex);
    tree.edit(new Edit({ startIndex: ed.startIndex, oldEndIndex: ed.oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition }));
    cur = next;
  }
  if (cur !== text) {
    tree.delete();
    return null;
  }
  return tree;
}

function hasLoneCR(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** Row and UTF-16 column of an offset (what tree-sitter uses for UTF-16 input). */
function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}
