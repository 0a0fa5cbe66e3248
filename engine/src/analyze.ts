// The analysis pipeline: text -> parse + extract -> simulate (the whole program from its first line,
// and each function on its own with unknown arguments, as a linter would) -> findings.
// One call for the server and the CLI, so both give the same findings.

import type { AnalyzeOptions, Explanation, Finding, Simulation } from './api';
import type { Expr, ExtractProblem, Module, Stmt } from './ir';
import type { ParsedFile, PythonParser, TextEdit } from './syntax/parser';
import { simulateFunction, simulateProgram, type SimResult } from './sim/simulate';
import { buildFindings, applySuppressions, type GarbageView } from './findings/build';
import { ruleByCode } from './findings/rules';
import { explain } from './findings/explain';
import { Span } from './text';

export interface Analysis {
  file: string;
  python: string;
  module: Module;
  findings: Finding[];
  /** The whole-program run from the module's first line (null when it could not run). */
  simulation: Simulation | null;
  problems: ExtractProblem[];
  /** Kept for explanations; not serialisable. */
  readonly program: SimResult | null;
}

/** Lint runs of single functions get a small budget: they only need to reach the return. */
const FUNCTION_LIMITS = { maxSteps: 200_000, maxTicks: 200_000 };

/** Parse (incrementally when `previous` and `edits` are given), extract and analyse. */
export function analyzeText(
  parser: PythonParser,
  file: string,
  text: string,
  opts: AnalyzeOptions,
  previous?: ParsedFile,
  edits?: TextEdit[],
): { analysis: Analysis; parsed: ParsedFile } {
  const parsed = parser.parse(file, text, previous, edits);
  return { analysis: analyzeModule(parsed.module, opts), parsed };
}

function viewOf(r: SimResult, context: string): GarbageView {
  return {
    context,
    groups: r.garbage,
    objectInfo: (id) => r.heap.objectInfo(id),
    collections: r.simulation.collections,
    escaped: r.escaped,
  };
}

export function analyzeModule(module: Module, opts: AnalyzeOptions): Analysis {
  const views: GarbageView[] = [];
  const extra: Finding[] = [];
  let program: SimResult | null = null;
  try {
    program = simulateProgram(module, opts);
    views.push(viewOf(program, '<module>'));
    if (program.simulation.limitHit) extra.push(ruleFinding('GC900', program.simulation.limitHit.site, limitMessage(program.simulation.limitHit.what)));
  } catch (e) {
    extra.push(ruleFinding('GC900', Span.create(0, 0, 0, 0), `gcscope could not simulate this file: internal error: ${(e as Error).message}`));
  }
  let skipped = 0;
  for (const fn of module.functions) {
    if (fn.kind !== 'function') continue;
    if (opts.isCancelled?.()) {
      skipped++;
      continue;
    }
    try {
      const r = simulateFunction(module, fn.id, { ...opts, limits: { ...FUNCTION_LIMITS, ...opts.limits } });
      views.push(viewOf(r, fn.qualname));
      // Running out of time inside a function leaves its findings partial: say so. (A step bound in
      // a lint run is how a loop with an unknown bound ends, so it stays quiet.)
      const hit = r.simulation.limitHit;
      if (hit?.what === 'cancelled') {
        extra.push(ruleFinding('GC900', hit.site,
          `gcscope ran out of time while analysing ${fn.qualname}() on its own; its findings may be missing`, fn.qualname));
      }
    } catch {
      // A function the simulator cannot run is reported through the program run's uncertainty.
    }
  }
  if (skipped > 0) {
    extra.push(ruleFinding('GC900', Span.create(0, 0, 0, 0),
      `gcscope ran out of time before analysing ${skipped} function(s) of this file on their own; their findings are missing`));
  }
  const findings = [
    ...buildFindings(module, views),
    ...applySuppressions(module, gcDisabledFindings(module)),
    ...extra,
  ];
  return {
    file: module.file,
    python: opts.python,
    module,
    findings,
    simulation: program?.simulation ?? null,
    problems: module.problems,
    program,
  };
}

