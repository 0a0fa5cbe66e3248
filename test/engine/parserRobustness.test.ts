// The parser wrapper under bad input: syntax errors (the rest still extracts), 10 000-deep
// nesting, NUL / binary text, CRLF and BOM, oversized files, incremental reparsing from edits
// (same IR as a fresh parse), tree deletion, and several parsers sharing the one runtime.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createPythonParser, MAX_FILE_CHARS, type TextEdit } from '../../engine/src/syntax/parser';
import { printModule } from '../../engine/src/extract/print';
import { dedent, extract, fixture, getParser, wasmBytes } from './extractHarness';

test('syntax errors are reported and every other statement still extracts', async () => {
  const m = await extract('x = [1]\ndef f(:\n    y = [2]\nz = {3}\nif a\n    w = 1\n');
  assert.deepEqual(
    m.problems.map((p) => [p.message, p.site.line, p.site.col]),
    [
      ["syntax error: missing ')'", 1, 6],
      ["syntax error: expected ':' at the end of 'if a' (this line is left out of the analysis)", 4, 0],
    ],
  );
  const text = printModule(m);
  assert.match(text, /^ {2}x:g = \[1\]$/m);
  assert.match(text, /^ {2}z:g = \{3\}$/m);
  assert.match(text, /^ {2}y:l = \[2\]$/m); // inside the broken def
});

test('broken lines are left out and the lines after them still parse', async () => {
  const m = await extract('z = foo(1,\nw = [3]\nif x ==:\n    pass\n');
  const text = printModule(m);
  assert.match(text, /^ {2}w:g = \[3\]$/m);
  assert.doesNotMatch(text, /z:g = foo/); // `foo(1,` is not a complete value
  assert.deepEqual(
    m.problems.map((p) => [p.message, p.site.line, p.site.col, p.site.endCol]),
    [
      ["syntax error: '(' was never closed in 'z = foo(1,' (this line is left out of the analysis)", 0, 0, 10],
      ["syntax error: unexpected 'if x ==:' (this line is left out of the analysis)", 2, 0, 8],
    ],
  );
});

test('the broken line is found when the error region starts at the end of the line before', async () => {
  const m = await extract('class D:\n    def broken(self):\n        x = foo(self,\n    def add(self, other):\n        return [self, other]\n');
  assert.deepEqual(m.functions.map((f) => f.qualname), ['<module>', 'D', 'D.broken', 'D.add']);
  assert.deepEqual(m.problems.map((p) => [p.message, p.site.line, p.site.col]), [["syntax error: '(' was never closed in 'x = foo(self,' (this line is left out of the analysis)", 2, 8]]);
});

test('a suppression comment on a line left out by error recovery still counts', async () => {
  const m = await extract('x = [1]\ny = foo(x,  # gcscope: ignore[GC001]\nz = 2\n');
  assert.deepEqual(m.suppressions, [{ line: 1, codes: ['GC001'] }]);
  assert.match(m.problems[0].message, /left out of the analysis/);
});

test('an unclosed call while typing does not swallow the methods after it', async () => {
  const src = [
    'class A:',
    '    def m(self):',
    '        self.items = []',
    '        self.items.append(self',
    '',
    '    def n(self):',
    '        return [self]',
    'a = A()',
    '',
  ].join('\n');
  const m = await extract(src);
  assert.deepEqual(m.functions.map((f) => f.qualname), ['<module>', 'A', 'A.m', 'A.n']);
  assert.match(printModule(m), /\n {2}a:g = A:g\(\)\n/);
  assert.deepEqual(m.problems.map((p) => [p.message, p.site.line]), [["syntax error: '(' was never closed in 'self.items.append(self' (this line is left out of the analysis)", 3]]);
});

test('half-typed code at the end of the file', async () => {
  const m = await extract('items = []\nitems.append(items)\nfoo(\n');
  assert.equal(m.problems.length, 1);
  assert.equal(m.problems[0].severity, 'error');
  assert.match(m.problems[0].message, /^syntax error: /);
  assert.match(printModule(m), /items:g = \[\]\n {2}items:g\.append\(items:g\)\n/);
});

