// Manual-GC policies are what-ifs; each is checked against the CPython program that does the same
// thing by hand, with numbers from the GC notes: 3.1 (gc.disable() stops automatic collections
// only), 3.4 (freeze: never collected), 5.4 row 1 (a self-referencing list collects as 1), and the
// oracle recording of examples/121 (set_threshold(50, 5, 5): automatic [7, 1, 0] on 3.8-3.13).
import test from 'node:test';
import assert from 'node:assert/strict';
import { collects, run } from './interpHarness';

const LOOP = `
import gc
def churn(i):
    cell = [i]
    cell.append(cell)
for i in range(1000):
    churn(i)
print("explicit:", gc.collect())
`;

for (const v of ['3.8', '3.12', '3.13', '3.14.2', '3.15']) {
  test(`disabled on ${v}: no automatic collection, the explicit collect finds all 1000 lists (3.1)`, async () => {
    const r = await run(LOOP, v, { policy: { kind: 'disabled' } });
    assert.equal(r.simulation.collections.filter((c) => c.trigger === 'threshold').length, 0);
    assert.deepEqual(collects(r), [1000]);
  });

  test(`atFunctionExit churn on ${v}: every call's collection frees its 1 list (5.4 row 1)`, async () => {
    const r = await run(LOOP, v, { policy: { kind: 'atFunctionExit', functions: ['churn'] } });
    const policy = r.simulation.collections.filter((c) => c.trigger === 'policy');
    assert.equal(policy.reduce((a, c) => a + (c.repeat ?? 1), 0), 1000);
    assert.ok(policy.every((c) => c.collected === 1));
    assert.deepEqual(collects(r), [0]);
  });

  test(`atEnd on ${v}: only the end-of-program collection, after the explicit one found all (3.1)`, async () => {
    const r = await run(LOOP, v, { policy: { kind: 'atEnd' } });
    assert.equal(r.simulation.collections.filter((c) => c.trigger === 'threshold').length, 0);
    assert.deepEqual(collects(r), [1000]);
  });
}

for (const v of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
  test(`thresholds (50, 5, 5) on ${v} = examples/121 recorded: automatic [7, 1, 0]`, async () => {
    const src = `
import gc
def cycle(i):
    d = {"i": i}
    d["me"] = d
gc.collect()
for i in range(1000):
    cycle(i)
print("explicit:", gc.collect())
`;
    const r = await run(src, v, { policy: { kind: 'thresholds', thresholds: [50, 5, 5] } });
    const auto = [0, 0, 0];
    for (const c of r.simulation.collections) if (c.trigger === 'threshold') auto[c.generation] += c.repeat ?? 1;
    assert.deepEqual(auto, [7, 1, 0]);
    assert.deepEqual(r.simulation.threshold, [50, 5, 5]);
  });
}

test('freezeAt: objects alive at the freeze line are never collected (3.4)', async () => {
  const src = `
import gc
gc.disable()
l = []
l.append(l)
del l
x = 1
print(gc.collect())
`;
  const plain = await run(src, '3.12');
  assert.deepEqual(collects(plain), [1]);
  const frozen = await run(src, '3.12', { policy: { kind: 'freezeAt', line: 6 } });
  assert.deepEqual(collects(frozen), [0]);
});

test('every N ticks: periodic full collections labelled policy', async () => {
  const r = await run(LOOP, '3.12', { policy: { kind: 'every', ticks: 100 } });
  const policy = r.simulation.collections.filter((c) => c.trigger === 'policy');
  assert.ok(policy.length >= 9, `${policy.length} policy collections`);
  assert.ok(policy.every((c) => c.generation === 2));
});
