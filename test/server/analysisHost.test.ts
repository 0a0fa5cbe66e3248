// The analysis worker's host (server/src/analysis/host.ts) with real worker threads running a small
// stand-in script: a stale request is stopped by restarting the worker, a crash fails only the
// request that caused it, and without a worker file the service runs in-process.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { AnalysisHost, Cancelled } from '../../server/src/analysis/host';
import type { AnalyzeRequest } from '../../server/src/analysis/messages';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  const r = m.request;
  if (r.kind === 'analyze' && r.uri === 'file:///crash.py') process.exit(3);
  if (r.kind === 'analyze' && r.uri === 'file:///hang.py') return; // busy forever
  parentPort.postMessage({ id: m.id, ok: true, value: { diagnostics: [], cycles: r.version, collections: null, lenses: [] } });
});
`;

const analyze = (uri: string, version = 1): AnalyzeRequest => ({ kind: 'analyze', uri, version, text: '', baseVersion: null, edits: [], settings: DEFAULT_SETTINGS });

function standIn(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-host-'));
  const file = path.join(dir, 'worker.js');
  fs.writeFileSync(file, STAND_IN);
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return file;
}

test('a stale request is stopped by restarting the worker; later requests go to the new one', async (t) => {
  const logs: string[] = [];
  const host = new AnalysisHost((_level, m) => logs.push(m), standIn(t));
  t.after(() => host.dispose());
  assert.equal((await host.request(analyze('file:///ok.py', 7))).cycles, 7);
  const busy = host.request(analyze('file:///hang.py', 1));
  const queued = host.request(analyze('file:///ok.py', 8));
  assert.equal(host.cancelIfRunning((r) => r.kind === 'analyze' && r.uri === 'file:///other.py', 'no'), false, 'only a matching running request is stopped');
  const generation = host.generation;
  assert.equal(host.cancelIfRunning((r) => r.kind === 'analyze' && r.uri === 'file:///hang.py', 'hang.py changed'), true);
  await assert.rejects(busy, Cancelled);
  await assert.rejects(queued, Cancelled);
  assert.equal(host.generation, generation + 1, 'callers learn the worker lost its trees');
  assert.equal((await host.request(analyze('file:///ok.py', 9))).cycles, 9);
  assert.ok(logs.some((l) => l.includes('stopped a stale analysis (hang.py changed)')));
});

test('a crashing request fails with a reason; the ones queued behind it are retried', async (t) => {
  const host = new AnalysisHost(() => {}, standIn(t));
  t.after(() => host.dispose());
  const crash = host.request(analyze('file:///crash.py'));
  const behind = host.request(analyze('file:///ok.py', 2));
  await assert.rejects(crash, (e: Error) => !(e instanceof Cancelled) && /exit code 3/.test(e.message));
  await assert.rejects(behind, Cancelled);
  assert.equal((await host.request(analyze('file:///ok.py', 3))).cycles, 3);
});

test('without a worker file the service runs in-process', async () => {
  const logs: string[] = [];
  const host = new AnalysisHost((_level, m) => logs.push(m), path.join(os.tmpdir(), 'gcscope-no-such-worker.js'));
  try {
    assert.equal(await host.request({ kind: 'close', uri: 'file:///x.py' }), null);
    assert.equal(host.cancelIfRunning(() => true, 'x'), false, 'in-process work cannot be interrupted');
    assert.ok(logs.some((l) => l.includes('analysing in the server process')));
  } finally {
    host.dispose();
  }
});
