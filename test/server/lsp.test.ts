// Real LSP sessions against the built server (dist/server.js, and `gcscope lsp --stdio`) over stdio:
// handshake, diagnostics for the seed program, hover, quick fixes that remove the warning when
// applied, gcscope/simulate, settings through workspace/configuration and initializationOptions,
// and robustness against malformed input. Expected GC numbers are CPython 3.12.1 measurements.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import type { TimelineDTO } from '../../server/src/protocol';
import { render } from '../../client/webview/render';
import { textContent, type VNode } from '../../client/webview/vnode';
import { applyEdits, ROOT, TestClient } from './lspClient';

const SEED_FILE = path.join(ROOT, 'test/fixtures/seed.py');
const SEED = fs.readFileSync(SEED_FILE, 'utf8');
const SEED_URI = pathToFileURL(SEED_FILE).href;
/** Recorded by the CPython oracle under 3.12.1: gc.collect() on lines 6 and 10 return 0 and 5. */
const CPYTHON_312 = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/seed.3.12.cpython.json'), 'utf8')) as {
  explicitCollects: { line: number; returned: number }[];
};

const gc001 = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'GC001' && d.range.start.line === 3);

test('VS Code-like client: diagnostics, hover, quick fixes, simulate, per-document settings', async (t) => {
  const asked: string[] = [];
  let severity: Record<string, string> = {};
  const client = await TestClient.start({
    configuration: (item) => {
      asked.push(`${item.section}@${item.scopeUri}`);
      // Per-folder settings, as VS Code answers for a multi-root workspace.
      if (item.scopeUri?.startsWith('file:///legacy/')) return { enable: true, pythonVersion: '3.8', severity: {}, trace: { server: 'off' } };
      if (item.scopeUri?.startsWith('file:///off/')) return { enable: false, pythonVersion: '3.12', severity: {}, trace: { server: 'off' } };
      return { enable: true, pythonVersion: '3.12', thresholds: null, severity, trace: { server: 'off' } };
    },
  });
  t.after(() => client.stop());
  await client.open(SEED_URI, SEED);
  const diags = await client.diagnostics(SEED_URI, 1);

  await t.test('the server asks for the document\'s settings through workspace/configuration', () => {
    assert.ok(asked.includes(`gcscope@${SEED_URI}`), `configuration requests: ${asked.join(', ')}`);
  });

  await t.test('GC001 warning on line 4 (list_item = [0]*5)', () => {
    const found = gc001(diags);
    assert.equal(found.length, 1, `diagnostics: ${JSON.stringify(diags)}\nlog: ${client.logText()}`);
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].source, 'gcscope');
    // Related places point into the same document, each listed once.
    const related = found[0].relatedInformation ?? [];
    assert.ok(related.every((r) => r.location.uri === SEED_URI));
    assert.equal(new Set(related.map((r) => JSON.stringify(r))).size, related.length);
  });

  await t.test('hover explains refcount and the collection that frees the list', async () => {
    const hover = (await client.rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: SEED_URI }, position: { line: 3, character: 6 },
    })) as Hover | null;
    assert.ok(hover, 'no hover');
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /refcount|reference count/i);
    // The second gc.collect() (line 10 in CPython's 1-based numbering) frees the five lists.
    assert.match(md, new RegExp(`line ${CPYTHON_312.explicitCollects[1].line}\\b`));
  });

  await t.test('hover on gc.collect() says what it returns in the simulated run', async () => {
    const hover = (await client.rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: SEED_URI }, position: { line: 9, character: 14 },
    })) as Hover | null;
    assert.ok(hover, 'no hover on gc.collect');
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /\*\*gc\.collect\(\)\*\* — Runs a full collection/, 'what gc.collect() does');
    // What it returns here, in the engine's words or the server's fallback.
    assert.match(md, new RegExp(`returns \\**${CPYTHON_312.explicitCollects[1].returned}\\**`));
  });

  await t.test('a "Simulate GC" code lens above the function', async () => {
    const lenses = (await client.rpc.sendRequest('textDocument/codeLens', { textDocument: { uri: SEED_URI } })) as { range: { start: { line: number } }; command: { title: string; command: string; arguments: unknown[] } }[];
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title, l.command.command, l.command.arguments[0], l.command.arguments[2]]),
      [[2, 'Simulate GC', 'gcscope.simulate', SEED_URI, 'first_class_cycle']]);
  });

  await t.test('the CLI reports the same findings as the server', async () => {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/gcscope.js'), 'check', '--python', '3.12', '--format', 'json', SEED_FILE], { encoding: 'utf8' });
    const fromCli = (JSON.parse(cli.stdout).diagnostics as { line: number; column: number; endLine: number; endColumn: number; code: string; message: string }[])
      .map((d) => [d.code, d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1, d.message]);
    const fromServer = diags.filter((d) => d.code).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
    assert.deepEqual(fromServer, fromCli);
  });

  await t.test('settings per folder: the version and gcscope.enable follow the document', async () => {
    const status = (uri: string) => client.waitFor(`fileStatus for ${uri}`, (n) => n.method === 'gcscope/fileStatus' && (n.params as { uri: string }).uri === uri ? n.params as { python: string; enabled: boolean; cycles: number } : undefined);
    await client.open('file:///legacy/seed.py', SEED);
    await client.open('file:///off/seed.py', SEED);
    assert.equal(gc001(await client.diagnostics('file:///legacy/seed.py', 1)).length, 1);
    assert.deepEqual(await client.diagnostics('file:///off/seed.py', 1), []);
    assert.equal((await status('file:///legacy/seed.py')).python, '3.8');
    assert.equal((await status('file:///off/seed.py')).enabled, false);
    const main = await status(SEED_URI);
    assert.deepEqual([main.python, main.enabled, main.cycles], ['3.12', true, 1]);
  });

  await t.test('every quick fix removes the warning once applied and re-analysed', async () => {
    const found = gc001(diags);
    assert.equal(found.length, 1);
    const actions = (await client.rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SEED_URI }, range: found[0].range, context: { diagnostics: found },
    })) as CodeAction[];
    const fixes = actions.filter((a) => a.kind === 'quickfix' && a.edit?.changes?.[SEED_URI]);
    assert.ok(fixes.some((a) => a.title.includes('# gcscope: ignore[GC001]')), `actions: ${JSON.stringify(actions)}`);
    let version = 1;
    for (const fix of fixes) {
      const edits = fix.edit!.changes![SEED_URI];
      // Incremental sync: send the fix's own edits, last first so earlier ranges stay valid.
      const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
      await client.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: SEED_URI, version: ++version },
        contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
      });
      const after = await client.diagnostics(SEED_URI, version);
      assert.equal(gc001(after).length, 0, `fix "${fix.title}" -> ${applyEdits(SEED, edits)}\nleft ${JSON.stringify(after)}`);
      // Back to the original text with a full-document change: the warning returns.
      await client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: SEED_URI, version: ++version }, contentChanges: [{ text: SEED }] });
      assert.equal(gc001(await client.diagnostics(SEED_URI, version)).length, 1);
    }
  });

  await t.test('gcscope/simulate returns the CPython 3.12 explicit collect results', async () => {
    const timeline = (await client.rpc.sendRequest('gcscope/simulate', { uri: SEED_URI, python: '3.12' })) as TimelineDTO;
    assert.deepEqual(timeline.explicitCollects.map((c) => c.returned), CPYTHON_312.explicitCollects.map((c) => c.returned));
    assert.deepEqual(timeline.explicitCollects.map((c) => (c.range ? c.range.start.line + 1 : null)), CPYTHON_312.explicitCollects.map((c) => c.line));
    const freed = timeline.collections.flatMap((c) => c.freed);
    // The five self-referencing lists from line 4, freed by the second gc.collect(), as one group.
    assert.ok(freed.some((o) => o.typeName === 'list' && o.range?.start.line === 3 && o.count === CPYTHON_312.explicitCollects[1].returned), `freed: ${JSON.stringify(freed)}`);
    // The server's DTO, drawn by the webview's render function, shows both results.
    const tree = render({ view: { title: 'seed.py', timeline, comparison: null, focus: null, policy: 0 }, error: null, selected: null }, { select: () => {}, reveal: () => {}, edit: () => {}, simulate: () => {} });
    const cells: string[] = [];
    const visit = (n: VNode): void => {
      if (n.tag === 'td' && n.attrs?.class === 'returned') cells.push(textContent(n));
      n.children?.forEach(visit);
    };
    visit(tree);
    assert.deepEqual(cells, CPYTHON_312.explicitCollects.map((c) => `returns ${c.returned}`));
  });

  await t.test('gcscope/simulate with gc disabled: gc.collect() still collects, nothing runs automatically', async () => {
    // CPython: gc.collect() works while automatic collection is disabled (the notes' gc API table, 3.4).
    const timeline = (await client.rpc.sendRequest('gcscope/simulate', { uri: SEED_URI, python: '3.12', policy: { kind: 'disabled' } })) as TimelineDTO;
    assert.deepEqual(timeline.explicitCollects.map((c) => c.returned), CPYTHON_312.explicitCollects.map((c) => c.returned));
    assert.deepEqual(timeline.collections.filter((c) => c.trigger === 'threshold'), []);
    assert.ok(timeline.supportedPythons.includes('3.12'));
  });

  await t.test('gcscope/simulate with a range inside a function simulates that function alone', async () => {
    const timeline = (await client.rpc.sendRequest('gcscope/simulate', {
      uri: SEED_URI, python: '3.12', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
    })) as TimelineDTO;
    assert.match(timeline.notes.join(' '), /first_class_cycle\(\) called on its own/);
    // One call strands one self-referencing list; no gc.collect() runs inside the function.
    assert.deepEqual(timeline.explicitCollects, []);
  });

  await t.test('a severity override from the settings applies after didChangeConfiguration', async () => {
    severity = { GC001: 'error' };
    await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const latest = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === SEED_URI).at(-1)!.params as { diagnostics: Diagnostic[] };
      if (gc001(latest.diagnostics)[0]?.severity === 1) break;
      assert.ok(Date.now() < deadline, 'severity override not applied');
      await new Promise((r) => setTimeout(r, 10));
    }
  });

  await t.test('nothing went wrong on the server side', () => {
    assert.doesNotMatch(client.logText(), /failed|uncaught|unhandled/i);
    const unexpected = client.notifications.filter((n) => !['textDocument/publishDiagnostics', 'gcscope/fileStatus', 'window/logMessage'].includes(n.method));
    assert.deepEqual(unexpected, []);
    assert.deepEqual([...new Set(client.serverRequests.map((r) => r.method))].sort(), ['client/registerCapability', 'workspace/configuration']);
  });
});

