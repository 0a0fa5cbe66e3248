// The differential comparison of gcscope's simulator with recorded CPython behaviour: loads the
// corpus (test/corpus/*.py + expected/NAME.VERSION.json, made by tools/record.mjs), runs the engine
// on each program under each recorded version and lists every way its result differs from CPython.
// Shared by test/engine/differential.test.ts and tools/update-known-failures.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText, type PythonParser } from '../../engine/src/index';

/** Every interpreter the corpus is meant to be recorded under (file suffix = engine version name). */
export const VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14.2', '3.15'] as const;

/** A case whose engine run takes longer than this is cancelled and counted as a failure. */
export const CASE_BUDGET_MS = 10_000;

export interface Recording {
  program: string;
  python: string;
  explicitCollects: { line: number | null; generation: number; returned: number }[];
  autoCollections: [number, number, number] | null;
  collectedSites: { line: number | null; type: string; via: string; count: number; uncounted: number; atExit: number }[];
  error: string | null;
}

export interface Case {
  key: string; // NAME@VERSION
  name: string;
  version: string;
  file: string;
  text: string;
  recording: Recording | null; // null: no recording (the interpreter was missing when recording)
}

export interface Outcome {
  key: string;
  version: string;
  reasons: string[]; // empty: the engine matches CPython on every compared point
  explicitExact: boolean | null; // null: not compared (no simulation)
  autoWithin: boolean | null;
  siteCounts: { truePos: number; falsePos: number; falseNeg: number };
}

export function repoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gcscope') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no gcscope package.json above ${from}`);
    dir = up;
  }
}

export function loadCases(root: string): Case[] {
  const corpus = path.join(root, 'test', 'corpus');
  const cases: Case[] = [];
  for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith('.py')).sort()) {
    const name = file.replace(/\.py$/, '');
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    for (const version of VERSIONS) {
      const rec = path.join(corpus, 'expected', `${name}.${version}.json`);
      const recording = fs.existsSync(rec) ? (JSON.parse(fs.readFileSync(rec, 'utf8')) as Recording) : null;
      cases.push({ key: `${name}@${version}`, name, version, file: path.join(corpus, file), text, recording });
    }
  }
  return cases;
}

/** Loop programs are where automatic collections happen; there counts may differ by 5 %. */
function autoTolerance(recorded: number): number {
  return recorded >= 10 ? Math.floor(recorded * 0.05) : 0;
}

/** 0-based lines of the program's own allocation sites whose objects the collector counted. */
export function recordedSiteLines(rec: Recording): Set<number> {
  const lines = new Set<number>();
  for (const s of rec.collectedSites) {
    if (s.line !== null && s.via === 'program' && s.count - s.uncounted > 0) lines.add(s.line - 1);
  }
  return lines;
}

