// The benchmark corpus: the CPython 3.11 standard library from the machine's pyenv install, without
// test/, idlelib/ and lib2to3/tests (818 files, 347k lines), and the whole library (1,790 files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function stdlibRoot() {
  const candidates = [
    process.env.GCSCOPE_BENCH_STDLIB,
    path.join(os.homedir(), '.pyenv/versions/3.11.7/lib/python3.11'),
  ].filter(Boolean);
  return candidates.find((c) => fs.existsSync(path.join(c, 'os.py'))) ?? null;
}

function walk(dir, rel, skip, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (skip(r)) continue;
    if (e.isDirectory()) walk(path.join(dir, e.name), r, skip, out);
    else if (e.name.endsWith('.py')) out.push(path.join(dir, e.name));
  }
  return out;
}

/** 'core': without test/, idlelib/, lib2to3/tests; 'all': every .py but site-packages. */
export function stdlibFiles(root, which = 'core') {
  const skip = which === 'core'
    ? (r) => r === 'site-packages' || r === 'test' || r === 'idlelib' || r === 'lib2to3/tests'
    : (r) => r === 'site-packages';
  return walk(root, '', skip, []).sort();
}
