// gcscope never runs the user's code: the server, its analysis worker and the CLI analyse a program
// whose execution would write marker files and spawn processes, with child_process and eval hooked;
// no marker may appear and no process may start. A bundle scan pins where child_process and eval
// may appear at all (library code the server never calls, web-tree-sitter's own glue).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { TestClient } from '../server/lspClient';
import { ROOT } from './inputs';

/** A program with side effects in every way Python offers: files, processes, exec/eval, imports. */
function hostileProgram(dir: string): string {
  const m = (n: string) => JSON.stringify(path.join(dir, `marker-${n}`));
  return [
    'import os, subprocess, importlib',
    `open(${m('open')}, "w").write("ran")`,
    `os.system("touch " + ${m('system')})`,
    `subprocess.run(["touch", ${m('subprocess')}])`,
    `exec("open(" + repr(${m('exec')}) + ", 'w').write('x')")`,
    `eval("__import__('os').mkdir(" + repr(${m('eval')}) + ")")`,
    `__import__("pathlib").Path(${m('pathlib')}).touch()`,
    'class Evil:',
    '    def __del__(self):',
    `        open(${m('del')}, "w")`,
    'e = Evil()',
    'e.me = e',
    'del e',
    'import gc',
    'gc.collect()',
    `with open(${m('with')}, "w") as f:`,
    '    f.write("x")',
    '',
  ].join('\n');
}

/** Preloaded into the server (and inherited by its worker threads): records any process start or eval-like call. */
function hookFile(dir: string, log: string): string {
  const file = path.join(dir, 'hook.cjs');
  fs.writeFileSync(file, `
const fs = require('fs');
const cp = require('child_process');
const note = (what) => fs.appendFileSync(${JSON.stringify(log)}, what + '\\n');
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  const orig = cp[k];
  cp[k] = function (...a) { note('child_process.' + k + ' ' + JSON.stringify(a[0])); return orig.apply(this, a); };
}
const vm = require('vm');
for (const k of ['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']) {
  const orig = vm[k];
  vm[k] = function (...a) { note('vm.' + k); return orig.apply(this, a); };
}
`);
  return file;
}

test('the hook itself records a process start (else the checks below prove nothing)', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-sec-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'calls.log');
  spawnSync(process.execPath, ['-r', hookFile(dir, log), '-e', "require('child_process').spawnSync('true'); new (require('worker_threads').Worker)(\"require('child_process').execSync('true')\", { eval: true })"], { timeout: 30_000 });
  const calls = fs.readFileSync(log, 'utf8');
  assert.match(calls, /child_process\.spawnSync "true"/);
  assert.match(calls, /child_process\.execSync "true"/, 'the hook is not inherited by worker threads');
});

const markers = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('marker-'));

test('the language server analyses a program with side effects without running it', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-sec-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'calls.log');
  const file = path.join(dir, 'evil.py');
  const text = hostileProgram(dir);
  fs.writeFileSync(file, text);
  const client = await TestClient.start({ command: ['-r', hookFile(dir, log), 'dist/server.js', '--stdio'] });
  try {
    const uri = `file://${file}`;
    await client.open(uri, text);
    const diags = await client.diagnostics(uri, 1);
    assert.ok(Array.isArray(diags));
    for (let line = 0; line < 16; line++) await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
    await client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 16, character: 0 } }, context: { diagnostics: diags } });
    await client.rpc.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    await client.rpc.sendRequest('gcscope/simulate', { uri }).catch(() => undefined); // parameters may differ; running it is what counts
  } finally {
    await client.stop();
  }
  assert.deepEqual(markers(dir), [], 'user code was executed');
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  assert.equal(calls, '', `the server started processes or evaluated code:\n${calls}`);
});

test('the CLI checks and simulates a program with side effects without running it', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-sec-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'calls.log');
  const file = path.join(dir, 'evil.py');
  fs.writeFileSync(file, hostileProgram(dir));
  for (const args of [['check', file], ['check', '--format', 'sarif', file], ['simulate', '--json', file]]) {
    const r = spawnSync(process.execPath, ['-r', hookFile(dir, log), path.join(ROOT, 'bin/gcscope.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status} ${r.signal ?? ''} ${r.error?.message ?? ''}\n${r.stderr}`);
  }
  assert.deepEqual(markers(dir), [], 'user code was executed');
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  assert.equal(calls, '', `the CLI started processes or evaluated code:\n${calls}`);
});

/**
 * Bundles the server and its worker as dist/ has them, but unminified (dist/ may hold a production
 * build without esbuild's `// path` section comments), so each hit can be traced to its package.
 */
function unminifiedBundles(dir: string): string {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/esbuild'), ['server/src/main.ts', 'server/src/worker.ts',
    '--bundle', '--platform=node', '--format=cjs', '--target=node20', `--outdir=${dir}`, '--log-level=error',
    '--define:import.meta.url=__importMetaUrl'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

/** The bundle's source sections (esbuild's `// path` comments) that contain `pattern`. */
function sectionsWith(file: string, pattern: RegExp): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found = new Set<string>();
  let section = '(top)';
  for (const line of text.split('\n')) {
    const s = /^\/\/ ((?:node_modules|engine|server|client|package)\S*)$/.exec(line);
    if (s) section = s[1];
    else if (pattern.test(line)) found.add(section);
  }
  return [...found].sort();
}

test('bundles: child_process and eval only where documented', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-bundle-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  unminifiedBundles(dir);
  const server = path.join(dir, 'main.js');
  const worker = path.join(dir, 'worker.js');
  // vscode-languageserver's Files helpers (resolveGlobalNodePath & co.) require child_process; the
  // server never calls them (the hooked session above proves it). Nothing of ours may.
  const childProcess = /require\("(?:node:)?child_process"\)/;
  assert.deepEqual(sectionsWith(server, childProcess), ['node_modules/vscode-languageserver/lib/node/files.js']);
  assert.deepEqual(sectionsWith(worker, childProcess), []);
  // Real eval / Function only in web-tree-sitter's emscripten glue (it evaluates its own wasm's JS
  // snippets, never text from a document); the interpreter's `eval(e) {` is a method.
  const realEval = /(?<![.\w])eval\((?!\w*\)\s*\{)|new Function\(|require\("(?:node:)?vm"\)/;
  assert.deepEqual(sectionsWith(server, realEval), ['node_modules/web-tree-sitter/web-tree-sitter.js']);
  assert.deepEqual(sectionsWith(worker, realEval), ['node_modules/web-tree-sitter/web-tree-sitter.js']);
  // And the shipped bundles (whatever their build mode) reach child_process no more often than that.
  for (const b of ['server.js', 'worker.js']) {
    const shipped = path.join(ROOT, 'dist', b);
    if (!fs.existsSync(shipped)) continue;
    const n = (fs.readFileSync(shipped, 'utf8').match(/require\("(?:node:)?child_process"\)/g) ?? []).length;
    assert.ok(n <= (b === 'server.js' ? 1 : 0), `dist/${b} requires child_process ${n} times`);
  }
});
