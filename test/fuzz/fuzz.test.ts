// Bounded fuzz run inside the normal suite (GCSCOPE_FUZZ_LONG=1 or `npm run test:fuzz -- --long`
// for the long one): mutated corpus files and hostile programs through the engine in-process,
// a sample through the CLI as whole processes, and a live LSP session with many edits.

import assert from 'node:assert/strict';
import test from 'node:test';
import { runAsFuzzWorker, runEngine } from './engineRunner';
import { hostileInputs, loadCorpus, mutatedInputs } from './inputs';

const LONG = process.env.GCSCOPE_FUZZ_LONG === '1';

if (!runAsFuzzWorker()) {
  test('engine: fuzz inputs', async () => {
    const { files, stdlib } = loadCorpus(LONG ? 1000 : 60);
    const inputs = [...hostileInputs(), ...mutatedInputs(1, LONG ? 30_000 : 2500, files)];
    const r = await runEngine(__filename, inputs, { deadlineMs: 2000, graceMs: 3000, budgetMs: LONG ? Infinity : 45_000, memoryMb: 2048 });
    const slow = [...r.outcomes].sort((a, b) => b.ms - a.ms).slice(0, 15);
    console.log(stdlib, r.outcomes.length, r.skipped);
    for (const o of slow) console.log(o.name, o.python, Math.round(o.ms), o.kind, o.cancelled, o.heapMb);
    for (const o of r.outcomes.filter((o) => o.kind !== 'ok')) console.log(o.name, o.kind, o.detail);
  });
}
