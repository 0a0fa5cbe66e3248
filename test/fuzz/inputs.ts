// Fuzz inputs for gcscope: a seeded PRNG, the seed corpus (test/corpus, examples, and a CPython
// stdlib when one is installed), mutations of it (token deletions/insertions, truncation, shuffled
// lines, random code units, tabs/spaces, CRLF/BOM) and hand-made hostile programs (1 MB lines,
// 10 000-deep nesting, huge literals, runaway loops and recursion). Deterministic for a given seed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface FuzzInput {
  /** Stable, file-name-safe description: `<kind>-<seed file>-<n>`. */
  name: string;
  text: string;
}

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function prng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
}

export interface SeedFile { name: string; text: string }

const STDLIB = path.join(os.homedir(), '.pyenv/versions/3.11.7/lib/python3.11');

/** The seed corpus; `stdlibMax` caps how many stdlib modules join it (0: none). */
export function loadCorpus(stdlibMax: number): { files: SeedFile[]; stdlib: 'absent' | number } {
  const files: SeedFile[] = [];
  const addDir = (dir: string, prefix: string, max = Infinity) => {
    if (!fs.existsSync(dir)) return 0;
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort().slice(0, max);
    for (const f of names) {
      const full = path.join(dir, f);
      try {
        if (fs.statSync(full).size > 400_000) continue; // the big hostile inputs are made on purpose below
        files.push({ name: `${prefix}${f.replace(/\.py$/, '')}`, text: fs.readFileSync(full, 'utf8') });
      } catch {
        // unreadable stdlib file: not ours to judge
      }
    }
    return names.length;
  };
  addDir(path.join(ROOT, 'test/corpus'), 'corpus_');
  addDir(path.join(ROOT, 'examples'), 'example_');
  let stdlib: 'absent' | number = 'absent';
  if (stdlibMax > 0 && fs.existsSync(STDLIB)) stdlib = addDir(STDLIB, 'stdlib_', stdlibMax);
  return { files, stdlib };
}