test('10 000-deep nesting does not overflow: it is cut at the depth cap with one problem', async () => {
  const N = 10000;
  const deep = [
    '['.repeat(N) + ']'.repeat(N),
    '('.repeat(N) + '1' + ')'.repeat(N),
    'f('.repeat(N) + ')'.repeat(N),
    'not '.repeat(N) + 'a',
    Array(N).fill('a').join(' + '),
    Array(N).fill('a').join(' ** '), // right-nested
    'lambda: '.repeat(N) + '1',
    'a' + '.b'.repeat(N),
    '{1: '.repeat(N) + '1' + '}'.repeat(N),
  ];
  for (const d of deep) {
    const m = await extract(`x = ${d}\ny = [2]\n`);
    assert.deepEqual(
      m.problems.map((p) => p.message),
      ['nesting too deep: analysis stops at depth 400'],
      d.slice(0, 20),
    );
    assert.match(printModule(m), /\n {2}y:g = \[2\]\n/, d.slice(0, 20));
  }
  const ifs = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'if a:\n').join('') + ' '.repeat(1000) + 'pass\nz = 1\n';
  const m = await extract(ifs);
  assert.deepEqual(m.problems.map((p) => p.message), ['nesting too deep: analysis stops at depth 400']);
  assert.match(printModule(m), /\n {2}z:g = 1\n$/);
});

test('long chains that Python allows extract without hitting the depth cap', async () => {
  const targets = Array.from({ length: 1500 }, (_, i) => `a${i}`);
  const terms = Array.from({ length: 700 }, (_, i) => `"${i}"`).join(' + ');
  const m = await extract(`${targets.join(' = ')} = [1]\nok = ${Array(3000).fill('x').join(' or ')}\ns = ${terms}\n`);
  assert.deepEqual(m.problems, []);
  const [assign, bool, sum] = m.functions[0].body;
  assert.ok(assign.k === 'assign' && assign.targets.length === 1500 && assign.value.k === 'list');
  assert.ok(bool.k === 'assign' && bool.value.k === 'boolop' && bool.value.values.length === 3000);
  let depth = 0;
  for (let e = sum.k === 'assign' ? sum.value : null; e?.k === 'binop'; e = e.left) depth++;
  assert.equal(depth, 699); // `"0" + "1" + ...` nests to the left, one binop per `+`
});

test('NUL bytes: the file is refused with one problem, as CPython refuses it', async () => {
  const m = await extract('x = [1]\n\0\0binary\n');
  assert.deepEqual(m.problems.map((p) => p.message), ['source contains NUL bytes (a binary file?): not analysed']);
  assert.equal(m.functions.length, 1);
  assert.deepEqual(m.functions[0].body, []);
});

test('binary-looking text without NUL does not throw', async () => {
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const junk = Array.from({ length: 20000 }, () => String.fromCharCode(1 + Math.floor(rand() * 0xfffe))).join('');
  const m = await extract(junk);
  assert.ok(m.problems.length > 0);
  assert.ok(m.problems.every((p) => p.site.line >= 0 && p.site.line < m.lineCount));
});

test('fuzz: 300 random edits of real code never throw and keep every span inside the text', async () => {
  const p = await getParser();
  const base = fixture('census/constructs.py');
  const pieces = ['(', ')', '[', ']', '{', '}', ':', '=', ',', 'lambda', 'def ', 'class ', '\n', '    ', '"', "'", 'f"{', '\\', 'yield', '*', '**', '@', 'match x:\n case ', ' if ', ' for ', ' in ', '#', ':='];
  let seed = 12345;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  let text = base;
  let prev = p.parse('f.py', text);
  for (let i = 0; i < 300; i++) {
    const at = rand(text.length + 1);
    const del = rand(4) === 0 ? rand(20) : 0;
    const ins = rand(3) === 0 ? '' : pieces[rand(pieces.length)];
    const edit = { startIndex: at, oldEndIndex: Math.min(text.length, at + del), newText: ins };
    text = text.slice(0, edit.startIndex) + ins + text.slice(edit.oldEndIndex);
    const next = p.parse('f.py', text, prev, [edit]);
    prev.delete();
    prev = next;
    const lines = next.module.lineCount;
    const bad = JSON.stringify(next.module, (k, v) => (k === 'site' && v.line >= 0 && (v.line > v.endLine || v.endLine >= lines) ? 'BAD' : v)).includes('"BAD"');
    assert.equal(bad, false, `span outside the text after edit ${i}`);
    if (i % 50 === 0) text = base; // start over now and then so the file stays mostly Python
    if (i % 50 === 0) {
      prev.delete();
      prev = p.parse('f.py', text);
    }
  }
  prev.delete();
});

test('CRLF line ends and a BOM give the same IR and lines as LF', async () => {
  const lf = fixture('seed.py');
  const base = await extract(lf);
  const crlf = await extract(lf.replace(/\n/g, '\r\n'));
  assert.equal(printModule(crlf), printModule(base));
  assert.deepEqual(crlf.problems, []);
  const sites = (m: typeof base): number[] => m.functions[1].body.map((s) => s.site.line);
  assert.deepEqual(sites(crlf), sites(base));
  const bom = await extract('\ufeff' + lf);
  assert.equal(printModule(bom), printModule(base));
  assert.deepEqual(bom.problems, []);
});

