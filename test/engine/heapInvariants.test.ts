// Randomised check of section 5.1 against an independent oracle: after arbitrary reference
// changes, a full collection frees exactly the objects no external reference reaches (plain
// graph reachability computed here), and refcount deaths never free a reachable object.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../../engine/src/sim/heap';
import type { ProfileKey } from '../../engine/src/sim/heapApi';
import { Span } from '../../engine/src/text';

const LIST = { category: 'list' as const, typeName: 'list', site: Span.none };

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(p: ProfileKey, seed: number): void {
  const r = rng(seed);
  const h = new Heap(p);
  h.disable();
  const ext = new Map<number, number>(); // external references the "interpreter" holds
  const edges = new Map<number, number[]>(); // the oracle's own copy of the graph
  const ids: number[] = [];
  for (let step = 0; step < 3000; step++) {
    const alive = ids.filter((id) => h.isAlive(id));
    const pick = () => alive[Math.floor(r() * alive.length)]!;
    const op = r();
    if (op < 0.3 || alive.length < 2) {
      const id = h.alloc(LIST);
      ids.push(id);
      ext.set(id, 1);
      edges.set(id, []);
    } else if (op < 0.65) {
      const a = pick(), b = pick();
      h.addEdge(a, b);
      edges.get(a)!.push(b);
    } else if (op < 0.8) {
      const a = pick();
      const out = edges.get(a)!;
      if (out.length > 0) {
        const b = out.splice(Math.floor(r() * out.length), 1)[0]!;
        h.removeEdge(a, b);
      }
    } else {
      const held = [...ext.keys()];
      if (held.length === 0) continue;
      const a = held[Math.floor(r() * held.length)]!;
      const n = ext.get(a)! - 1;
      if (n === 0) ext.delete(a);
      else ext.set(a, n);
      h.decref(a);
    }
    if (step % 500 === 499) h.collect(Math.floor(r() * 3));
  }
  // Oracle: reachable from externally held objects through the edges of live objects.
  const reach = new Set<number>();
  const stack = [...ext.keys()];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (reach.has(x)) continue;
    reach.add(x);
    for (const y of edges.get(x) ?? []) stack.push(y);
  }
  for (const x of reach) assert.ok(h.isAlive(x), `${p}/${seed}: reachable object ${x} was freed`);
  const garbage = ids.filter((id) => h.isAlive(id) && !reach.has(id)).length;
  assert.equal(h.collect(2), garbage, `${p}/${seed}: full collection frees exactly the unreachable objects`);
  for (const id of ids) assert.equal(h.isAlive(id), reach.has(id), `${p}/${seed}: object ${id}`);
}

test('5.1 full collections free exactly what no external reference reaches (randomised, every profile)', () => {
  for (const p of ['G38', 'G39', 'G311', 'G312', 'G313', 'I3140', 'I3141', 'G3145', 'G315'] as ProfileKey[]) {
    for (let seed = 1; seed <= 6; seed++) run(p, seed);
  }
});
