// Accuracy benchmark (bundled to out/bench/accuracy.cjs): precision and recall of cyclic-garbage
// diagnostics at the level of allocation sites, against the allocation lines of the objects real
// CPython's collector reclaimed (test/corpus recordings), over every recorded version.
import { createPythonParser } from '../engine/src/index';
import { compareCase, loadCases, readWasm, repoRoot, VERSIONS } from '../tools/differential/compare';

async function main(): Promise<void> {
  const root = repoRoot(__dirname);
  const parser = await createPythonParser(readWasm(root));
  const cases = loadCases(root).filter((c) => c.recording);
  const total = { tp: 0, fp: 0, fn: 0, exact: 0, n: 0 };
  const rows: string[] = [];
  for (const v of VERSIONS) {
    const mine = cases.filter((c) => c.version === v);
    if (mine.length === 0) {
      rows.push(`sites ${v}\tno recordings\t-\t`);
      continue;
    }
    let tp = 0, fp = 0, fn = 0, exact = 0;
    for (const c of mine) {
      const o = compareCase(parser, c);
      tp += o.siteCounts.truePos; fp += o.siteCounts.falsePos; fn += o.siteCounts.falseNeg;
      if (o.explicitExact) exact++;
    }
    total.tp += tp; total.fp += fp; total.fn += fn; total.exact += exact; total.n += mine.length;
    const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
    rows.push(`sites ${v}: precision / recall (${mine.length} programs)\t${p.toFixed(3)} / ${r.toFixed(3)}\t>= 0.97 / 0.98\t${p >= 0.97 && r >= 0.98}`);
    rows.push(`explicit gc.collect() results exact ${v}\t${exact}/${mine.length}\t all\t${exact === mine.length}`);
  }
  const p = total.tp / Math.max(1, total.tp + total.fp), r = total.tp / Math.max(1, total.tp + total.fn);
  rows.unshift(`cyclic-garbage sites, all versions: precision / recall\t${p.toFixed(3)} / ${r.toFixed(3)}\t>= 0.97 / 0.98\t${p >= 0.97 && r >= 0.98}`);
  console.log(rows.join('\n'));
  parser.delete();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
