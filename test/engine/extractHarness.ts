// Shared set-up for the extractor and parser tests: one parser per test process, built from the
// grammar bytes in node_modules (tests may read files; the engine never does), and check() that
// compares the printed IR of a snippet with the expected text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createPythonParser, type PythonParser } from '../../engine/src/syntax/parser';
import { printModule } from '../../engine/src/extract/print';
import type { Module } from '../../engine/src/ir';

const root = path.resolve(__dirname, '../../..');
let parser: Promise<PythonParser> | null = null;

export function wasmBytes(): { runtime: Uint8Array; python: Uint8Array } {
  return {
    runtime: fs.readFileSync(path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm')),
  };
}

export function getParser(): Promise<PythonParser> {
  parser ??= createPythonParser(wasmBytes());
  return parser;
}

export async function extract(source: string): Promise<Module> {
  const p = await getParser();
  const parsed = p.parse('test.py', source);
  parsed.delete();
  return parsed.module;
}

/** Strips the common indentation of a template literal and its first/last blank lines. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(ind)).join('\n') + '\n';
}

/** Printed IR of `source` (dedented) must equal `expected` (dedented); no problems unless listed. */
export async function check(source: string, expected: string, problems: string[] = []): Promise<Module> {
  const m = await extract(dedent(source));
  assert.equal(printModule(m), dedent(expected));
  assert.deepEqual(m.problems.map((p) => p.message), problems);
  return m;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(root, 'test/engine/fixtures/extract', name), 'utf8');
}
