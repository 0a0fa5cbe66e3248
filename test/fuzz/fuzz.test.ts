// Bounded fuzz run inside the normal suite (GCSCOPE_FUZZ_LONG=1, or `npm run test:fuzz -- --long`,
// for the long one; GCSCOPE_FUZZ_BUDGET_MS caps the engine part): mutated corpus files and hostile
// programs through the engine in-process with a deadline, a sample through the CLI as whole
// processes, and a live LSP session with many edits.
// Any crash or hang fails the test; its input is saved under test-results/fuzz/.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { runAsFuzzWorker, runEngine, type Outcome } from './engineRunner';
import { type FuzzInput, hostileInputs, loadCorpus, mutatedInputs, ROOT } from './inputs';
import { liveSession } from './lspSession';

const LONG = process.env.GCSCOPE_FUZZ_LONG === '1';
const RESULTS = path.join(ROOT, 'test-results', 'fuzz');
/** The engine is asked to stop after this long (isCancelled)... */
const DEADLINE_MS = 1000;
/** ...and must have returned this much later: parsing a 1M-character file is not interruptible. */
const GRACE_MS = 6000;
/** A whole `gcscope check` of one small file (or the sample folder) past this is a hang. */
const CLI_TIMEOUT_MS = 30_000;

function saveReproducer(kind: string, input: FuzzInput | { name: string; bytes: Buffer }, detail: string): string {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${kind}-${input.name.replace(/[^\w.+-]/g, '_').slice(0, 120)}.py`);
  fs.writeFileSync(file, 'bytes' in input ? input.bytes : input.text);
  fs.writeFileSync(`${file}.txt`, `${detail}\n`);
  return path.relative(ROOT, file);
}

function summary(what: string, n: number, outcomes: { kind: string; ms: number; name: string }[]): string {
  const crashes = outcomes.filter((o) => o.kind === 'crash').length;
  const hangs = outcomes.filter((o) => o.kind === 'hang').length;
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, name: '-', kind: 'ok' });
  const silent = outcomes.filter((o) => o.kind === 'no-gc900').length;
  return `fuzz${what}: ${n} inputs, ${crashes} crashes, ${hangs} hangs, slowest file ${Math.round(slowest.ms)} ms (${slowest.name})${silent ? `, ${silent} bounds hit without GC900` : ''}`;
}

if (!runAsFuzzWorker()) {
  const { files: corpus, stdlib } = loadCorpus(LONG ? 1000 : 40);
  const hostile = hostileInputs();

  test('engine: mutated corpus files and hostile programs stay within their bounds', async (t) => {
    if (stdlib === 'absent') t.diagnostic('no CPython 3.11.7 stdlib on this machine: corpus is test/corpus + examples only');
    const spec = { seed: LONG ? 7 : 1, count: LONG ? 30_000 : 2500, stdlibMax: LONG ? 1000 : 40 };
    const r = await runEngine(__filename, spec, { deadlineMs: DEADLINE_MS, graceMs: GRACE_MS, budgetMs: Number(process.env.GCSCOPE_FUZZ_BUDGET_MS) || (LONG ? Infinity : 35_000), memoryMb: 2048 });
    const bad = r.outcomes.filter((o) => o.kind !== 'ok');
    const lines = bad.map((o: Outcome) => `${o.kind} ${o.name} (${o.python}, ${Math.round(o.ms)} ms): ${o.detail?.split('\n').slice(0, 6).join('\n    ')}\n  saved ${saveReproducer(o.kind, { name: o.name, text: o.text ?? '' }, `${o.kind} on CPython ${o.python}, ${Math.round(o.ms)} ms\n${o.detail}`)}`);
    const line = summary('', r.outcomes.length, r.outcomes);
    console.log(`${line}${r.skipped ? ` (${r.skipped} more left for the long run)` : ''}; peak worker heap ${Math.max(...r.outcomes.map((o) => o.heapMb ?? 0))} MB`);
    t.diagnostic(line);
    // The deadline path must really have been exercised, or "no hangs" would mean nothing.
    const stopped = r.outcomes.filter((o) => o.cancelled);
    assert.ok(stopped.length > 0, 'no input ran into the deadline: the cancellation path went untested');
    // The hostile programs come first and must all run; the mutated ones fill the time budget.
    assert.ok(r.outcomes.length > hostile.length, `only ${r.outcomes.length} inputs ran within the budget (${hostile.length} hostile programs)`);
    assert.equal(bad.length, 0, `engine failures:\n${lines.join('\n')}`);
  });

  test('CLI: a sample of fuzz inputs as whole processes (check and simulate)', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-fuzz-cli-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const pickHostile = ['1mb-list-line', 'deep-parens', 'deep-lists', 'deep-ifs', 'deep-unclosed', 'mixed-indent', 'bom-crlf', 'lone-cr',
      'lone-surrogates', 'nul-bytes', 'huge-int-literal', 'huge-power', 'recursion-unbounded', 'while-true-empty', 'empty'];
    // A 3-line endless loop must be bounded in time for the CLI too (it runs without a deadline).
    // So must a file just under the 1M-character limit that builds 45 000 cycles (many findings).
    const loops = hostile.filter((h) => h.name === 'hostile-while-true-cycles' || h.name === 'hostile-1mb-statements').map((h) => ({ name: h.name, bytes: Buffer.from(h.text) }));
    const sample: { name: string; bytes: Buffer }[] = [
      ...hostile.filter((h) => pickHostile.some((p) => h.name === `hostile-${p}`)).map((h) => ({ name: h.name, bytes: Buffer.from(h.text, 'utf8') })),
      ...[...mutatedInputs(LONG ? 11 : 3, LONG ? 200 : 20, corpus)].map((m) => ({ name: m.name, bytes: Buffer.from(m.text, 'utf8') })),
      // Bytes that are not UTF-8 at all, as they sit on disk.
      { name: 'raw-non-utf8', bytes: Buffer.from([0x6c, 0x20, 0x3d, 0x20, 0x5b, 0x5d, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0x6c, 0x2e, 0x61, 0x70, 0x70, 0x65, 0x6e, 0x64, 0x28, 0x6c, 0x29, 0x0a]) },
      { name: 'raw-latin1-coding', bytes: Buffer.from('# -*- coding: latin-1 -*-\nx = "caf\xe9"\nl = [x]\nl.append(l)\n', 'latin1') },
      { name: 'raw-utf16', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('l = []\nl.append(l)\n', 'utf16le')]) },
    ];
    const outcomes: { name: string; kind: string; ms: number; detail?: string }[] = [];
    const run = (name: string, args: string[], okCodes: number[]) => {
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gcscope.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT_MS, maxBuffer: 64 << 20 });
      const ms = Date.now() - t0;
      const stackTrace = /^\s+at .+\(.*:\d+:\d+\)$/m.test(r.stderr) || /internal error/.test(r.stderr);
      if (r.error || r.signal) outcomes.push({ name, kind: 'hang', ms, detail: `killed after ${ms} ms (${r.signal ?? r.error?.message})` });
      else if (!okCodes.includes(r.status!) || stackTrace) outcomes.push({ name, kind: 'crash', ms, detail: `exit ${r.status}\n${r.stderr.slice(0, 2000)}` });
      else outcomes.push({ name, kind: 'ok', ms });
    };
    for (const s of sample) {
      const file = path.join(dir, `${s.name.replace(/[^\w.+-]/g, '_').slice(0, 100)}.py`);
      fs.writeFileSync(file, s.bytes);
    }
    // The whole folder at once: more than 24 files goes through the CLI's worker threads.
    run('(folder of all samples)', ['check', '--format', 'json', dir], [0, 1]);
    for (const s of loops) {
      const file = path.join(dir, `${s.name}.py`);
      fs.writeFileSync(file, s.bytes);
      run(`check ${s.name}`, ['check', file], [0, 1]);
    }
    for (const s of sample.slice(0, LONG ? sample.length : 12)) {
      const file = path.join(dir, `${s.name.replace(/[^\w.+-]/g, '_').slice(0, 100)}.py`);
      run(`check ${s.name}`, ['check', file], [0, 1]);
      // simulate may refuse a file it cannot run (exit 2 with a message), never crash.
      run(`simulate ${s.name}`, ['simulate', '--json', file], [0, 2]);
    }
    const line = summary(' (CLI)', outcomes.length, outcomes);
    console.log(line);
    t.diagnostic(line);
    const bad = outcomes.filter((o) => o.kind !== 'ok');
    assert.equal(bad.length, 0, bad.map((o) => {
      const s = [...sample, ...loops].find((x) => o.name.endsWith(x.name));
      return `${o.kind} ${o.name}: ${o.detail}${s ? `\n  saved ${saveReproducer(`cli-${o.kind}`, s, o.detail ?? '')}` : ''}`;
    }).join('\n'));
  });

  test('LSP: a live session with hundreds of edits, hovers, code actions and unknown methods', async (t) => {
    const docs = hostile.filter((h) => ['deep-parens', 'deep-lists', 'nul-bytes', 'while-true-cycles', 'bom-crlf', 'lone-cr', 'huge-power', 'lone-surrogates'].some((p) => h.name === `hostile-${p}`));
    const r = await liveSession({ corpus, hostile: docs, edits: LONG ? 3000 : 300, seed: 5 });
    const line = summary(' (LSP)', r.inputs, r.outcomes);
    console.log(`${line}; ${r.requests} requests answered`);
    t.diagnostic(line);
    const bad = r.outcomes.filter((o) => o.kind !== 'ok');
    assert.equal(bad.length, 0, bad.map((o) => `${o.kind} ${o.name}: ${o.detail}${o.text ? `\n  saved ${saveReproducer(`lsp-${o.kind}`, { name: o.name, text: o.text }, o.detail ?? '')}` : ''}`).join('\n'));
  });
}
