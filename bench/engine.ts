// Engine benchmark (bundled to out/bench/engine.cjs by esbuild): simulated allocation events per
// second at the heap, and loop acceleration on a cycle-making loop. Prints tab-separated rows:
// figure, value, target, meets ('' when there is no target).
import fs from 'node:fs';
import path from 'node:path';
import { Heap } from '../engine/src/sim/heap';
import { Span } from '../engine/src/text';
import { createPythonParser, analyzeText } from '../engine/src/index';

const site = Span.create(0, 0, 0, 1);
const listSpec = { category: 'list' as const, typeName: 'list', site };

function rate(label: string, n: number, body: (h: Heap) => void): number {
  const h = new Heap('G312', { recordObjects: false });
  body(h); // warm-up on a small heap
  const h2 = new Heap('G312', { recordObjects: false });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) body(h2);
  const seconds = (performance.now() - t0) / 1000;
  void label;
  return n / seconds;
}

const n = 4_000_000;
const shortLived = rate('short-lived', n, (h) => h.decref(h.alloc(listSpec)));
const cyclic = rate('cyclic', n, (h) => {
  const id = h.alloc(listSpec);
  h.addEdge(id, id);
  h.decref(id);
  h.checkpoint(); // 3.12+ collects at eval-breaker check points, as at a loop back-edge
});
const out: string[] = [];
out.push(`heap: short-lived allocations (alloc + refcount free) per second\t${(shortLived / 1e6).toFixed(1)} M\t>= 40 M\t${shortLived >= 40e6}`);
out.push(`heap: cycle-making allocations (alloc + self edge + drop, collected by GC) per second\t${(cyclic / 1e6).toFixed(1)} M\t>= 40 M\t${cyclic >= 40e6}`);

async function programFigures(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const parser = await createPythonParser({
    runtime: fs.readFileSync(path.join(root, 'dist/web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'dist/tree-sitter-python.wasm')),
  });
  const program = (count: string) =>
    `import gc\n\ndef make():\n    item = []\n    item.append(item)\n\nfor _ in range(${count}):\n    make()\nprint(gc.collect())\n`;
  const run = (count: string) => {
    const t0 = performance.now();
    const { analysis, parsed } = analyzeText(parser, 'loop.py', program(count), { python: '3.12', limits: { maxSteps: 1e12, maxTicks: 1e12 } });
    const ms = performance.now() - t0;
    parsed.delete();
    return { ms, sim: analysis.simulation };
  };
  const big = run('10**9');
  const small = run('10**5');
  const ticks = small.sim?.ticks ?? 0;
  out.push(`program: range(10**9) cycle-making loop, simulate time (ms)\t${big.ms.toFixed(1)}\t<= 100 ms\t${big.sim !== null && big.ms <= 100 && big.sim.limitHit === null}`);
  if (big.sim && small.sim) {
    const perIterMs = small.ms / 1e5;
    const factor = (perIterMs * 1e9) / big.ms;
    out.push(`program: loop acceleration factor (brute-force time per iteration x 10**9 / accelerated time)\t${factor.toExponential(2)}\t-\t`);
    out.push(`program: simulated GC allocations per second (range(10**5) run)\t${((ticks / small.ms) * 1000 / 1e6).toFixed(1)} M\t-\t`);
  }
  parser.delete();
}

programFigures()
  .catch((e) => out.push(`program figures\tfailed: ${String(e).slice(0, 200)}\t-\tfalse`))
  .finally(() => console.log(out.join('\n')));
