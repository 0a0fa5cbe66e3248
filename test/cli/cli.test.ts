// The gcscope command line, run as users run it (node bin/gcscope.js): exit codes 0/1/2, text,
// JSON and SARIF shapes, many files through worker threads, and `simulate --json` against the
// CPython 3.12.1 recording of the seed program.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { RULES } from '../../engine/src/findings/rules';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const SEED = 'test/fixtures/seed.py';
const CLEAN = 'test/fixtures/clean.py';
const CPYTHON_312 = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/seed.3.12.cpython.json'), 'utf8')) as {
  explicitCollects: { line: number; generation: number; returned: number }[];
  collections: { generation: number; collected: number; uncollectable: number; trigger: string }[];
};

function gcscope(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gcscope.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user mistake gets one clear message on stderr, exit 2, and no stack trace. */
function assertUsageError(r: ReturnType<typeof gcscope>, message: RegExp): void {
  assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'stack trace in user-facing error');
}

test('--help and --version', () => {
  const help = gcscope('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /gcscope check \[--python X\.Y\] \[--format text\|json\|sarif\] \[--exit-zero\] \[--files-from LIST\] PATH/);
  assert.match(help.stdout, /gcscope simulate/);
  assert.match(help.stdout, /gcscope lsp --stdio/);
  const version = gcscope('--version');
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), PKG.version);
});

test('usage and input errors exit 2 with a clear message', async (t) => {
  await t.test('no command', () => assert.equal(gcscope().code, 2));
  await t.test('unknown command', () => assertUsageError(gcscope('lint', SEED), /unknown command lint/));
  await t.test('unknown flag', () => assertUsageError(gcscope('check', '--bogus', SEED), /unknown option --bogus/));
  await t.test('flag without value', () => assertUsageError(gcscope('check', SEED, '--python'), /--python needs a value/));
  await t.test('unsupported python', () => assertUsageError(gcscope('check', '--python', '2.7', SEED), /unsupported Python version 2\.7/));
  await t.test('unknown format', () => assertUsageError(gcscope('check', '--format', 'xml', SEED), /unknown --format xml/));
  await t.test('no paths', () => assertUsageError(gcscope('check'), /at least one file or folder/));
  await t.test('missing file', () => assertUsageError(gcscope('check', 'test/fixtures/nope.py'), /no such file or folder: test\/fixtures\/nope\.py/));
  await t.test('folder without Python', () => assertUsageError(gcscope('check', 'test/fixtures/noPython'), /no Python files \(\*\.py\) under test\/fixtures\/noPython/));
  await t.test('unreadable file (dangling link)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-cli-'));
    fs.symlinkSync(path.join(dir, 'missing-target.py'), path.join(dir, 'broken.py'));
    fs.copyFileSync(path.join(ROOT, CLEAN), path.join(dir, 'ok.py'));
    try {
      assertUsageError(gcscope('check', dir), /cannot read .*broken\.py: no such file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  await t.test('simulate needs one file', () => {
    assertUsageError(gcscope('simulate'), /exactly one FILE/);
    assertUsageError(gcscope('simulate', 'test/fixtures/nope.py'), /cannot read test\/fixtures\/nope\.py: no such file/);
    assertUsageError(gcscope('simulate', 'test/fixtures'), /is a folder/);
  });
  await t.test('lsp needs a transport', () => assertUsageError(gcscope('lsp'), /lsp needs a transport/));
});

test('check: exit 0 without findings', () => {
  const clean = gcscope('check', CLEAN);
  assert.equal(clean.code, 0, clean.stderr);
  assert.equal(clean.stdout, '');
  assert.match(clean.stderr, /no findings in 1 file/);
});

test('check: exit 1 with findings, text format file:line:col: CODE message', () => {
  const seed = gcscope('check', '--python', '3.12', SEED);
  assert.equal(seed.code, 1, seed.stderr);
  assert.match(seed.stdout, /^test\/fixtures\/seed\.py:4:\d+: GC001 \S.*$/m);
  const zero = gcscope('check', '--python', '3.12', '--exit-zero', SEED);
  assert.equal(zero.code, 0, zero.stderr);
  assert.equal(zero.stdout, seed.stdout, '--exit-zero reports the same findings');
});

test('check --format json: schemaVersion 1, 1-based positions, allocation sites', () => {
  const r = gcscope('check', '--python', '3.12', '--format', 'json', SEED, CLEAN);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as { schemaVersion: number; diagnostics: Record<string, unknown>[] };
  assert.equal(out.schemaVersion, 1);
  const gc001 = out.diagnostics.filter((d) => d.code === 'GC001');
  assert.equal(gc001.length, 1, r.stdout);
  const d = gc001[0];
  assert.deepEqual(Object.keys(d).sort(), ['allocationSites', 'code', 'column', 'endColumn', 'endLine', 'file', 'kind', 'line', 'message', 'severity'].sort());
  assert.equal(d.file, SEED);
  assert.equal(d.line, 4);
  assert.equal(d.severity, 'warning');
  assert.equal(typeof d.message, 'string');
  const sites = d.allocationSites as { line: number; column: number; type: string }[];
  assert.ok(sites.some((s) => s.line === 4 && s.type === 'list' && s.column >= 1), JSON.stringify(sites));
  assert.ok(out.diagnostics.every((x) => x.file === SEED), 'the clean program has no findings');
});

test('check --format sarif: SARIF 2.1.0 with the rule registry', () => {
  const r = gcscope('check', '--python', '3.12', '--format', 'sarif', SEED);
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'gcscope');
  assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.code));
  for (const rule of run.tool.driver.rules) assert.ok(rule.shortDescription.text.length > 0);
  const results = run.results as { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
  const gc001 = results.filter((x) => x.ruleId === 'GC001');
  assert.equal(gc001.length, 1);
  assert.equal(run.tool.driver.rules[gc001[0].ruleIndex].id, 'GC001');
  assert.equal(gc001[0].level, 'warning');
  assert.equal(gc001[0].locations[0].physicalLocation.artifactLocation.uri, SEED);
  assert.equal(gc001[0].locations[0].physicalLocation.region.startLine, 4);
  for (const x of results) assert.ok(['error', 'warning', 'note', 'none'].includes(x.level));
});