test('minimal client over `gcscope lsp --stdio`: settings from initializationOptions only', async (t) => {
  const client = await TestClient.start({
    command: ['bin/gcscope.js', 'lsp', '--stdio'],
    configuration: null,
    initializationOptions: { gcscope: { pythonVersion: '3.12', severity: { GC001: 'hint' } } },
  });
  t.after(() => client.stop());
  await client.open(SEED_URI, SEED);
  const diags = await client.diagnostics(SEED_URI, 1);
  assert.equal(client.serverRequests.filter((r) => r.method === 'workspace/configuration').length, 0);
  const found = gc001(diags);
  assert.equal(found.length, 1, JSON.stringify(diags));
  assert.equal(found[0].severity, 4, 'GC001 should be a hint per initializationOptions');
});

test('typing a program edit by edit (debounced, incremental) ends where opening it fresh does', async (t) => {
  const client = await TestClient.start({ configuration: null, initializationOptions: { gcscope: { pythonVersion: '3.12' } } });
  t.after(() => client.stop());
  const typedUri = 'file:///scratch/typed.py';
  const freshUri = 'file:///scratch/fresh.py';
  await client.open(typedUri, '');
  await client.diagnostics(typedUri, 1);
  // Type the seed line by line, each line in two incremental edits, as fast as the pipe allows.
  const lines = SEED.split('\n');
  let version = 1;
  for (let i = 0; i < lines.length; i++) {
    const text = i < lines.length - 1 ? `${lines[i]}\n` : lines[i];
    const half = Math.floor(text.length / 2);
    for (const piece of [text.slice(0, half), text.slice(half)]) {
      const before = lines.slice(0, i).join('\n') + (i > 0 ? '\n' : '') + (piece === text.slice(half) ? text.slice(0, half) : '');
      const line = before.split('\n').length - 1;
      const character = before.length - before.lastIndexOf('\n') - 1;
      await client.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: typedUri, version: ++version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: piece }],
      });
    }
  }
  const typed = await client.diagnostics(typedUri, version);
  await client.open(freshUri, SEED);
  const fresh = await client.diagnostics(freshUri, 1);
  const sameUri = (ds: Diagnostic[], from: string) => JSON.parse(JSON.stringify(ds).split(from).join('file:///doc.py'));
  assert.deepEqual(sameUri(typed, typedUri), sameUri(fresh, freshUri));
  const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === typedUri);
  assert.ok(published.length < version / 2, `debounce: ${published.length} publications for ${version} versions`);
  // The same analysis through `gcscope/simulate` on the typed text proves the text itself is right.
  const a = (await client.rpc.sendRequest('gcscope/simulate', { uri: typedUri })) as TimelineDTO;
  const b = (await client.rpc.sendRequest('gcscope/simulate', { uri: freshUri })) as TimelineDTO;
  assert.deepEqual({ ...a, uri: '' }, { ...b, uri: '' });
});