export function compareCase(parser: PythonParser, c: Case): Outcome {
  const rec = c.recording!;
  const out: Outcome = { key: c.key, version: c.version, reasons: [], explicitExact: null, autoWithin: null,
    siteCounts: { truePos: 0, falsePos: 0, falseNeg: 0 } };
  const expectedLines = recordedSiteLines(rec);
  if (rec.error) {
    out.reasons.push(`the recording has an error: ${rec.error}`);
    return out;
  }
  const deadline = Date.now() + CASE_BUDGET_MS;
  let analysis;
  try {
    analysis = analyzeText(parser, c.file, c.text, { python: c.version, isCancelled: () => Date.now() > deadline }).analysis;
  } catch (e) {
    out.reasons.push(`engine threw: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
    out.siteCounts.falseNeg = expectedLines.size;
    return out;
  }
  const sim = analysis.simulation;
  if (!sim) {
    out.reasons.push('engine returned no simulation');
  } else {
    if (sim.limitHit) out.reasons.push(`engine stopped early (${sim.limitHit.what})`);
    const want = rec.explicitCollects.map((e) => e.returned);
    const got = sim.explicitCollects.map((e) => e.returned);
    out.explicitExact = want.length === got.length && want.every((v, i) => v === got[i]);
    if (!out.explicitExact) out.reasons.push(`explicit collects returned [${got}], CPython [${want}]`);
    if (rec.autoCollections) {
      const auto = [0, 0, 0];
      for (const r of sim.collections) if (r.trigger !== 'explicit') auto[r.generation] += r.repeat ?? 1;
      out.autoWithin = rec.autoCollections.every((v, g) => Math.abs(auto[g] - v) <= autoTolerance(v));
      if (!out.autoWithin) out.reasons.push(`automatic collections per generation [${auto}], CPython [${rec.autoCollections}]`);
    }
  }
  const gotLines = new Set<number>();
  for (const f of analysis.findings) {
    if (f.kind !== 'cyclic-garbage') continue;
    for (const s of f.allocationSites) gotLines.add(s.span.line);
  }
  for (const l of gotLines) if (expectedLines.has(l)) out.siteCounts.truePos++; else out.siteCounts.falsePos++;
  for (const l of expectedLines) if (!gotLines.has(l)) out.siteCounts.falseNeg++;
  if (out.siteCounts.falsePos || out.siteCounts.falseNeg) {
    const show = (s: Set<number>) => [...s].sort((a, b) => a - b).map((l) => l + 1).join(',');
    out.reasons.push(`cyclic-garbage sites on lines [${show(gotLines)}], CPython [${show(expectedLines)}]`);
  }
  return out;
}

/** One line per version: how many cases match CPython exactly, and site precision/recall. */
export function summarize(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  for (const v of VERSIONS) {
    const mine = outcomes.filter((o) => o.version === v);
    if (mine.length === 0) continue;
    const n = mine.length;
    const count = (f: (o: Outcome) => boolean) => mine.filter(f).length;
    const tp = mine.reduce((s, o) => s + o.siteCounts.truePos, 0);
    const fp = mine.reduce((s, o) => s + o.siteCounts.falsePos, 0);
    const fn = mine.reduce((s, o) => s + o.siteCounts.falseNeg, 0);
    const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
    lines.push(`differential ${v}: ${count((o) => o.reasons.length === 0)}/${n} cases match; explicit collects exact ` +
      `${count((o) => o.explicitExact === true)}/${n}; automatic collections within 5% ${count((o) => o.autoWithin === true)}/${n}; ` +
      `sites precision ${pct(tp, tp + fp)} recall ${pct(tp, tp + fn)}`);
  }
  return lines;
}

export interface KnownFailures {
  about: string;
  entries: string[]; // "NAME@VERSION: reason"
}

export function readKnownFailures(root: string): Map<string, string> {
  const file = path.join(root, 'test', 'corpus', 'known-failures.json');
  const map = new Map<string, string>();
  if (!fs.existsSync(file)) return map;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as KnownFailures;
  for (const e of data.entries) {
    const at = e.indexOf(': ');
    map.set(at < 0 ? e : e.slice(0, at), at < 0 ? '' : e.slice(at + 2));
  }
  return map;
}

export function writeKnownFailures(root: string, outcomes: Outcome[]): number {
  const entries = outcomes.filter((o) => o.reasons.length > 0).map((o) => `${o.key}: ${o.reasons.join('; ')}`);
  const data: KnownFailures = {
    about: 'Corpus cases where the engine does not yet match recorded CPython. test/engine/differential.test.ts fails ' +
      'if a case listed here passes or one not listed fails. Regenerate with `node tools/update-known-failures.mjs` ' +
      'and review the diff: every removed line is a fix, every added line a regression.',
    entries,
  };
  fs.writeFileSync(path.join(root, 'test', 'corpus', 'known-failures.json'), JSON.stringify(data, null, 1) + '\n');
  return entries.length;
}

export function readWasm(root: string): { runtime: Uint8Array; python: Uint8Array } {
  return {
    runtime: fs.readFileSync(path.join(root, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm')),
    python: fs.readFileSync(path.join(root, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm', 'tree-sitter-python.wasm')),
  };
}
