// Loop acceleration must not change results: for loops that make cycles and loops that do not,
// an accelerated run equals the brute-force run (collections expanded by their repeat counts,
// explicit collects, GC allocations, final counts) on several versions; a 10**9 loop finishes.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { SimResult } from '../../engine/src/sim/simulate';
import { run } from './interpHarness';

/** Everything observable about the collector's history, with repeated records expanded. */
function history(r: SimResult) {
  const colls: string[] = [];
  for (const c of r.simulation.collections) {
    for (let i = 0; i < (c.repeat ?? 1); i++) colls.push(`${c.generation}/${c.trigger}/${c.collected}/${c.uncollectable}`);
  }
  return {
    colls,
    explicit: r.simulation.explicitCollects.map((c) => c.returned),
    ticks: r.simulation.ticks,
    finalCount: r.simulation.finalCount,
    exit: r.garbage.filter((g) => g.foundBy === 'exit').reduce((a, g) => a + g.objects.length, 0),
  };
}

const PROGRAMS: Record<string, (n: number) => string> = {
  'self-referencing lists (cyclic garbage)': (n) => `
import gc
def churn(i):
    cell = [i]
    cell.append(cell)
for i in range(${n}):
    churn(i)
print(gc.collect())
`,
  'two-instance cycles': (n) => `
import gc
class Node:
    def __init__(self):
        self.other = None
def pair():
    a = Node(); b = Node()
    a.other = b; b.other = a
for i in range(${n}):
    pair()
print(gc.collect())
`,
  'short-lived lists (no cycles)': (n) => `
import gc
total = 0
for i in range(${n}):
    x = [i, i]
    total += len(x)
print(gc.collect(), total)
`,
  'alternating branch (i % 2)': (n) => `
import gc
keep = None
for i in range(${n}):
    if i % 2 == 0:
        l = []
        l.append(l)
    else:
        d = {}
print(gc.collect())
`,
};

for (const [name, prog] of Object.entries(PROGRAMS)) {
  for (const v of ['3.8', '3.11', '3.12', '3.13', '3.14.2', '3.15']) {
    for (const n of v === '3.8' || v === '3.13' ? [10_000, 100_000] : [10_000]) {
      test(`accelerated = brute force: ${name}, N=${n}, ${v}`, async () => {
        const fast = await run(prog(n), v);
        const slow = await run(prog(n), v, { limits: { maxSteps: 1e8 } }, { accelerate: false });
        assert.equal(slow.simulation.limitHit, null);
        assert.equal(fast.simulation.limitHit, null);
        assert.deepEqual(history(fast), history(slow));
      });
    }
  }
}

test('counters advanced over skipped periods (total += 2 per iteration)', async () => {
  const src = PROGRAMS['short-lived lists (no cycles)']!(100_000) + 'assert total == 200000\nx = [total]\n';
  const fast = await run(src, '3.12');
  assert.equal(fast.uncertain.filter((u) => u.reason.includes('assumed')).length, 0);
});

test('a 10**9-iteration loop finishes (accelerated)', async () => {
  const r = await run(PROGRAMS['self-referencing lists (cyclic garbage)']!(1_000_000_000), '3.12');
  assert.equal(r.simulation.limitHit, null);
  const total = r.simulation.collections.filter((c) => c.trigger === 'threshold').reduce((a, c) => a + c.collected * (c.repeat ?? 1), 0);
  assert.equal(total + r.simulation.explicitCollects[0]!.returned, 1_000_000_000);
});

test('a loop calling gc.collect() reports every call (not accelerated away)', async () => {
  const src = `
import gc
def churn():
    l = []
    l.append(l)
for i in range(300):
    churn()
    gc.collect()
`;
  const r = await run(src, '3.12');
  // 5.4 row 1: each self-referencing list collects as 1.
  assert.deepEqual(r.simulation.explicitCollects.map((c) => c.returned), new Array(300).fill(1));
});