test('multi-cursor batches and CRLF documents analyse like their plain equivalents', async (t) => {
  const client = await TestClient.start({ configuration: null, initializationOptions: { gcscope: { pythonVersion: '3.12' } } });
  t.after(() => client.stop());
  const norm = (ds: Diagnostic[], uri: string) => JSON.parse(JSON.stringify(ds).split(uri).join('file:///doc.py'));
  // One didChange with three edits, last position first (as VS Code sends a multi-cursor edit).
  const lines = SEED.split('\n');
  const at = (line: number) => ({ start: { line, character: lines[line].length }, end: { line, character: lines[line].length } });
  const edits = [9, 4, 1].map((line) => ({ range: at(line), newText: `  # note ${line}` }));
  let expected = SEED;
  for (const e of edits) expected = applyEdits(expected, [e]);
  await client.open('file:///batch/a.py', SEED);
  await client.diagnostics('file:///batch/a.py', 1);
  await client.rpc.sendNotification('textDocument/didChange', {
    textDocument: { uri: 'file:///batch/a.py', version: 2 },
    contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
  });
  await client.open('file:///batch/b.py', expected);
  assert.deepEqual(norm(await client.diagnostics('file:///batch/a.py', 2), 'file:///batch/a.py'), norm(await client.diagnostics('file:///batch/b.py', 1), 'file:///batch/b.py'));
  // The same program with Windows line endings: same findings at the same positions.
  await client.open('file:///crlf/seed.py', SEED.split('\n').join('\r\n'));
  await client.open('file:///lf/seed.py', SEED);
  const crlf = await client.diagnostics('file:///crlf/seed.py', 1);
  assert.equal(gc001(crlf).length, 1);
  assert.deepEqual(norm(crlf, 'file:///crlf/seed.py'), norm(await client.diagnostics('file:///lf/seed.py', 1), 'file:///lf/seed.py'));
});

