// Reading tools/tracer.py's JSON (what a real interpreter did) into the comparison the timeline
// shows next to the prediction. Pure: the command in commands.ts runs the tracer.

import type { ComparisonDTO } from './timeline/protocol';

export function parseTracerOutput(stdout: string): ComparisonDTO {
  let raw: unknown;
  try {
    raw = JSON.parse(stdout);
  } catch {
    throw new Error('the tracer did not print JSON');
  }
  const o = raw as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o.python !== 'string' || !Array.isArray(o.explicitCollects) || !Array.isArray(o.collections)) {
    throw new Error('the tracer output lacks python / explicitCollects / collections');
  }
  const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : NaN);
  return {
    implementation: typeof o.implementation === 'string' ? o.implementation : `cpython ${o.python}`,
    python: o.python,
    explicitCollects: (o.explicitCollects as Record<string, unknown>[]).map((e) => ({
      line: num(e.line), generation: num(e.generation), returned: num(e.returned),
    })),
    collections: (o.collections as Record<string, unknown>[]).map((c) => ({
      generation: num(c.generation), collected: num(c.collected), uncollectable: num(c.uncollectable), trigger: String(c.trigger),
    })),
  };
}