const TOKEN_RE = /[A-Za-z_][A-Za-z_0-9]*|\d+|\s+|./gsu;
const INSERTS = [
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', '*', '**', '\\', '"', "'", '"""', '#', '@', '->',
  'def', 'class', 'lambda', 'if', 'else', 'elif', 'while', 'for', 'in', 'return', 'yield', 'yield from', 'await',
  'async', 'with', 'try', 'except', 'finally', 'global', 'nonlocal', 'del', 'import', 'from', 'match', 'case',
  'None', 'self', 'gc.collect()', 'gc.disable()', '\n', '\n    ', '\t', ' ', 'x', '[]', '{}', 'x.append(x)',
  'f"{', '}', '\u00e9', '\ud83d\ude00', '\ud800', '\u2028', '\r', '\0', ':=', '...', 'type', '*args', '**kw',
];

/** One random mutation of `text`; returns [kind, mutated]. */
export function mutate(rng: Rng, text: string, other: string): [string, string] {
  const kind = rng.int(11);
  switch (kind) {
    case 0: case 1: { // delete a few tokens
      const toks = text.match(TOKEN_RE) ?? [];
      for (let n = 1 + rng.int(6); n > 0 && toks.length; n--) toks.splice(rng.int(toks.length), 1 + rng.int(3));
      return ['tokdel', toks.join('')];
    }
    case 2: case 3: { // insert tokens (keywords, brackets, or tokens of the file itself)
      const toks = text.match(TOKEN_RE) ?? [];
      for (let n = 1 + rng.int(6); n > 0; n--) {
        const t = rng.next() < 0.5 || toks.length === 0 ? rng.pick(INSERTS) : rng.pick(toks);
        toks.splice(rng.int(toks.length + 1), 0, t);
      }
      return ['tokins', toks.join('')];
    }
    case 4: return ['trunc', text.slice(0, rng.int(text.length + 1))];
    case 5: { // shuffle a window of lines
      const lines = text.split('\n');
      const start = rng.int(lines.length);
      const len = Math.min(lines.length - start, 2 + rng.int(20));
      const win = lines.slice(start, start + len);
      for (let i = win.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [win[i], win[j]] = [win[j], win[i]];
      }
      lines.splice(start, len, ...win);
      return ['shuffle', lines.join('\n')];
    }
    case 6: { // random UTF-16 code units, lone surrogates and controls included
      const chars = [...text];
      for (let n = 1 + rng.int(10); n > 0; n--) {
        const c = String.fromCharCode(rng.next() < 0.3 ? rng.int(32) : rng.next() < 0.5 ? 0xd800 + rng.int(0x800) : rng.int(0x10000));
        chars.splice(rng.int(chars.length + 1), rng.int(2), c);
      }
      return ['bytes', chars.join('')];
    }
    case 7: { // tabs for some indentation, spaces for the rest
      return ['tabs', text.split('\n').map((l) => (rng.next() < 0.3 ? l.replace(/^( {4})+/, (m) => (rng.next() < 0.5 ? '\t'.repeat(m.length / 4) : '\t' + m.slice(4))) : l)).join('\n')];
    }
    case 8: { // line endings and byte order marks
      const v = rng.int(3);
      const crlf = v === 0 ? text.replace(/\n/g, '\r\n') : v === 1 ? text.replace(/\n/g, '\r') : text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
      return ['eol', (rng.next() < 0.5 ? '\ufeff' : '') + crlf];
    }
    case 9: { // splice lines of another file in
      const lines = text.split('\n');
      const o = other.split('\n');
      const from = rng.int(o.length);
      lines.splice(rng.int(lines.length + 1), 0, ...o.slice(from, from + 1 + rng.int(30)));
      return ['splice', lines.join('\n')];
    }
    default: { // duplicate a block of lines, re-indented one level deeper
      const lines = text.split('\n');
      const start = rng.int(lines.length);
      const block = lines.slice(start, start + 1 + rng.int(15)).map((l) => '    ' + l);
      lines.splice(rng.int(lines.length + 1), 0, 'if x:', ...block);
      return ['dup', lines.join('\n')];
    }
  }
}

/** Hand-made hostile programs: each names what it attacks. */
export function hostileInputs(): FuzzInput[] {
  const N = 10_000;
  const out: FuzzInput[] = [];
  const add = (name: string, text: string) => out.push({ name: `hostile-${name}`, text });
  // Size: 1 MB single lines of several shapes (the server's limit is 1M characters; the engine's is larger).
  add('1mb-list-line', `x = [${'1, '.repeat(330_000)}]\nx.append(x)\n`);
  add('1mb-string-line', `s = "${'a'.repeat(1_000_000)}"\n`);
  add('1mb-concat-line', `s = ${Array(200_000).fill('a').join(' + ')}\n`);
  add('1mb-comment-line', `# ${'x'.repeat(1_000_000)}\nl = []\nl.append(l)\n`);
  add('1mb-names-line', `${Array(140_000).fill('abcdef').join(' = ')} = []\n`);
  add('1mb-statements', 'l = []\nl.append(l)\n'.repeat(45_000));
  // Depth: 10 000-deep nesting of every bracket and of right-recursive expressions.
  add('deep-parens', `x = ${'('.repeat(N)}1${')'.repeat(N)}\n`);
  add('deep-lists', `x = ${'['.repeat(N)}${']'.repeat(N)}\n`);
  add('deep-dicts', `x = ${'{1: '.repeat(N)}1${'}'.repeat(N)}\n`);
  add('deep-calls', `x = ${'f('.repeat(N)}${')'.repeat(N)}\n`);
  add('deep-unclosed', `x = ${'(['.repeat(N)}\n`);
  add('deep-closers', `x = ${')]}'.repeat(N)}\n`);
  add('deep-lambda', `f = ${'lambda: '.repeat(N)}[]\n`);
  add('deep-not', `x = ${'not '.repeat(N)}a\n`);
  add('deep-unary', `x = ${'-'.repeat(N)}1\n`);
  add('deep-ifexp', `x = ${'[] if a else '.repeat(N)}[]\n`);
  add('deep-attr', `x = a${'.b'.repeat(N)}\n`);
  add('deep-subscript', `x = a${'[0]'.repeat(N)}\n`);
  add('deep-power', `x = ${Array(N).fill('2').join(' ** ')}\n`);
  add('deep-comp', `x = ${'[y for y in '.repeat(2000)}z${']'.repeat(2000)}\n`);
  add('deep-fstring', `x = ${'f"{'.repeat(2000)}1${'}"'.repeat(2000)}\n`);
  // Indentation depth is quadratic in size: 1 400 levels is already ~1M characters.
  const nested = (n: number, head: (i: number) => string, body: string, indent = ' ') => {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(indent.repeat(i) + head(i));
    lines.push(indent.repeat(n) + body);
    return lines.join('\n') + '\n';
  };
  add('deep-ifs', nested(1400, () => 'if x:', 'l = []; l.append(l)'));
  add('deep-defs', nested(1400, (i) => `def f${i}():`, 'l = []; l.append(l); return l'));
  add('deep-classes', nested(1000, (i) => `class C${i}:`, 'x = []'));
  add('deep-whiles-tabs', nested(1400, () => 'while x:', 'x = [x]', '\t'));
  add('deep-with-try', nested(1000, (i) => (i % 2 ? 'try:' : 'with a as b:'), 'pass'));
  add('mixed-indent', 'if x:\n\tif y:\n        l = []\n\t        l.append(l)\n  \tz = 1\n');
  // Encodings and odd characters (the engine sees strings; the CLI test also writes raw bytes).
  add('nul-bytes', 'l = []\0\nl.append(l)\n\0\0\0');
  add('bom-crlf', '\ufeffl = []\r\nl.append(l)\r\ndel l\r\nimport gc\r\ngc.collect()\r\n');
  add('lone-cr', 'l = []\rl.append(l)\rdel l\r');
  add('non-utf8-decoded', new TextDecoder('utf-8').decode(Uint8Array.from([0x6c, 0x20, 0x3d, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0x80, 0x81, 0xed, 0xa0, 0x80, 0x0a])));
  add('latin1-decoded', Buffer.from('x = "caf\xe9"\nl = [x]\nl.append(l)\n', 'latin1').toString('latin1'));
  add('lone-surrogates', 'x = "\ud800"\n\udc00 = []\nl = [\udfff]\n');
  add('line-separators', 'l = []\u2028l.append(l)\u2029del l\u000c\n');
  add('only-whitespace', ' \t\n\n\r\n   \u000c');
  add('empty', '');
  // Huge literals and arithmetic that a naive evaluator would try to compute.
  add('huge-int-literal', `x = 1${'0'.repeat(200_000)}\ny = x * x\nl = [y] * 3\n`);
  add('huge-power', 'x = 10**10**10\ny = 2**100000000\nz = 1 << 10**9\nl = [0] * (10**12)\ns = "a" * 10**15\n');
  add('huge-float-complex', 'x = 1e400 * 1e400\ny = 1j ** 10**9\nz = float("inf") - float("inf")\n');
  add('huge-repeat', 'l = [[]] * 10**9\nd = dict.fromkeys(range(10**12))\nt = tuple(range(10**10))\n');
  // Programs that never end or recurse without bound: the simulation must stop at its limits.
  add('while-true-cycles', 'while True:\n    l = []\n    l.append(l)\n');
  add('while-true-empty', 'while True:\n    pass\n');
  add('while-1-objects', 'class A:\n    pass\nwhile 1:\n    a = A()\n    a.me = a\n    b = {"a": a}\n');
  add('while-true-grow', 'acc = []\nwhile True:\n    acc.append([acc])\n');
  add('range-1e12-cycles', 'for i in range(10**12):\n    x = [i]\n    x.append(x)\n');
  add('range-1e12-nested', 'for i in range(10**12):\n    for j in range(10**12):\n        d = {}\n        d["d"] = d\n');
  add('range-1e12-comp', 'x = [[y] for y in range(10**12)]\n');
  add('itertools-count', 'import itertools\nfor i in itertools.count():\n    l = [i]\n    l.append(l)\n');
  add('infinite-generator', 'def g():\n    while True:\n        yield []\nfor x in g():\n    x.append(x)\n');
  add('recursion-unbounded', 'def f(n):\n    l = [n]\n    l.append(l)\n    return f(n + 1)\nf(0)\n');
  add('recursion-mutual', 'def f(n):\n    return g([n])\ndef g(x):\n    x.append(x)\n    return f(x)\nf(0)\n');
  add('recursion-deep-bounded', 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    if n == 0:\n        return []\n    l = f(n - 1)\n    l.append(l)\n    return l\nf(100000)\n');
  add('recursion-class', 'class A:\n    def __init__(self):\n        self.a = A()\nA()\n');
  add('recursion-del', 'class A:\n    def __del__(self):\n        A().me = A()\nwhile True:\n    a = A()\n    a.me = a\n    del a\n');
  add('recursion-repr', 'class A:\n    def __repr__(self):\n        return repr(self)\nl = [A()]\nl.append(l)\nprint(l)\n');
  add('recursion-lambda', 'f = lambda n: f(n + 1)\nf(0)\n');
  add('many-functions', Array.from({ length: 3000 }, (_, i) => `def f${i}(a):\n    l = [a]\n    l.append(l)\n    return f${(i + 1) % 3000}(l)\n`).join(''));
  add('many-classes', Array.from({ length: 2000 }, (_, i) => `class C${i}(C${Math.max(0, i - 1)}):\n    def m(self):\n        self.s = self\n`).join(''));
  add('gc-api-storm', 'import gc\nwhile True:\n    gc.collect()\n    gc.freeze()\n    gc.set_threshold(1, 1, 1)\n    gc.disable()\n    gc.enable()\n    gc.unfreeze()\n    l = []\n    l.append(l)\n');
  add('threshold-zero', 'import gc\ngc.set_threshold(0)\nfor i in range(10**9):\n    l = []\n    l.append(l)\n');
  add('threshold-one', 'import gc\ngc.set_threshold(1, 1, 1)\nfor i in range(10**9):\n    l = []\n    l.append(l)\n');
  return out;
}

/** `count` mutated inputs from the corpus, deterministic for `seed`, made one at a time. */
export function* mutatedInputs(seed: number, count: number, corpus: SeedFile[]): Generator<FuzzInput> {
  const rng = prng(seed);
  for (let i = 0; i < count; i++) {
    const base = corpus[rng.int(corpus.length)];
    let text = base.text;
    const kinds: string[] = [];
    for (let n = 1 + rng.int(3); n > 0; n--) {
      const [kind, t] = mutate(rng, text, corpus[rng.int(corpus.length)].text);
      kinds.push(kind);
      text = t;
    }
    yield { name: `${kinds.join('+')}-${base.name}-${seed}-${i}`, text };
  }
}

/** What a fuzz run feeds the engine: rebuilt identically in the main thread and in the worker. */
export interface InputSpec { seed: number; count: number; stdlibMax: number }

/** The hostile programs, then `spec.count` mutations; lazily, so long runs never hold them all. */
export function* fuzzInputs(spec: InputSpec): Generator<FuzzInput> {
  yield* hostileInputs();
  yield* mutatedInputs(spec.seed, spec.count, loadCorpus(spec.stdlibMax).files);
}

export function inputAt(spec: InputSpec, index: number): FuzzInput {
  let i = 0;
  for (const input of fuzzInputs(spec)) if (i++ === index) return input;
  throw new Error(`no fuzz input ${index}`);
}
