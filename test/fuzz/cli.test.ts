// The CLI against awkward paths and flags not covered by test/cli: a FIFO, a folder named like a
// .py file, a device, binary and non-UTF-8 files, flag abuse. A user mistake is one clear message
// and exit 2; a file that cannot be analysed never produces a stack trace.
// (We run as root, so chmod 000 proves nothing: a FIFO and a directory stand in for unreadable files.)

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { ROOT } from './inputs';

function gcscope(args: string[], timeout = 30_000): { code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gcscope.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

function assertUsageError(r: ReturnType<typeof gcscope>, message: RegExp): void {
  assert.equal(r.signal, null, `killed (${r.signal}): the CLI hung`);
  assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, NO_STACK, 'stack trace in user-facing error');
  assert.doesNotMatch(r.stderr, /internal error/);
}

function assertChecked(r: ReturnType<typeof gcscope>): void {
  assert.equal(r.signal, null, `killed (${r.signal}): the CLI hung`);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, NO_STACK, 'stack trace');
  assert.doesNotMatch(r.stderr, /internal error/);
}

test('CLI: awkward paths', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-fuzz-cli-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const ok = path.join(dir, 'ok.py');
  fs.writeFileSync(ok, 'l = []\nl.append(l)\n');

  await t.test('a folder named x.py where a file is expected', () => {
    const d = path.join(dir, 'pkg.py');
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'inner.py'), 'x = 1\n');
    assertChecked(gcscope(['check', d])); // a folder argument is searched, whatever its name
    assertUsageError(gcscope(['simulate', d]), /is a folder/);
  });

  await t.test('a FIFO with no writer (reading would block forever)', (st) => {
    const fifo = path.join(dir, 'pipe.py');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status !== 0) return st.skip('mkfifo unavailable');
    const r = gcscope(['check', fifo], 15_000);
    fs.rmSync(fifo);
    assertUsageError(r, /pipe\.py/);
  });

  await t.test('a FIFO inside a checked folder', (st) => {
    const sub = path.join(dir, 'withfifo');
    fs.mkdirSync(sub);
    fs.copyFileSync(ok, path.join(sub, 'ok.py'));
    if (spawnSync('mkfifo', [path.join(sub, 'zz_pipe.py')]).status !== 0) return st.skip('mkfifo unavailable');
    const r = gcscope(['check', sub], 15_000);
    assert.equal(r.signal, null, 'the CLI blocked on a FIFO inside a folder');
    assert.doesNotMatch(r.stderr, NO_STACK);
  });

  await t.test('a character device', () => {
    const r = gcscope(['check', '/dev/null']);
    // Empty content (0) or refused as not a regular file (2): either way no stack trace.
    assert.ok(r.code === 0 || r.code === 2, `exit ${r.code}\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, NO_STACK);
    const z = gcscope(['simulate', '/dev/zero'], 15_000);
    assert.equal(z.signal, null, 'the CLI read /dev/zero forever');
    assert.doesNotMatch(z.stderr, NO_STACK);
  });

  await t.test('binary, NUL, non-UTF-8, UTF-16 and empty files', () => {
    const files: [string, Buffer][] = [
      ['binary.py', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))],
      ['nul.py', Buffer.from('l = []\0\nl.append(l)\n')],
      ['latin1.py', Buffer.from('# -*- coding: latin-1 -*-\ns = "caf\xe9"\n', 'latin1')],
      ['utf16.py', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('l = []\nl.append(l)\n', 'utf16le')])],
      ['empty.py', Buffer.alloc(0)],
      ['bom.py', Buffer.from('\ufeffl = []\r\nl.append(l)\r\n')],
    ];
    for (const [name, bytes] of files) {
      const f = path.join(dir, name);
      fs.writeFileSync(f, bytes);
      assertChecked(gcscope(['check', f]));
      const s = gcscope(['simulate', f]);
      assert.ok(s.code === 0 || s.code === 2, `simulate ${name}: exit ${s.code}\n${s.stderr}`);
      assert.doesNotMatch(s.stderr, NO_STACK);
    }
  });

  await t.test('a file over the size limit', () => {
    const big = path.join(dir, 'big.py');
    fs.writeFileSync(big, `# ${'x'.repeat(1_100_000)}\n`);
    const r = gcscope(['check', big]);
    assertChecked(r);
    assert.match(r.stderr, /larger than/);
    assertUsageError(gcscope(['simulate', big]), /larger than/);
  });

  await t.test('a file deleted between listing and reading (dangling link in a folder)', () => {
    const sub = path.join(dir, 'dangling');
    fs.mkdirSync(sub);
    fs.symlinkSync(path.join(sub, 'gone.py'), path.join(sub, 'a.py'));
    fs.symlinkSync(path.join(sub, 'b.py'), path.join(sub, 'b.py')); // a link to itself
    assertUsageError(gcscope(['check', sub]), /cannot read/);
  });
});

test('CLI: flag abuse gets a message and exit 2', () => {
  const seed = 'test/fixtures/seed.py';
  const cases: [string[], RegExp][] = [
    [['check', '--python=', seed], /--python needs a value/],
    [['check', '--python', '3', seed], /unsupported Python version 3\b/],
    [['check', '--python', '3.12.1.1', seed], /unsupported Python version/],
    [['check', '--python', '--format', seed], /unsupported Python version --format|needs a value/],
    [['check', '--format=', seed], /--format needs a value/],
    [['check', '--format', 'JSON', seed], /unknown --format JSON/],
    [['check', '--exit-zero=yes', seed], /unknown option --exit-zero=yes/],
    [['check', '-x', seed], /unknown option -x/],
    [['check', '--', '--not-a-file.py'], /no such file or folder: --not-a-file\.py/],
    [['simulate', '--json', '--json2', seed], /unknown option --json2/],
    [['simulate', seed, seed], /exactly one FILE/],
    [['simulate', '--python', 'latest', seed], /unsupported Python version latest/],
    [['\u00e9check'], /unknown command/],
    [['check', '\u00ff\ud800.py'], /no such file or folder/],
  ];
  for (const [args, msg] of cases) {
    const r = gcscope(args, 15_000);
    assertUsageError(r, msg);
  }
});