test('a stale analysis of a large file is stopped when the file changes', async (t) => {
  const client = await TestClient.start({ configuration: null, initializationOptions: { gcscope: { pythonVersion: '3.12' } } });
  t.after(() => client.stop());
  // About 3000 lines of small classes with parent/child cycles: seconds of analysis.
  const big = Array.from({ length: 200 }, (_, i) => `class Node${i}:\n    def __init__(self):\n        self.children = []\n        self.parent = None\n    def add(self, c):\n        c.parent = self\n        self.children.append(c)\n\ndef build${i}(n):\n    root = Node${i}()\n    for k in range(n):\n        root.add(Node${i}())\n    return len(root.children)\n\nbuild${i}(10)\n`).join('\n');
  const uri = 'file:///scratch/big.py';
  await client.open(uri, big);
  let version = 1;
  const deadline = Date.now() + 60_000;
  // Give the analysis time to start (past the debounce), then change the file under it; repeat until the server says it stopped one.
  while (!/stopped a stale analysis/.test(client.logText())) {
    assert.ok(Date.now() < deadline, `no stale analysis was stopped; log: ${client.logText()}`);
    await new Promise((r) => setTimeout(r, 300));
    await client.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }],
    });
  }
  // Replace the whole text by the seed: its diagnostics come, and no older version is ever published.
  await client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: SEED }] });
  const diags = await client.diagnostics(uri, version);
  assert.equal(gc001(diags).length, 1, JSON.stringify(diags));
  const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => (n.params as { version: number }).version);
  assert.ok(published.every((v, i) => i === 0 || v > published[i - 1]), `versions published out of order or twice: ${published.join(', ')}`);
  assert.equal(published.at(-1), version);
  assert.doesNotMatch(client.logText(), /failed|uncaught/i);
});

test('bad input does not take the server down', async (t) => {
  const client = await TestClient.start({ configuration: null });
  t.after(() => client.stop());

  await t.test('malformed JSON-RPC frame and an unknown method', async () => {
    const junk = '{"jsonrpc": "2.0", "id": 99, "method": ';
    client.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`);
    await assert.rejects(client.rpc.sendRequest('gcscope/noSuchMethod', {}), /Unhandled method|not found/i);
    const hover = await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///not/open.py' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  await t.test('simulate on a missing file answers with a readable error', async () => {
    await assert.rejects(client.rpc.sendRequest('gcscope/simulate', { uri: 'file:///no/such/file.py' }), /cannot read/);
    await assert.rejects(client.rpc.sendRequest('gcscope/simulate', { uri: SEED_URI, python: '2.7' }), /unsupported Python version/);
  });

  await t.test('a half-typed program still gets a diagnostics answer', async () => {
    const uri = 'file:///scratch/mid_edit.py';
    await client.open(uri, 'def f(:\n    x = [\n');
    const diags = await client.diagnostics(uri, 1);
    assert.ok(Array.isArray(diags));
    assert.ok(diags.every((d) => d.severity === 3 || d.severity === 4), `mid-edit problems are quiet: ${JSON.stringify(diags)}`);
  });

  await t.test('a huge file gets one information diagnostic instead of an analysis', async () => {
    const uri = 'file:///scratch/huge.py';
    await client.open(uri, 'x = [1]\n'.repeat(200_000));
    const diags = await client.diagnostics(uri, 1);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 3);
    assert.match(diags[0].message, /larger than/);
  });

  await t.test('the server is still alive and exits cleanly', async () => {
    assert.equal(client.proc.exitCode, null);
    assert.equal(await client.stop(), 0);
  });
});
