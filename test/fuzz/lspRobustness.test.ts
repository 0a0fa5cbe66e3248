// The language server under hostile or broken clients, over a real stdio session with hand-made
// frames: malformed JSON-RPC, unknown methods, out-of-order and overlapping edits, didClose during
// analysis, configuration storms, 1 000 open documents. It must answer or error per the protocol,
// never die, and still answer a hover at the end.

import assert from 'node:assert/strict';
import test from 'node:test';
import { RawServer } from './rawLsp';

const URI = 'file:///robust/a.py';
const SEED = 'class Node:\n    def __init__(self):\n        self.me = self\n\ndef f():\n    l = []\n    l.append(l)\n\nf()\n';
const METHOD_NOT_FOUND = -32601;

/** The server still serves: a hover on an open document is answered (result or null), not an error. */
async function assertStillServes(s: RawServer, uri = URI): Promise<void> {
  const r = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 9 } });
  assert.equal(r.error, undefined, JSON.stringify(r.error));
  assert.ok(s.alive(), 'server died');
  assert.doesNotMatch(s.log(), /uncaught|unhandled rejection/, 'a handler threw past its guard');
}

async function started(t: { after(fn: () => Promise<void>): void }): Promise<RawServer> {
  const s = new RawServer();
  t.after(() => s.stop());
  s.answerServerRequests();
  await s.initialize();
  s.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'python', version: 1, text: SEED } });
  return s;
}

test('malformed JSON-RPC bodies: invalid JSON, missing fields, wrong types', async (t) => {
  const s = await started(t);
  s.frame('{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {'); // truncated JSON
  s.frame('not json at all \u0000\u00ff');
  s.frame('[]');
  s.frame('42');
  s.frame({ jsonrpc: '2.0', id: 2 }); // neither request nor response
  s.frame({ jsonrpc: '2.0', method: 42, id: 3 });
  // Requests with missing or wrong params: answered (null/empty or an error), never unanswered.
  for (const [method, params] of [
    ['textDocument/hover', {}],
    ['textDocument/hover', { textDocument: { uri: URI } }],
    ['textDocument/hover', { textDocument: { uri: URI }, position: { line: -5, character: 1e9 } }],
    ['textDocument/hover', { textDocument: { uri: 42 }, position: 'x' }],
    ['textDocument/codeAction', { textDocument: { uri: URI } }],
    ['textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ data: 'garbage' }] } }],
    ['textDocument/codeLens', null],
    ['gcscope/simulate', { uri: 'file:///nope.py', python: '9.9' }],
    ['gcscope/simulate', null],
  ] as const) {
    const r = await s.request(method, params);
    assert.ok('result' in r || r.error, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
  }
  // Notifications with missing fields are dropped without an answer (notifications have none).
  s.notify('textDocument/didOpen', {});
  s.notify('textDocument/didOpen', { textDocument: { uri: 'file:///robust/x.py' } });
  s.notify('textDocument/didChange', { textDocument: { uri: URI } });
  s.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: {}, end: null }, text: 5 }] });
  s.notify('textDocument/didClose', {});
  s.notify('workspace/didChangeConfiguration', null);
  await assertStillServes(s);
});

test('unknown methods: MethodNotFound for requests, notifications ignored', async (t) => {
  const s = await started(t);
  for (const method of ['textDocument/documentSymbol', 'textDocument/completion', 'workspace/symbol', 'gcscope/noSuchRequest', '$/noSuchRequest', '']) {
    const r = await s.request(method, { textDocument: { uri: URI } });
    assert.equal(r.error?.code, METHOD_NOT_FOUND, `${method}: ${JSON.stringify(r)}`);
  }
  for (const method of ['gcscope/noSuchNotification', '$/cancelRequest', '$/setTrace', '$/noSuch', 'textDocument/didSave']) s.notify(method, { id: 99999 });
  const before = s.messages.filter((m) => m.id === undefined || m.id === null).length;
  await assertStillServes(s);
  // No error response was sent for any notification.
  assert.equal(s.messages.filter((m) => m.error && (m.id === undefined || m.id === null)).length, 0);
  assert.ok(before >= 0);
});

test('broken framing: bad Content-Length values do not kill the server', async (t) => {
  // A header without a usable Content-Length cannot be skipped (the protocol has no resync): the
  // server must stay up, and end cleanly when its client goes away rather than linger.
  for (const frame of [
    'Content-Length: abc\r\n\r\n{}',
    'Content-Length: -5\r\n\r\n{}',
    'Content-Type: text/plain\r\n\r\n{}', // no Content-Length at all
    'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0"}', // longer than what follows
  ]) {
    await t.test(JSON.stringify(frame.slice(0, 30)), async (st) => {
      const s = await started(st);
      s.raw(frame);
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(s.alive(), `server died on ${JSON.stringify(frame)}:\n${s.stderr}`);
      s.proc.stdin!.end();
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(-1), 10_000);
        s.proc.once('exit', (c) => { clearTimeout(timer); resolve(c); });
      });
      assert.notEqual(code, -1, 'server lingered 10 s after its client closed stdin');
    });
  }
  // Frames that are well delimited but carry broken bodies: the next frame is still served.
  for (const frame of ['Content-Length: 2\r\n\r\n{}', 'Content-Length: 5\r\n\r\n{{{!}']) {
    await t.test(JSON.stringify(frame.slice(0, 30)), async (st) => {
      const s = await started(st);
      s.raw(frame);
      await assertStillServes(s);
    });
  }
});

