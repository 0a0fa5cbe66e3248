// Engine <-> LSP conversions: spans to ranges, findings to diagnostics (fixes ride along in
// diagnostic.data so code actions need no recomputation), simulations to the timeline DTO.
// The only file where engine types meet LSP types.

import {
  type CodeAction, CodeActionKind, type Diagnostic, type DiagnosticRelatedInformation, DiagnosticSeverity, type Range, type TextEdit,
} from 'vscode-languageserver';
import type { Finding, Severity, Simulation } from '../../engine/src/index';
import type { ExtractProblem } from '../../engine/src/ir';
import { SUPPORTED_PYTHONS } from '../../engine/src/sim/versions';
import { Span } from '../../engine/src/text';
import type { CollectionDTO, TimelineDTO, WireRange } from './protocol';

export const DOCS_BASE = 'https://github.com/gcscope/gcscope/blob/main/docs/rules/';
export const SOURCE = 'gcscope';

export function spanToRange(span: Span): Range {
  return { start: { line: span.line, character: span.col }, end: { line: span.endLine, character: span.endCol } };
}

export function optionalRange(span: Span): WireRange | null {
  return Span.isNone(span) ? null : spanToRange(span);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a gcscope diagnostic carries in `data`: its fixes as ready-made LSP edits. */
export interface DiagnosticData {
  code: string;
  fixes: { title: string; edits: TextEdit[]; isPreferred: boolean }[];
}

export function findingToDiagnostic(finding: Finding, severity: Severity, uri?: string): Diagnostic {
  const data: DiagnosticData = {
    code: finding.code,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: spanToRange(e.span), newText: e.newText })),
      isPreferred: fix.isPreferred ?? false,
    })),
  };
  return {
    range: spanToRange(finding.span),
    severity: SEVERITY[severity],
    code: finding.code,
    codeDescription: { href: `${DOCS_BASE}${finding.code}.md` },
    source: SOURCE,
    message: finding.message,
    // Where the cycle closes and where it becomes garbage, shown under the diagnostic.
    ...(uri && finding.related.length > 0 ? { relatedInformation: relatedInformation(uri, finding) } : {}),
    data,
  };
}

/** A cycle of many objects lists the same site many times: show each place once, at most ten. */
function relatedInformation(uri: string, finding: Finding): DiagnosticRelatedInformation[] {
  const seen = new Set<string>();
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const key = `${Span.key(r.span)}|${r.message}`;
    if (Span.isNone(r.span) || seen.has(key) || out.length >= 10) continue;
    seen.add(key);
    out.push({ location: { uri, range: spanToRange(r.span) }, message: r.message });
  }
  return out;
}

/**
 * Extraction problems (syntax errors mid-edit, constructs not modelled) are shown quietly:
 * the Python language server already reports syntax errors loudly.
 */
export function problemToDiagnostic(problem: ExtractProblem): Diagnostic {
  const range = Span.isNone(problem.site) ? spanToRange(Span.create(0, 0, 0, 0)) : spanToRange(problem.site);
  return {
    range,
    severity: problem.severity === 'info' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information,
    source: SOURCE,
    message: problem.message,
  };
}

export function isDiagnosticData(x: unknown): x is DiagnosticData {
  return typeof x === 'object' && x !== null && typeof (x as DiagnosticData).code === 'string'
    && Array.isArray((x as DiagnosticData).fixes);
}

export function fixActions(uri: string, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  return data.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred,
    edit: { changes: { [uri]: fix.edits } },
  }));
}

/** A collection can free millions of objects from a handful of lines: send one entry per type and site. */
function groupFreed(ids: number[], objects: Map<number, Simulation['objects'][number]>): CollectionDTO['freed'] {
  const groups = new Map<string, CollectionDTO['freed'][number]>();
  for (const id of ids) {
    const o = objects.get(id);
    const typeName = o?.typeName ?? 'object';
    const key = `${typeName}|${o ? Span.key(o.site) : '-'}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { id, typeName, range: o ? optionalRange(o.site) : null, count: 1 });
  }
  return [...groups.values()];
}

/** The timeline DTO for the webview, built field by field from the engine's Simulation. */
export function simulationToTimeline(sim: Simulation, uri: string, notes: string[]): TimelineDTO {
  const objects = new Map(sim.objects.map((o) => [o.id, o]));
  const collections: CollectionDTO[] = sim.collections.map((c) => ({
    index: c.index,
    tick: c.tick,
    generation: c.generation,
    trigger: c.trigger,
    range: optionalRange(c.site),
    collected: c.collected,
    uncollectable: c.uncollectable,
    examined: c.examined,
    repeat: c.repeat ?? 1,
    freed: groupFreed(c.freed, objects),
  }));
  if (sim.truncated) notes.push('The object list was capped: some freed objects are not listed.');
  return {
    uri,
    python: sim.python,
    profile: sim.profile,
    threshold: [sim.threshold[0], sim.threshold[1], sim.threshold[2]],
    ticks: sim.ticks,
    explicitCollects: sim.explicitCollects.map((e) => ({
      range: optionalRange(e.span), generation: e.generation, returned: e.returned,
    })),
    collections,
    series: sim.timeline.map((p) => ({ tick: p.tick, live: p.live, cyclicGarbage: p.cyclicGarbage })),
    finalCount: [sim.finalCount[0], sim.finalCount[1], sim.finalCount[2]],
    truncated: sim.truncated,
    limitHit: sim.limitHit ? { what: sim.limitHit.what, range: optionalRange(sim.limitHit.site) } : null,
    notes,
    supportedPythons: [...SUPPORTED_PYTHONS],
  };
}