test('a lone CR ends a line, as for Python and editors', async () => {
  const m = await extract('x = [1]\ry = [2]\r');
  assert.deepEqual(m.problems, []);
  assert.equal(printModule(m), '<module> locals=x,y\n  x:g = [1]\n  y:g = [2]\n');
  assert.equal(m.functions[0].body[1].site.line, 1);
});

test('a block header with nothing under it is a syntax error (tree-sitter alone accepts it)', async () => {
  const m = await extract('def f():\n# only a comment\nx = [1]\n');
  assert.deepEqual(m.problems.map((p) => [p.message, p.site.line]), [['syntax error: expected an indented block', 0]]);
  assert.match(printModule(m), /x:g = \[1\]/);
});

test('oversized files are refused without parsing', async () => {
  const big = 'x = 1\n'.repeat(Math.ceil((MAX_FILE_CHARS + 1) / 6));
  const m = await extract(big);
  assert.equal(m.problems.length, 1);
  assert.match(m.problems[0].message, /^file too large to analyse/);
});

/** Applies LSP-style sequential edits to a text. */
function apply(text: string, edits: TextEdit[]): string {
  for (const e of edits) text = text.slice(0, e.startIndex) + e.newText + text.slice(e.oldEndIndex);
  return text;
}

test('incremental reparse gives the same IR and problems as a fresh parse', async () => {
  const p = await getParser();
  const v1 = dedent(fixture('seed.py'));
  const at = (s: string, needle: string): number => s.indexOf(needle);
  const steps: TextEdit[][] = [
    [{ startIndex: at(v1, '[0]*5'), oldEndIndex: at(v1, '[0]*5') + 5, newText: '[0, [1]]' }],
    [
      { startIndex: 0, oldEndIndex: 0, newText: 'import weakref\n' },
      { startIndex: 0, oldEndIndex: 6, newText: 'from x' },
    ],
    [{ startIndex: at(v1, 'count = 0'), oldEndIndex: at(v1, 'count = 0') + 9, newText: 'count = (' }], // breaks the file
    [{ startIndex: 0, oldEndIndex: 0, newText: 's = "é😀"\r\n' }],
  ];
  let prevText = v1;
  let prev = p.parse('a.py', v1);
  for (const edits of steps) {
    const text = apply(prevText, edits);
    const inc = p.parse('a.py', text, prev, edits);
    const fresh = p.parse('a.py', text);
    assert.equal((inc as unknown as { incremental: boolean }).incremental, true, 'the old tree was reused');
    assert.equal(printModule(inc.module), printModule(fresh.module));
    assert.deepEqual(inc.module.problems, fresh.module.problems);
    assert.deepEqual(inc.module.suppressions, fresh.module.suppressions);
    fresh.delete();
    prev.delete();
    prev = inc;
    prevText = text;
  }
  prev.delete();
});

test('edits that do not produce the new text, or a deleted previous tree, fall back to a full parse', async () => {
  const p = await getParser();
  const v1 = 'a = [1]\n';
  const prev = p.parse('a.py', v1);
  const wrong = p.parse('a.py', 'b = {2}\n', prev, [{ startIndex: 0, oldEndIndex: 1, newText: 'c' }]);
  assert.equal(printModule(wrong.module), '<module> locals=b\n  b:g = {2}\n');
  assert.equal((wrong as unknown as { incremental: boolean }).incremental, false);
  prev.delete();
  prev.delete(); // deleting twice is harmless
  const after = p.parse('a.py', 'x = [1]\n', prev, [{ startIndex: 0, oldEndIndex: 1, newText: 'x' }]);
  assert.equal(printModule(after.module), '<module> locals=x\n  x:g = [1]\n');
  // The module is plain data: it outlives its tree.
  wrong.delete();
  assert.equal(wrong.module.functions[0].body.length, 1);
  after.delete();
});

test('bad grammar bytes reject the promise instead of crashing', async () => {
  await getParser(); // the runtime is initialised already
  await assert.rejects(createPythonParser({ runtime: wasmBytes().runtime, python: new Uint8Array([0, 97, 115, 109, 1]) }));
});

test('a second parser shares the initialised runtime and parses independently', async () => {
  const a = await getParser();
  const b = await createPythonParser(wasmBytes());
  const pa = a.parse('a.py', 'x = [1]\n');
  const pb = b.parse('b.py', 'y = {}\n');
  assert.equal(printModule(pa.module), '<module> locals=x\n  x:g = [1]\n');
  assert.equal(printModule(pb.module), '<module> locals=y\n  y:g = {}\n');
  assert.equal(pb.module.file, 'b.py');
  pa.delete();
  pb.delete();
  b.delete();
});