test('out-of-order, overlapping and out-of-range didChange', async (t) => {
  const s = await started(t);
  const change = (version: number, contentChanges: unknown[]) =>
    s.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges });
  change(5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# five\n' }]);
  change(3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# three (stale)\n' }]);
  change(5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# five again\n' }]);
  // Overlapping ranges in one notification, ranges past the end, reversed ranges.
  change(6, [
    { range: { start: { line: 1, character: 0 }, end: { line: 3, character: 5 } }, text: 'x' },
    { range: { start: { line: 2, character: 0 }, end: { line: 1, character: 4 } }, text: 'y' },
    { range: { start: { line: 999, character: 999 }, end: { line: 1000, character: 0 } }, text: 'l = []\nl.append(l)\n' },
    { range: { start: { line: -1, character: -1 }, end: { line: 0, character: 3 } }, text: '' },
  ]);
  change(7, [{ text: SEED }]);
  change(8, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\ud800' }]);
  s.notify('textDocument/didChange', { textDocument: { uri: 'file:///robust/never-opened.py', version: 1 }, contentChanges: [{ text: 'x = 1' }] });
  await assertStillServes(s);
  const r = await s.request('textDocument/hover', { textDocument: { uri: 'file:///robust/never-opened.py' }, position: { line: 0, character: 0 } });
  assert.equal(r.error, undefined);
});

test('didClose while the analysis runs, reopen, and requests on closed documents', async (t) => {
  const s = await started(t);
  const slow = 'while True:\n    l = []\n    l.append(l)\n';
  for (let i = 0; i < 2; i++) {
    const uri = `file:///robust/slow${i}.py`;
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: slow } });
    await new Promise((r) => setTimeout(r, 30));
    s.notify('textDocument/didClose', { textDocument: { uri } });
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    assert.equal(h.error, undefined, `hover on a closed document: ${JSON.stringify(h.error)}`);
  }
  // The next document's hover must not wait on the closed documents' analyses for long: they are
  // abandoned, or at least bounded (within the request's 30 s).
  s.notify('textDocument/didClose', { textDocument: { uri: URI } });
  s.notify('textDocument/didClose', { textDocument: { uri: URI } }); // twice
  s.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'python', version: 1, text: SEED } });
  await assertStillServes(s);
});

test('configuration storms: hundreds of didChangeConfiguration with valid and invalid settings', async (t) => {
  const s = new RawServer();
  t.after(() => s.stop());
  let n = 0;
  const settings = [
    { pythonVersion: '3.8' }, { pythonVersion: '3.14.2' }, { pythonVersion: 'banana' }, { pythonVersion: 3.12 },
    { thresholds: [1, 1, 1] }, { thresholds: [0, 0, 0] }, { thresholds: [-1, 'a', null] }, { thresholds: [1e300, 2, 3] },
    { severity: { GC001: 'off', GC900: 'nope' } }, { severity: 'all' }, { enable: false }, { enable: 'yes' }, null, 42, [],
  ];
  s.answerServerRequests(() => settings[n++ % settings.length]);
  await s.initialize({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
  s.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'python', version: 1, text: SEED } });
  for (let i = 0; i < 300; i++) s.notify('workspace/didChangeConfiguration', { settings: { gcscope: settings[i % settings.length] } });
  await assertStillServes(s);
});

test('1 000 open documents, then a hover is still answered', async (t) => {
  const s = await started(t);
  for (let i = 0; i < 1000; i++) {
    s.notify('textDocument/didOpen', { textDocument: { uri: `file:///robust/many/m${i}.py`, languageId: 'python', version: 1, text: `x${i} = [${i}]\nx${i}.append(x${i})\n` } });
  }
  await assertStillServes(s, 'file:///robust/many/m999.py');
  // And their diagnostics eventually arrive for the last one opened.
  const deadline = Date.now() + 120_000;
  while (!s.messages.some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === 'file:///robust/many/m999.py')) {
    assert.ok(Date.now() < deadline, 'no diagnostics for the last of 1 000 documents within 120 s');
    assert.ok(s.alive(), 'server died');
    await new Promise((r) => setTimeout(r, 50));
  }
  await assertStillServes(s);
});
