// Heap-level reproductions of measured gc.collect() return values (section 5.4 of the GC notes),
// built through the HeapApi the way the interpreter builds the objects (no interpreter involved).
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { AllocSpec, ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const ALL: ProfileKey[] = ['G38', 'G39', 'G311', 'G312', 'G313', 'I3141', 'G3145', 'G315'];
const spec = (category: AllocSpec['category'], typeName: string, extra: Partial<AllocSpec> = {}): AllocSpec =>
  ({ category, typeName, site: Span.none, ...extra });

test('5.4 self-referencing list l.append(l): collect() returns 1 on every version', () => {
  for (const p of ALL) {
    const h = new Heap(p);
    const l = h.alloc(spec('list', 'list'));
    h.addEdge(l, l);
    h.decref(l); // the local goes away: only the cycle holds it
    assert.equal(h.collect(2), 1, p);
    assert.equal(h.isAlive(l), false, p);
  }
});
