// Hover explanations: for an allocation, what the simulation saw happen to the objects made there
// (tracked or not, generation, refcount, freed by refcount or by which collection); for a finding,
// why it survives; for a gc.* call, what it does and returns under the chosen CPython version.

import type { Explanation, ExplicitCollect, ObjectSummary } from '../api';
import type { Analysis } from '../analyze';
import { Span } from '../text';
import { ruleByCode } from './rules';

const DOCS = 'https://github.com/gcscope/gcscope/blob/main/docs/rules';

function smallest<T extends { span?: Span; site?: Span }>(items: T[], get: (t: T) => Span): T[] {
  if (items.length === 0) return items;
  const size = (s: Span) => (s.endLine - s.line) * 10_000 + (s.endCol - s.col);
  const best = Math.min(...items.map((i) => size(get(i))));
  return items.filter((i) => size(get(i)) === best);
}

function fate(objects: ObjectSummary[], analysis: Analysis): string[] {
  const sim = analysis.simulation!;
  const byRefcount = objects.filter((o) => o.death?.how === 'refcount');
  const byGc = objects.filter((o) => o.death?.how === 'gc');
  const alive = objects.filter((o) => o.death === null);
  const lines: string[] = [];
  if (byRefcount.length) {
    const where = byRefcount[0].death!.site;
    lines.push(`- ${byRefcount.length} freed by **reference counting** as soon as the last reference went${Span.isNone(where) ? '' : ` (first at line ${where.line + 1})`}.`);
  }
  if (byGc.length) {
    const perCollection = new Map<number, number>();
    for (const o of byGc) perCollection.set(o.death!.collection ?? -1, (perCollection.get(o.death!.collection ?? -1) ?? 0) + 1);
    const parts = [...perCollection].slice(0, 4).map(([index, n]) => {
      const c = sim.collections[index];
      if (!c) return `${n} by the cyclic GC`;
      const how = c.trigger === 'explicit' ? `explicit \`gc.collect()\`${Span.isNone(c.site) ? '' : ` at line ${c.site.line + 1}`}` : `automatic generation-${c.generation} collection after ${c.tick} GC allocations`;
      return `${n} by collection #${index + 1} (${how})`;
    });
    lines.push(`- ${byGc.length} survived their last reference inside a **reference cycle** and were freed only by the cyclic GC: ${parts.join('; ')}${perCollection.size > 4 ? '; …' : ''}.`);
  }
  if (alive.length) lines.push(`- ${alive.length} still alive when the program ends (module globals, or garbage no collection reached).`);
  return lines;
}

function describeCollect(c: ExplicitCollect, python: string): string {
  return `\`gc.collect(${c.generation === 2 ? '' : c.generation})\` returns **${c.returned}** here under CPython ${python}: the number of unreachable objects it found (collected + uncollectable).`;
}

export function explain(analysis: Analysis, line: number, col: number): Explanation | null {
  const sim = analysis.simulation;
  const sections: string[] = [];
  let span: Span | null = null;

  const findings = smallest(analysis.findings.filter((f) => Span.contains(f.span, line, col)), (f) => f.span);
  for (const f of findings) {
    span ??= f.span;
    const rule = ruleByCode(f.code);
    sections.push(`**${f.code} ${f.name}**: ${f.message}\n\n${rule?.summary ?? ''} [Docs](${DOCS}/${f.code}.md)`);
  }

  if (sim) {
    const collects = sim.explicitCollects.filter((c) => Span.contains(c.span, line, col));
    if (collects.length) {
      span ??= collects[0].span;
      const values = collects.map((c) => c.returned);
      sections.push(collects.length === 1 ? describeCollect(collects[0], sim.python)
        : `\`gc.collect()\` runs ${collects.length} times here under CPython ${sim.python}; it returns ${[...new Set(values)].slice(0, 8).join(', ')}.`);
    }
    const objects = smallest(sim.objects.filter((o) => !Span.isNone(o.site) && Span.contains(o.site, line, col)), (o) => o.site);
    if (objects.length) {
      span ??= objects[0].site;
      const program = analysis.program;
      const first = program?.heap.objectInfo(objects[0].id);
      const tracked = first ? (first.tracked || first.death !== null ? 'GC-tracked' : 'not tracked by the GC') : 'GC-tracked';
      const head = `**${objects[0].typeName}** allocated here: ${objects.length} object${objects.length > 1 ? 's' : ''} in this run (${tracked}; CPython ${sim.python}, threshold ${sim.threshold.join('/')}).`;
      const refcount = first && first.death === null ? `\n\nReference count now: ${first.refcount}; generation ${first.generation ?? '-'}.` : '';
      sections.push(`${head}${refcount}\n\n${fate(objects, analysis).join('\n')}`);
    }
  }
  if (!span || sections.length === 0) return null;
  return { span, markdown: sections.join('\n\n---\n\n') };
}
