// Analysis bounds are reported: whenever the time budget stops a run (the program's, or one
// function's lint run), the file gets a GC900 finding saying its results are partial.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText, createPythonParser } from '../../engine/src/index';

const root = path.resolve(__dirname, '..', '..', '..');

test('a time budget that runs out inside a function lint run gives GC900 (fuzz reproducer)', async () => {
  const parser = await createPythonParser({
    runtime: fs.readFileSync(path.join(root, 'dist/web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'dist/tree-sitter-python.wasm')),
  });
  const text = fs.readFileSync(path.join(root, 'test/fuzz/repro/cancelled_late_no_gc900.py'), 'utf8');
  // The engine never reads the clock: a budget is an isCancelled that turns true. This one turns
  // true part-way through the lint runs, where the bug was.
  let calls = 0;
  const { analysis, parsed } = analyzeText(parser, 'late.py', text, { python: '3.9', isCancelled: () => ++calls > 300 });
  parsed.delete();
  parser.delete();
  const limits = analysis.findings.filter((f) => f.code === 'GC900');
  assert.ok(limits.length > 0, 'no GC900 although the budget ran out');
  assert.ok(limits.every((f) => f.severity === 'information'));
  assert.match(limits.map((f) => f.message).join('\n'), /ran out of time/);
});

test('a runaway program hits the step bound quickly and says so', async () => {
  const parser = await createPythonParser({
    runtime: fs.readFileSync(path.join(root, 'dist/web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'dist/tree-sitter-python.wasm')),
  });
  // Quadratic in the buffer's length: bulk item work must count against the step budget.
  const text = 'buf = []\nwhile True:\n    buf.append(input())\n    src = "\\n".join(buf)\n';
  const { analysis, parsed } = analyzeText(parser, 'loop.py', text, { python: '3.12' });
  parsed.delete();
  parser.delete();
  assert.equal(analysis.simulation?.limitHit?.what, 'steps');
  assert.ok(analysis.findings.some((f) => f.code === 'GC900' && f.span.line === 3), 'GC900 on the join line');
});
