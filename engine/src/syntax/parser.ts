// PLACEHOLDER signature (owned by the extractor engineer, who replaces the body).
// One async initialiser for web-tree-sitter + the Python grammar; the caller hands in the wasm bytes.
import type { Module } from '../ir';

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

export async function createPythonParser(_wasm: { runtime: Uint8Array; python: Uint8Array }): Promise<PythonParser> {
  throw new Error('not implemented yet');
}
