// The server in-process on an in-memory stream pair (Ruff's e2e style): startServer(connection) with
// the real handshake, no worker thread (the bundled test has no dist/worker.js next to it, so the
// analysis service runs in-process, the server's fallback) and no child process.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import test from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed.py'), 'utf8');

test('in-process server over an in-memory stream pair', async () => {
  assert.ok(!fs.existsSync(path.join(__dirname, 'worker.js')), 'this test is about the in-process fallback');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const session = startServer(serverConnection);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const unexpected: string[] = [];
  client.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics') published.push(params as PublishDiagnosticsParams);
    else if (method !== 'gcscope/fileStatus' && method !== 'window/logMessage') unexpected.push(method);
  });
  client.listen();
  try {
    const init = (await client.sendRequest('initialize', {
      processId: null, rootUri: null, capabilities: {}, initializationOptions: { gcscope: { pythonVersion: '3.12' } },
    })) as { capabilities: { textDocumentSync: { change: number }; hoverProvider: boolean }; serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'gcscope');
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(init.capabilities.hoverProvider, true);
    await client.sendNotification('initialized', {});
    const uri = 'file:///mem/seed.py';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: SEED } });
    const deadline = Date.now() + 30_000;
    let diags: Diagnostic[] | undefined;
    while (!(diags = published.find((p) => p.uri === uri && p.version === 1)?.diagnostics)) {
      assert.ok(Date.now() < deadline, 'no diagnostics');
      await new Promise((r) => setTimeout(r, 10));
    }
    const gc001 = diags.filter((d) => d.code === 'GC001');
    assert.deepEqual(gc001.map((d) => [d.range.start.line, d.severity]), [[3, 2]]);
    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 14 } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /returns \**5\**/);
    assert.deepEqual(unexpected, []);
    await client.sendRequest('shutdown');
  } finally {
    client.dispose();
    session.dispose();
    serverConnection.dispose();
  }
});
