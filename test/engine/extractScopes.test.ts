// Scope resolution against CPython's own decisions: for each case in scopes.cases.py and each
// census/*.py module, the code objects CPython 3.11 compiled (varnames, cellvars, freevars,
// generator/coroutine flags) and the scope of every symbol in its symtable were recorded by
// record_scopes.py; the extractor's FunctionInfos and Name scopes must agree.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extract, fixture } from './extractHarness';
import type { FunctionInfo, Name } from '../../engine/src/ir';

interface Recorded {
  qualname: string;
  kind: 'module' | 'class' | 'function';
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  generator: boolean;
  coroutine: boolean;
  names: Record<string, string>;
}

const data = JSON.parse(fixture('scopes.expected.json')) as {
  python: string;
  cases: { source: string; code: Recorded[] }[];
  files: Record<string, Recorded[]>;
};

/** Every Name node in a function's own body (nested code objects are separate FunctionInfos). */
function namesIn(value: unknown, out: Name[] = []): Name[] {
  if (Array.isArray(value)) for (const v of value) namesIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.k === 'name') out.push(o as unknown as Name);
    for (const v of Object.values(o)) if (v && typeof v === 'object') namesIn(v, out);
  }
  return out;
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

async function compare(source: string, code: Recorded[]): Promise<void> {
  const m = await extract(source);
  assert.deepEqual(m.problems, []);
  const seen = new Map<string, number>();
  const ours = new Map<string, FunctionInfo>();
  for (const f of m.functions) {
    const q = f.kind === 'module' ? '<module>' : f.qualname;
    const n = seen.get(q) ?? 0;
    seen.set(q, n + 1);
    ours.set(`${q}#${n}`, f);
  }
  assert.equal(m.functions.length, code.length, 'one code object per def, class, lambda, comprehension');
  seen.clear();
  let compared = 0;
  for (const rec of code) {
    const n = seen.get(rec.qualname) ?? 0;
    seen.set(rec.qualname, n + 1);
    const f = ours.get(`${rec.qualname}#${n}`);
    assert.ok(f, `no FunctionInfo for ${rec.qualname}`);
    const where = rec.qualname;
    assert.equal(f.kind === 'module' || f.kind === 'class' ? f.kind : 'function', rec.kind, where);
    if (rec.kind === 'function') {
      // `.result` is the comprehension lowering's own local (CPython keeps it on the stack), and
      // co_varnames lists a local only once code loads or stores it: a bare annotation
      // (`u: int`) makes u local without that.
      const bare = new Set(f.body.flatMap((s) => (s.k === 'annassign' && !s.value && s.target.k === 'name' ? [s.target.name] : [])));
      const locals = [...f.params.map((p) => p.name), ...f.locals].filter((n) => n !== '.result' && (!bare.has(n) || rec.varnames.includes(n)));
      assert.deepEqual(sorted(new Set(locals)), sorted(rec.varnames), `${where} varnames`);
      assert.equal(f.isGenerator, rec.generator, `${where} generator`);
      assert.equal(f.isAsync, rec.coroutine, `${where} coroutine`);
    }
    assert.deepEqual(sorted(f.cellvars), sorted(rec.cellvars), `${where} cellvars`);
    assert.deepEqual(sorted(f.freevars), sorted(rec.freevars), `${where} freevars`);
    for (const name of namesIn(f.body)) {
      if (name.name === '.result' || name.name === '*') continue; // our own lowering's names
      assert.ok(name.name in rec.names, `${where}: ${name.name} is no symbol of CPython's table`);
      assert.equal(name.scope, rec.names[name.name], `${where}: scope of ${name.name} (line ${name.site.line + 1})`);
      compared++;
    }
  }
  assert.ok(compared > 0);
}

for (const [i, c] of data.cases.entries()) {
  const title = c.source.split('\n').find((l) => /^(def|class|async def|\[|G)/.test(l)) ?? '';
  test(`CPython ${data.python} scopes, case ${i + 1}: ${title}`, () => compare(c.source, c.code));
}

const folder = path.resolve(__dirname, '../../../test/engine/fixtures/extract/census');
for (const [name, code] of Object.entries(data.files)) {
  test(`CPython ${data.python} scopes, whole module: ${name}`, () => compare(fs.readFileSync(path.join(folder, name), 'utf8'), code));
}
