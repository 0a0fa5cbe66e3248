// Lint mode (simulateFunction): one function called on its own with opaque arguments. A 5.4
// scenario function called alone strands exactly what the probe measured (GC notes 5.4: each
// scenario ran in its own function, then gc.collect() counted what it left), so the exit
// collection of the lint run must find that many objects. Arguments are the caller's: never garbage.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { SimResult } from '../../engine/src/sim/simulate';
import { VERSIONS, runFunction } from './interpHarness';

function exitGarbage(r: SimResult): number {
  return r.garbage.filter((g) => g.foundBy === 'exit').reduce((a, g) => a + g.objects.length, 0);
}

const PRELUDE = `
import gc, sys
class A:
    pass
class Meth:
    def m(self):
        pass
def _inner_raise():
    raise ValueError("x")
`;

const ROWS: [string, string, number[]][] = [
  ['self-referencing list', 'l = []\n    l.append(l)', [1, 1, 1, 1, 1, 1, 1, 1]],
  ['two instances', 'a = A(); b = A()\n    a.other = b; b.other = a', [4, 4, 4, 2, 2, 2, 2, 2]],
  ['closure referring to itself', 'def f():\n        return f', [3, 3, 3, 3, 3, 3, 3, 3]],
  ['bound method stored on self', 'o = Meth()\n    o.cb = o.m', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['same, exception raised in a callee', 'try:\n        _inner_raise()\n    except ValueError as e:\n        err = e', [6, 6, 6, 6, 6, 6, 5, 5]],
  ['class defined in a function, no methods', 'class Tmp:\n        pass', [6, 6, 6, 6, 6, 6, 5, 4]],
];

for (const [row, body, expected] of ROWS) {
  const src = `${PRELUDE}\ndef scenario():\n    ${body}\n`;
  VERSIONS.forEach((v, i) => {
    test(`lint: 5.4 "${row}" alone on ${v} strands ${expected[i]} objects`, async () => {
      const r = await runFunction(src, 'scenario', v);
      assert.equal(r.simulation.limitHit, null);
      assert.equal(exitGarbage(r), expected[i]);
    });
  });
}

test('lint: arguments belong to the caller, cycles through them are not garbage', async () => {
  const src = `
class Node:
    pass
def link(a, b):
    a.peer = b
    b.peer = a
    tmp = [a]
    tmp.append(tmp)
`;
  const r = await runFunction(src, 'link', '3.12');
  // Only the self-referencing list (5.4 row 1: 1 object) is stranded; a and b are held by the caller.
  assert.equal(exitGarbage(r), 1);
  const types = r.garbage.flatMap((g) => g.objects.map((id) => r.heap.objectInfo(id)!.typeName));
  assert.deepEqual(types, ['list']);
});

test('lint: objects handed to unknown code are marked escaped', async () => {
  const src = `
import somelib
def hand_off():
    l = []
    l.append(l)
    somelib.register(l)
`;
  const r = await runFunction(src, 'hand_off', '3.12');
  const list = r.garbage.flatMap((g) => g.objects).find((id) => r.heap.objectInfo(id)!.typeName === 'list');
  assert.ok(list !== undefined && r.escaped.has(list), 'the list may be kept by somelib');
});