/** A finding of a rule that has no cycle behind it (GC006, GC900): the rule's defaults plus a message. */
function ruleFinding(code: string, span: Span, message: string, context = '<module>'): Finding {
  const rule = ruleByCode(code)!;
  return {
    code: rule.code, name: rule.name, kind: rule.kind, severity: rule.defaultSeverity,
    message, span, related: [], allocationSites: [], fixes: [], context,
  };
}

function limitMessage(what: 'steps' | 'ticks' | 'cancelled'): string {
  return what === 'cancelled'
    ? 'gcscope stopped simulating here: the time budget ran out; results after this point are partial'
    : `gcscope stopped simulating here: the ${what} bound was hit; results after this point are partial`;
}

/** GC006: `gc.disable()` with no `gc.enable()` anywhere in the module. */
function gcDisabledFindings(module: Module): Finding[] {
  const disables: Span[] = [];
  let enables = 0;
  const visitExpr = (e: Expr): void => {
    if (e.k === 'call' && e.func.k === 'attr' && e.func.obj.k === 'name' && e.func.obj.name === 'gc') {
      if (e.func.name === 'disable') disables.push(e.site);
      if (e.func.name === 'enable') enables++;
    }
    forEachChildExpr(e, visitExpr);
  };
  for (const fn of module.functions) forEachStmtExpr(fn.body, visitExpr);
  if (enables > 0) return [];
  return disables.map((span) => ruleFinding('GC006', span,
    'gc.disable() is never followed by gc.enable(): cyclic garbage is only freed by explicit gc.collect() calls'));
}

function forEachChildExpr(e: Expr, f: (e: Expr) => void): void {
  switch (e.k) {
    case 'list': case 'tuple': case 'set': e.elts.forEach(f); break;
    case 'dict': e.keys.forEach((k) => k && f(k)); e.values.forEach(f); break;
    case 'comp': f(e.iter); break;
    case 'call': f(e.func); e.args.forEach((a) => f(a.value)); break;
    case 'attr': f(e.obj); break;
    case 'subscript': f(e.obj); f(e.index); break;
    case 'binop': f(e.left); f(e.right); break;
    case 'unary': f(e.operand); break;
    case 'compare': f(e.left); e.comparators.forEach(f); break;
    case 'boolop': e.values.forEach(f); break;
    case 'ifexp': f(e.test); f(e.body); f(e.orelse); break;
    case 'starred': case 'await': f(e.value); break;
    case 'yield': if (e.value) f(e.value); break;
    case 'walrus': f(e.value); break;
    case 'fstring': case 'unknown': e.parts.forEach(f); break;
    case 'lambda': e.defaults.forEach(f); break;
    case 'slice': [e.lower, e.upper, e.step].forEach((x) => x && f(x)); break;
  }
}

function forEachStmtExpr(stmts: Stmt[], f: (e: Expr) => void): void {
  for (const s of stmts) {
    switch (s.k) {
      case 'expr': f(s.value); break;
      case 'assign': f(s.value); break;
      case 'augassign': f(s.value); break;
      case 'annassign': if (s.value) f(s.value); break;
      case 'if': f(s.test); forEachStmtExpr(s.body, f); forEachStmtExpr(s.orelse, f); break;
      case 'while': f(s.test); forEachStmtExpr(s.body, f); forEachStmtExpr(s.orelse, f); break;
      case 'for': f(s.iter); forEachStmtExpr(s.body, f); forEachStmtExpr(s.orelse, f); break;
      case 'with': s.items.forEach((i) => f(i.ctx)); forEachStmtExpr(s.body, f); break;
      case 'try':
        forEachStmtExpr(s.body, f);
        for (const h of s.handlers) forEachStmtExpr(h.body, f);
        forEachStmtExpr(s.orelse, f); forEachStmtExpr(s.finalbody, f); break;
      case 'return': if (s.value) f(s.value); break;
      case 'raise': if (s.exc) f(s.exc); break;
      case 'unknown': s.parts.forEach(f); break;
    }
  }
}

/** Hover text for a 0-based position, or null where there is nothing to say. */
export function explainAt(analysis: Analysis, line: number, col: number): Explanation | null {
  return explain(analysis, line, col);
}
