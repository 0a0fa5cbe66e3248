// The seed program (examples/000): five calls each strand a self-referencing list; the second
// gc.collect() returns 5 on every version (GC notes 5.4, row "5 self-referencing lists (seed
// program)"; recorded by the oracle for 3.8-3.13 as explicitCollects [0, 5]).
import test from 'node:test';
import assert from 'node:assert/strict';
import { VERSIONS, collects, garbageLines, run } from './interpHarness';

const SEED = `
import gc  # The seed
count = 0
def first_class_cycle():
    list_item = [0]*5
    list_item[count] = list_item
garbage = gc.collect()
print("Garbage collector: collected %d objects." % garbage)
for count in range(5):
    first_class_cycle()
garbage = gc.collect()
print("Garbage collector: collected %d objects." % garbage)
`;

for (const v of VERSIONS) {
  test(`seed program returns [0, 5] on ${v}`, async () => {
    const r = await run(SEED, v);
    assert.deepEqual(collects(r), [0, 5]);
    assert.deepEqual(garbageLines(r), [3], 'the lists allocated on line 4 (0-based 3)');
    assert.equal(r.simulation.limitHit, null);
  });
}

test('seed program timeline: the 5 stranded lists are cyclic garbage until the second collect', async () => {
  const r = await run(SEED, '3.12');
  assert.equal(r.simulation.work.peakCyclicGarbage, 5);
  const groups = r.garbage.filter((g) => g.foundBy !== 'exit');
  assert.equal(groups.length, 5, 'one group per list');
  // Each list became garbage when first_class_cycle returned: at the call on line 9 (0-based 8).
  assert.deepEqual([...new Set(groups.map((g) => g.becameGarbageAt?.line))], [8]);
});
