// The gc-log TextMate grammar (syntaxes/gclog.tmLanguage.json) tokenised with vscode-textmate +
// vscode-oniguruma, as VS Code does, over real gc debug output recorded under CPython 3.8-3.15
// (test/fixtures/gclog). Each line shape of the collector's output gets its scopes checked.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES = path.join(ROOT, 'test/fixtures/gclog');

interface Token { text: string; scopes: string[] }

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.gclog') return null;
      const file = path.join(ROOT, 'syntaxes/gclog.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.gclog');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The innermost scope of the token whose text is exactly `text` (the nth such token). */
function scopeOf(tokens: Token[], text: string, nth = 0): string {
  const found = tokens.filter((t) => t.text === text)[nth];
  assert.ok(found, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found.scopes[found.scopes.length - 1];
}

const SHAPES = {
  collecting: /^gc: collecting generation (\d+)\.\.\.$/,
  generations: /^gc: objects in each generation: (\d+) (\d+) (\d+)$/,
  permanent: /^gc: objects in permanent generation: (\d+)$/,
  object: /^gc: (collectable|uncollectable) <(.+) (0x[0-9a-fA-F]+)>$/,
  done: /^gc: done, (\d+) unreachable, (\d+) uncollectable, (\d+\.\d{4})s elapsed$/,
  shutdown: /gc: (\d+) uncollectable objects at shutdown(; use gc\.set_debug\(gc\.DEBUG_UNCOLLECTABLE\) to list them)?$/,
};

test('gc-log grammar over recorded CPython output', async (t) => {
  const grammar = await loadGrammar();
  const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.gclog')).sort();
  assert.ok(samples.length >= 6, `samples: ${samples.join(', ')}`);
  const seenAnywhere = new Set<string>();
  for (const sample of samples) {
    await t.test(sample, () => {
      const text = fs.readFileSync(path.join(SAMPLES, sample), 'utf8');
      const lines = text.split('\n');
      const tokens = tokenize(grammar, text);
      const seen = new Set<string>();
      lines.forEach((line, i) => {
        const toks = tokens[i];
        for (const tok of toks) for (const s of tok.scopes) assert.ok(s.endsWith('.gclog'), `scope ${s} on line ${i + 1}`);
        let m: RegExpExecArray | null;
        if ((m = SHAPES.collecting.exec(line))) {
          seen.add('collecting');
          assert.equal(scopeOf(toks, m[1]), 'constant.numeric.generation.gclog');
          assert.equal(scopeOf(toks, 'gc:'), 'keyword.other.prefix.gclog');
        } else if ((m = SHAPES.generations.exec(line))) {
          seen.add('generations');
          const nums = toks.filter((tk) => tk.scopes.some((s) => s.startsWith('constant.numeric.count.generation')));
          assert.deepEqual(nums.map((tk) => tk.text), [m[1], m[2], m[3]]);
        } else if ((m = SHAPES.permanent.exec(line))) {
          seen.add('permanent');
          assert.equal(scopeOf(toks, m[1]), 'constant.numeric.count.permanent.gclog');
        } else if ((m = SHAPES.object.exec(line))) {
          seen.add(m[1]);
          assert.equal(scopeOf(toks, m[1]), m[1] === 'collectable' ? 'keyword.other.collectable.gclog' : 'invalid.deprecated.uncollectable.gclog');
          assert.equal(scopeOf(toks, m[2]), 'entity.name.type.gclog');
          assert.equal(scopeOf(toks, m[3]), 'constant.numeric.address.gclog');
        } else if ((m = SHAPES.done.exec(line))) {
          seen.add('done');
          assert.equal(scopeOf(toks, m[1]), 'constant.numeric.unreachable.gclog');
          // When both counts are equal the same text appears twice: the second is the uncollectable count.
          assert.equal(scopeOf(toks, m[2], m[1] === m[2] ? 1 : 0), 'constant.numeric.uncollectable.gclog');
          assert.equal(scopeOf(toks, m[3]), 'constant.numeric.elapsed.gclog');
        } else if ((m = SHAPES.shutdown.exec(line))) {
          seen.add('shutdown');
          assert.equal(scopeOf(toks, m[1]), 'constant.numeric.uncollectable.gclog');
          assert.ok(toks.every((tk) => tk.scopes.includes('meta.shutdown.gclog')));
          if (line.includes('ResourceWarning')) assert.equal(scopeOf(toks, 'ResourceWarning'), 'entity.name.type.warning.gclog');
        } else if (line.startsWith('      ')) {
          seen.add('garbage repr');
          assert.equal(scopeOf(toks, line.slice(6)), 'string.unquoted.garbage-repr.gclog');
        } else {
          // Anything else in a log (program output) is left unscoped.
          assert.ok(toks.every((tk) => tk.scopes.length === 1), `unexpected scopes on line ${i + 1}: ${line}`);
        }
      });
      for (const shape of ['collecting', 'generations', 'permanent', 'done']) assert.ok(seen.has(shape), `${sample} lacks ${shape}`);
      for (const shape of seen) seenAnywhere.add(shape);
    });
  }
  assert.deepEqual([...seenAnywhere].sort(), ['collectable', 'collecting', 'done', 'garbage repr', 'generations', 'permanent', 'shutdown', 'uncollectable']);
});

test('gc-log grammar leaves look-alike program output alone', async () => {
  const grammar = await loadGrammar();
  const [line] = tokenize(grammar, 'print: gc: collecting generation 2... (not at line start)');
  assert.ok(line.every((tk) => tk.scopes.length === 1 && tk.scopes[0] === 'source.gclog'));
});