test('check over many files (worker threads) reports every file in order', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-many-'));
  try {
    const names: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = path.join(dir, `m${String(i).padStart(2, '0')}.py`);
      fs.copyFileSync(path.join(ROOT, i % 3 === 0 ? CLEAN : SEED), name);
      names.push(name);
    }
    const r = gcscope('check', '--python', '3.12', '--format', 'json', dir);
    assert.equal(r.code, 1, r.stderr);
    const files = (JSON.parse(r.stdout).diagnostics as { file: string; code: string }[]).filter((d) => d.code === 'GC001').map((d) => d.file);
    assert.deepEqual(files, names.filter((_, i) => i % 3 !== 0));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('simulate --python 3.12 --json on the seed matches CPython 3.12.1', () => {
  const r = gcscope('simulate', '--python', '3.12', '--json', SEED);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.schemaVersion, 1);
  assert.equal(out.python, '3.12');
  assert.deepEqual(out.explicitCollects, CPYTHON_312.explicitCollects.map((e) => ({ line: e.line, generation: e.generation, returned: e.returned })));
  const explicit = (out.collections as { trigger: string; generation: number; collected: number; uncollectable: number; line: number | null }[]).filter((c) => c.trigger === 'explicit');
  assert.deepEqual(
    explicit.map((c) => [c.generation, c.collected, c.uncollectable]),
    CPYTHON_312.collections.filter((c) => c.trigger === 'explicit').map((c) => [c.generation, c.collected, c.uncollectable]),
  );
  for (const c of out.collections) assert.ok(c.trigger === 'threshold' || c.trigger === 'explicit');
  assert.equal(out.finalCount.length, 3);
});

test('simulate (text) prints each gc.collect() result', () => {
  const r = gcscope('simulate', '--python', '3.12', SEED);
  assert.equal(r.code, 0, r.stderr);
  for (const e of CPYTHON_312.explicitCollects) assert.match(r.stdout, new RegExp(`line ${e.line}: gc\\.collect\\(${e.generation}\\) returns ${e.returned}`));
});
