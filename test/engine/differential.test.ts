// Differential test: the simulator against recorded CPython 3.8-3.15 on every corpus program
// (test/corpus, recorded by tools/record.mjs). Explicit gc.collect() results must match exactly,
// automatic collections per generation within 5 % (loop programs), cyclic-garbage sites by line.
// Cases in test/corpus/known-failures.json must still fail, all others must pass: no silent passes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createPythonParser, type PythonParser } from '../../engine/src/index';
import {
  compareCase, loadCases, readKnownFailures, readWasm, repoRoot, summarize, type Outcome,
} from '../../tools/differential/compare';

const root = repoRoot(__dirname);
const cases = loadCases(root);
const known = readKnownFailures(root);
const outcomes: Outcome[] = [];
let parser: PythonParser;

test.before(async () => {
  parser = await createPythonParser(readWasm(root));
});

test.after(() => {
  for (const line of summarize(outcomes)) console.log(line);
  parser?.delete();
});

test('known-failures.json names only existing, recorded cases', () => {
  const recorded = new Set(cases.filter((c) => c.recording).map((c) => c.key));
  const stale = [...known.keys()].filter((k) => !recorded.has(k));
  assert.deepEqual(stale, [], 'entries for cases that do not exist or have no recording');
});

test('the corpus is recorded', () => {
  assert.ok(cases.some((c) => c.recording), 'no recordings under test/corpus/expected: run npm run record');
});

for (const c of cases) {
  test(`differential ${c.key}`, (t) => {
    if (!c.recording) {
      t.skip(`no recording of ${c.name} for Python ${c.version}: the interpreter was missing when recording (npm run record)`);
      return;
    }
    const outcome = compareCase(parser, c);
    outcomes.push(outcome);
    const failed = outcome.reasons.length > 0;
    if (known.has(c.key)) {
      assert.ok(failed, `${c.key} now matches CPython: remove it from test/corpus/known-failures.json ` +
        '(node tools/update-known-failures.mjs) so the pass is locked in');
    } else {
      assert.deepEqual(outcome.reasons, [], `${c.key} differs from CPython (not a known failure)`);
    }
  });
}
