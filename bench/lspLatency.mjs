// LSP latency through a real session over stdio: edit-to-diagnostics and hover on the largest
// real-code files of the corpus. Prints tab-separated rows: figure, value, target, meets.
//   node bench/lspLatency.mjs STDLIB_ROOT [EDITS]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stdlib = process.argv[2];
const edits = Number(process.argv[3] ?? 60);
const targets = ['_pydecimal.py', 'tkinter/__init__.py'].map((f) => path.join(stdlib, f));

const child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map(); // uri -> { version, resolve }
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const w = waiting.get(p.uri);
  if (w && (p.version === undefined || p.version >= w.version)) {
    waiting.delete(p.uri);
    w.resolve();
  }
});
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ pythonVersion: '3.12' })));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.listen();

const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(uri, { version, resolve }));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

await conn.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  initializationOptions: { pythonVersion: '3.12' },
});
await conn.sendNotification('initialized', {});

const editTimes = [];
const hoverTimes = [];
for (const file of targets) {
  const uri = pathToFileURL(file).href;
  let text = fs.readFileSync(file, 'utf8');
  let version = 1;
  const opened = diagnosticsFor(uri, version);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  await opened;
  const lines = text.split('\n');
  for (let i = 0; i < edits; i++) {
    // Type one character at the end of a comment-free line near the middle, alternating add/remove.
    const line = Math.floor(lines.length / 2) + (i % 20);
    const col = lines[line].length;
    version++;
    const change = i % 2 === 0
      ? { range: { start: { line, character: col }, end: { line, character: col } }, text: ' ' }
      : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' };
    const done = diagnosticsFor(uri, version);
    const t0 = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    editTimes.push(performance.now() - t0);
  }
  for (let i = 0; i < 30; i++) {
    const line = Math.floor((lines.length * i) / 30);
    const t0 = performance.now();
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
    hoverTimes.push(performance.now() - t0);
  }
}
const p95 = pct(editTimes, 95);
console.log(`edit-to-diagnostics p50 (ms)\t${pct(editTimes, 50).toFixed(1)}\t-\t`);
console.log(`edit-to-diagnostics p95 (ms)\t${p95.toFixed(1)}\t<= 50 ms\t${p95 <= 50}`);
console.log(`hover p50 / p95 (ms)\t${pct(hoverTimes, 50).toFixed(1)} / ${pct(hoverTimes, 95).toFixed(1)}\t-\t`);
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
setTimeout(() => process.exit(0), 200);
