// A live fuzz session against the built language server over stdio: a document edited hundreds of
// times with random incremental changes (hovers and code actions in between, unknown methods too),
// then hostile documents opened one by one. Records what did not answer in time or broke the server.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TestClient } from '../server/lspClient';
import { type FuzzInput, prng, type SeedFile } from './inputs';

export interface LspOutcome { name: string; kind: 'ok' | 'crash' | 'hang'; ms: number; detail?: string; text?: string }

// No endless loops among the edits: the hostile documents test the loop bound once, so a slow
// bound does not stall the edit stream this part is about.
const SNIPPETS = ['(', ')', '[', ']', ':', '\n', '\n    ', '\t', 'def ', 'class ', 'l = []\nl.append(l)\n', 'import gc\ngc.collect()\n',
  '"""', '#', '\r\n', '\ufeff', '\ud800', '😀', 'self.me = self\n', 'lambda: ', ''];

/** Resolves to the request's answer, or rejects after `ms`. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => { timer = setTimeout(() => rej(new Error(`no answer to ${what} within ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

export async function liveSession(opts: { corpus: SeedFile[]; hostile: FuzzInput[]; edits: number; seed: number }): Promise<{ inputs: number; requests: number; outcomes: LspOutcome[] }> {
  const rng = prng(opts.seed);
  const client = await TestClient.start();
  const outcomes: LspOutcome[] = [];
  let requests = 0;
  let inputs = 0;
  const alive = () => client.proc.exitCode === null && client.proc.signalCode === null;
  const fail = (name: string, kind: 'crash' | 'hang', detail: string, text?: string) =>
    outcomes.push({ name, kind, ms: 0, detail: `${detail}\nserver stderr: ${client.stderr.join('').slice(-3000)}`, text });
  try {
    const base = opts.corpus[rng.int(opts.corpus.length)];
    const uri = 'file:///fuzz/edited.py';
    let doc = TextDocument.create(uri, 'python', 1, base.text);
    await client.open(uri, doc.getText());
    inputs++;
    for (let v = 2; v <= opts.edits + 1 && alive(); v++) {
      const text = doc.getText();
      let change;
      if (v % 37 === 0) {
        change = { text: opts.corpus[rng.int(opts.corpus.length)].text }; // a full replacement now and then
      } else {
        const a = rng.int(text.length + 1);
        const b = Math.min(text.length, a + rng.int(20));
        const other = opts.corpus[rng.int(opts.corpus.length)].text;
        const from = rng.int(other.length + 1);
        const newText = rng.next() < 0.6 ? rng.pick(SNIPPETS) : other.slice(from, from + rng.int(120));
        change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: newText };
      }
      doc = TextDocument.update(doc, [change], v);
      await client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      inputs++;
      if (v % 10 === 0) {
        const at = doc.positionAt(rng.int(doc.getText().length + 1));
        try {
          await within(client.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: at }), 30_000, 'hover');
          const end = doc.positionAt(rng.int(doc.getText().length + 1));
          const range = at.line < end.line || (at.line === end.line && at.character <= end.character) ? { start: at, end } : { start: end, end: at };
          await within(client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), 30_000, 'codeAction');
          requests += 2;
        } catch (e) {
          fail(`edit v${v}`, alive() ? 'hang' : 'crash', String(e), doc.getText());
          break; // the reproducer is saved; more edits would only wait on the same stall
        }
      }
      if (v % 60 === 0) {
        // An unknown request is answered MethodNotFound; an unknown notification is ignored.
        await client.rpc.sendNotification('gcscope/noSuchNotification', { v });
        try {
          await within(client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 10_000, 'documentSymbol');
          fail(`documentSymbol v${v}`, 'crash', 'an unsupported request got a result instead of MethodNotFound');
        } catch (e) {
          const code = (e as { code?: number }).code;
          if (code !== -32601) fail(`documentSymbol v${v}`, alive() ? 'hang' : 'crash', `expected MethodNotFound (-32601), got ${String(e)}`);
          requests++;
        }
      }
    }
    const last = doc.version;
    const t0 = Date.now();
    try {
      await client.waitFor(`diagnostics v${last}`, (n) => {
        const p = n.params as PublishDiagnosticsParams;
        return n.method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === last ? true : undefined;
      }, 30_000);
      outcomes.push({ name: 'edited document, final version', kind: 'ok', ms: Date.now() - t0 });
    } catch (e) {
      fail(`edited document v${last}`, alive() ? 'hang' : 'crash', String(e), doc.getText());
    }
    for (const [i, h] of opts.hostile.entries()) {
      if (!alive()) break;
      const huri = `file:///fuzz/hostile${i}.py`;
      const t1 = Date.now();
      await client.open(huri, h.text);
      inputs++;
      try {
        const diags = await client.waitFor(`diagnostics of ${h.name}`, (n) => {
          const p = n.params as PublishDiagnosticsParams;
          return n.method === 'textDocument/publishDiagnostics' && p.uri === huri ? p.diagnostics : undefined;
        }, 30_000);
        const ms = Date.now() - t1;
        // A program that never ends is cut by a bound: the user is told (GC900, information).
        if (/while-true/.test(h.name) && !diags.some((d) => d.code === 'GC900' && d.severity === 3)) {
          fail(h.name, 'crash', `no GC900 information diagnostic for a program that hits a bound: ${JSON.stringify(diags.map((d) => d.code))}`, h.text);
        } else outcomes.push({ name: h.name, kind: 'ok', ms });
        await within(client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: huri }, position: { line: 0, character: 0 } }), 30_000, 'hover');
        requests++;
      } catch (e) {
        fail(h.name, alive() ? 'hang' : 'crash', String(e), h.text);
      }
    }
    if (alive()) {
      try {
        await within(client.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), 30_000, 'final hover');
        requests++;
      } catch (e) {
        fail('final hover', alive() ? 'hang' : 'crash', String(e));
      }
    }
    if (!alive()) fail('server', 'crash', `the server died (exit ${client.proc.exitCode}, signal ${client.proc.signalCode})`);
    const uncaught = client.logText().split('\n').filter((l) => /uncaught|unhandled rejection/.test(l));
    if (uncaught.length) fail('server log', 'crash', uncaught.slice(0, 5).join('\n'));
  } finally {
    const code = await client.stop();
    if (code !== 0 && outcomes.every((o) => o.name !== 'server')) fail('shutdown', 'crash', `server exit code after shutdown/exit: ${code}`);
  }
  return { inputs, requests, outcomes };
}
