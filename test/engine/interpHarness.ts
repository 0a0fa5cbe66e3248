// Shared set-up for the interpreter tests: real Python source through the real extractor, then
// simulateProgram on the real heap. Expected numbers in the tests come from CPython measurements
// (the GC notes' tables, cited per case), never from running gcscope.
import { simulateProgram, simulateFunction, type SimResult, type SimTuning } from '../../engine/src/sim/simulate';
import type { AnalyzeOptions } from '../../engine/src/api';
import { dedent, extract } from './extractHarness';

/** Every CPython line the notes measured (3.14.2 is the Pyodide reference, profile I3141). */
export const VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14.2', '3.15'] as const;
export type Version = (typeof VERSIONS)[number];

export async function run(source: string, python: string, opts: Partial<AnalyzeOptions> = {}, tuning: SimTuning = {}): Promise<SimResult> {
  const m = await extract(dedent(source));
  if (m.problems.some((p) => p.severity === 'error')) throw new Error(m.problems.map((p) => p.message).join('; '));
  return simulateProgram(m, { python, ...opts }, tuning);
}

export async function runFunction(source: string, fnName: string, python: string): Promise<SimResult> {
  const m = await extract(dedent(source));
  const fn = m.functions.find((f) => f.qualname === fnName);
  if (!fn) throw new Error(`no function ${fnName}`);
  return simulateFunction(m, fn.id, { python });
}

/** The values the program's gc.collect() calls returned, in order. */
export function collects(r: SimResult): number[] {
  return r.simulation.explicitCollects.map((c) => c.returned);
}

/** Type names of the garbage groups, each sorted, for readable failures. */
export function garbageTypes(r: SimResult): string[][] {
  return r.garbage.map((g) => g.objects.map((id) => r.heap.objectInfo(id)?.typeName ?? '?').sort());
}

/** 0-based lines of the allocation sites that ended up as GC garbage. */
export function garbageLines(r: SimResult): number[] {
  const lines = new Set<number>();
  for (const g of r.garbage) for (const id of g.objects) lines.add(r.heap.objectInfo(id)!.site.line);
  return [...lines].sort((a, b) => a - b);
}
