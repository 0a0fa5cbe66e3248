// Hover markdown for a position: the engine's explanation first; where it has nothing, the server's
// own summary of a finding's objects (refcount or which collection frees them); for `gc.*` calls,
// what the function does (and for gc.collect() what it returns in the simulated run).

import type { Hover } from 'vscode-languageserver';
import { explainAt, type Analysis, type Finding } from '../../../engine/src/index';
import { Span } from '../../../engine/src/text';
import { GC_API_DOCS } from '../gcApiDocs';
import { reportable } from '../reportable';
import type { Settings } from '../settings';

export function hoverFor(result: Analysis, settings: Settings, python: string, line: number, character: number, lineText: string): Hover | null {
  const parts: string[] = [];
  const explanation = explainAt(result, line, character);
  if (explanation) parts.push(explanation.markdown);
  else {
    for (const { finding } of reportable(result, settings)) {
      if (Span.contains(finding.span, line, character)) parts.push(describeFinding(result, finding));
    }
  }
  const call = gcCallAt(lineText, character);
  if (call) parts.push(describeGcCall(result, call, line, python, explanation === null));
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}

/** `gc.name(` on the line, if the cursor is on it. */
export function gcCallAt(lineText: string, character: number): string | null {
  for (const m of lineText.matchAll(/\bgc\s*\.\s*([A-Za-z_]\w*)/g)) {
    const start = m.index ?? 0;
    if (character >= start && character <= start + m[0].length && m[1] in GC_API_DOCS) return m[1];
  }
  return null;
}

function describeGcCall(analysis: Analysis, name: string, line: number, python: string, withResult: boolean): string {
  let text = `**gc.${name}()** — ${GC_API_DOCS[name]}`;
  if (withResult && name === 'collect' && analysis.simulation) {
    const here = analysis.simulation.explicitCollects.filter((c) => c.span.line === line);
    if (here.length > 0) {
      const shown = here.slice(0, 10).map((c) => `${c.returned} (generation ${c.generation})`).join(', ');
      const more = here.length > 10 ? `, … (${here.length} calls)` : '';
      text += `\n\nIn the simulated run on CPython ${python} this call returns ${shown}${more}.`;
    } else {
      text += `\n\nThe simulated run on CPython ${python} never reaches this call.`;
    }
  }
  return text;
}

/** The fate of a finding's objects, in the simulated whole-program run. */
function describeFinding(analysis: Analysis, finding: Finding): string {
  const text = `**${finding.code} ${finding.name}** — ${finding.message}`;
  const sim = analysis.simulation;
  if (!sim) return text;
  const sites = finding.allocationSites.length > 0 ? finding.allocationSites.map((s) => s.span) : [finding.span];
  const objects = sim.objects.filter((o) => !Span.isNone(o.site) && sites.some((s) => Span.contains(s, o.site.line, o.site.col)));
  if (objects.length === 0) return text;
  const byRefcount = objects.filter((o) => o.death?.how === 'refcount').length;
  const never = objects.filter((o) => o.death === null).length;
  const byCollection = new Map<number, number>();
  for (const o of objects) {
    if (o.death?.how === 'gc' && o.death.collection !== null) byCollection.set(o.death.collection, (byCollection.get(o.death.collection) ?? 0) + 1);
  }
  const lines: string[] = [];
  lines.push(`In the simulated run on CPython ${sim.python}, ${objects.length} \`${objects[0].typeName}\` object(s) are allocated here.`);
  if (byRefcount > 0) lines.push(`- ${byRefcount} freed by reference counting (refcount reached zero).`);
  for (const [index, count] of byCollection) {
    const c = sim.collections.find((r) => r.index === index);
    const where = c && !Span.isNone(c.site) ? ` at line ${c.site.line + 1}` : '';
    const how = c?.trigger === 'explicit' ? `explicit \`gc.collect()\`${where}` : `automatic collection${where}`;
    lines.push(`- ${count} kept alive by the cycle (their refcount never reaches zero) and freed by the cyclic GC in collection #${index + 1}: ${how}, generation ${c?.generation ?? '?'}.`);
  }
  if (never > 0) lines.push(`- ${never} still alive when the program ends (freed at interpreter shutdown, if at all).`);
  return `${text}\n\n${lines.join('\n')}`;
}
