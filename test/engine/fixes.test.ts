// Quick fixes really break the cycle: apply each fix gcscope offers on the bundled examples,
// re-analyse (the finding is gone), and run the fixed program under a real CPython to check that
// its gc.collect() calls now find nothing the original found.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyzeText, createPythonParser, type Fix, type PythonParser } from '../../engine/src/index';

const root = path.resolve(__dirname, '..', '..', '..');
let parser: PythonParser;

test.before(async () => {
  parser = await createPythonParser({
    runtime: fs.readFileSync(path.join(root, 'dist/web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'dist/tree-sitter-python.wasm')),
  });
});
test.after(() => parser?.delete());

function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 0; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + col;
}

/** Applies a fix's edits, last first so earlier offsets stay valid. */
function applyFix(text: string, fix: Fix): string {
  const edits = fix.edits
    .map((e) => ({ start: offsetOf(text, e.span.line, e.span.col), end: offsetOf(text, e.span.endLine, e.span.endCol), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

/** The values the program's `print(..., gc.collect())` lines print under real CPython 3.12. */
function realCollects(source: string): number[] | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-fix-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, source);
  const r = spawnSync('python', [file], { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12.1' } });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) return null;
  // Every example prints what its gc.collect() calls return, one per line: the last number of each line.
  return r.stdout.split('\n').filter((l) => /\d/.test(l)).map((l) => Number(/(\d+)\D*$/.exec(l)![1]));
}

const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.py')).sort();
const hasPython = spawnSync('python', ['--version'], { env: { ...process.env, PYENV_VERSION: '3.12.1' } }).status === 0;

for (const name of examples) {
  test(`fixes on examples/${name} break the cycle`, (t) => {
    const file = path.join(root, 'examples', name);
    const text = fs.readFileSync(file, 'utf8');
    const { analysis, parsed } = analyzeText(parser, file, text, { python: '3.12' });
    parsed.delete();
    const fixable = analysis.findings.filter((f) => f.fixes.length > 0);
    if (fixable.length === 0) {
      t.diagnostic(`no quick fix offered for ${name} (${analysis.findings.map((f) => f.code).join(', ') || 'no findings'})`);
      return;
    }
    for (const finding of fixable) {
      for (const fix of finding.fixes) {
        const fixed = applyFix(text, fix);
        const again = analyzeText(parser, file, fixed, { python: '3.12' });
        again.parsed.delete();
        const still = again.analysis.findings.filter((f) => f.code === finding.code && f.span.line >= finding.span.line - 1 && f.span.line <= finding.span.line + 2);
        assert.deepEqual(still.map((f) => f.message), [], `'${fix.title}' left the finding in place`);
        if (!hasPython) {
          t.diagnostic('CPython 3.12.1 (pyenv) not available: the fixed program was not run under a real interpreter');
          continue;
        }
        const before = realCollects(text);
        const after = realCollects(fixed);
        assert.ok(before && after, 'the example and its fixed version both run under CPython 3.12');
        assert.ok(before!.some((n) => n > 0), 'the original leaves cyclic garbage under real CPython');
        assert.deepEqual(after, after!.map(() => 0), `after '${fix.title}' real CPython's gc.collect() finds nothing`);
      }
    }
  });
}
