// Coverage on real code: for each census/*.py fixture (the shared examples, a constructs file and
// two CPython stdlib modules) CPython 3.12's own ast was counted by record_census.py; the IR must
// hold the same number of each construct (statements, displays, calls, operators, numbers...),
// and the allocating expressions must sit at the positions CPython's ast gives them.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extract, fixture } from './extractHarness';
import type { Expr, FunctionInfo, Module, Stmt, Target } from '../../engine/src/ir';
import type { Span } from '../../engine/src/text';

type Recorded = Record<string, number> & { spans: Record<string, string[]> };
const data = JSON.parse(fixture('census.expected.json')) as { python: string; files: Record<string, Recorded> };
const SPAN_KINDS = ['List+Tuple', 'Set', 'Dict', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Call', 'Lambda', 'Attribute', 'Subscript', 'BinOp', 'JoinedStr'];

const COMPARED = [
  'Expr', 'Assign', 'AugAssign', 'AnnAssign', 'Delete', 'If', 'For', 'AsyncFor', 'While', 'Break', 'Continue', 'Pass',
  'Return', 'Raise', 'Try', 'TryStar', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Import',
  'ImportFrom', 'Assert', 'List+Tuple', 'Set', 'Dict', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Lambda',
  'Call', 'Attribute', 'Subscript', 'Slice', 'BinOp', 'UnaryOp', 'Compare', 'BoolOp', 'IfExp', 'Starred', 'Yield',
  'YieldFrom', 'Await', 'NamedExpr', 'JoinedStr', 'Number', 'Docstring', 'Match',
];

function astCounts(c: Recorded): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of COMPARED) out[k] = c[k] ?? 0;
  out['List+Tuple'] = (c.List ?? 0) + (c.Tuple ?? 0);
  return out;
}

/**
 * The IR counted in CPython's ast terms, leaving out what the comprehension / lambda lowering
 * adds; `spans` collects the sites of the kinds whose positions CPython recorded.
 */
function irCounts(m: Module, spans: Record<string, string[]> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of COMPARED) out[k] = 0;
  const bump = (k: string, site?: Span): void => {
    out[k] = (out[k] ?? 0) + 1;
    if (site && SPAN_KINDS.includes(k)) (spans[k] ??= []).push(`${site.line}:${site.col}-${site.endLine}:${site.endCol}`);
  };
  const isResult = (e: Expr | Target): boolean => e.k === 'name' && e.name === '.result';

  const expr = (e: Expr | Target | null): void => {
    if (!e) return;
    switch (e.k) {
      case 'name':
        return;
      case 'const':
        if (e.kind === 'int' || e.kind === 'float' || e.kind === 'complex') bump('Number');
        return;
      case 'list':
      case 'tuple':
      case 'unpack':
        bump('List+Tuple', e.site);
        return e.elts.forEach(expr);
      case 'set':
        bump('Set', e.site);
        return e.elts.forEach(expr);
      case 'dict':
        bump('Dict', e.site);
        e.keys.forEach(expr);
        return e.values.forEach(expr);
      case 'comp':
        bump({ list: 'ListComp', set: 'SetComp', dict: 'DictComp', gen: 'GeneratorExp' }[e.comp], e.site);
        return expr(e.iter);
      case 'lambda':
        bump('Lambda', e.site);
        e.defaults.forEach(expr);
        return e.kwDefaults.forEach((d) => expr(d.value));
      case 'call':
        bump('Call', e.site);
        expr(e.func);
        for (const a of e.args) {
          if (a.kind === 'star') bump('Starred');
          expr(a.value);
        }
        return;
      case 'attr':
        bump('Attribute', e.site);
        return expr(e.obj);
      case 'subscript':
        bump('Subscript', e.site);
        expr(e.obj);
        return expr(e.index);
      case 'slice':
        bump('Slice');
        return [e.lower, e.upper, e.step].forEach(expr);
      case 'binop':
        bump('BinOp', e.site);
        expr(e.left);
        return expr(e.right);
      case 'unary':
        bump('UnaryOp');
        return expr(e.operand);
      case 'compare':
        bump('Compare');
        expr(e.left);
        return e.comparators.forEach(expr);
      case 'boolop':
        bump('BoolOp');
        return e.values.forEach(expr);
      case 'ifexp':
        bump('IfExp');
        return [e.test, e.body, e.orelse].forEach(expr);
      case 'starred':
        bump('Starred');
        return expr('value' in e ? e.value : e.target);
      case 'yield':
        bump(e.from ? 'YieldFrom' : 'Yield');
        return expr(e.value);
      case 'await':
        bump('Await');
        return expr(e.value);
      case 'walrus':
        bump('NamedExpr');
        return expr(e.value);
      case 'fstring':
        bump('JoinedStr', e.site);
        return e.parts.forEach(expr);
      case 'unknown':
        bump('unknown');
        return e.parts.forEach(expr);
    }
  };

  // `match` is lowered to `<subject>` then an if-chain whose tests are unknown('case ...') and
  // whose bodies start with the captures `name = unknown('match capture')`.
  const isCase = (s: Stmt | undefined): boolean => s?.k === 'if' && s.test.k === 'unknown' && s.test.text.startsWith('case ');
  const stmts = (body: Stmt[], f: FunctionInfo): void =>
    body.forEach((s, i) => {
      if (s.k === 'expr' && isCase(body[i + 1])) {
        bump('Match');
        return expr(s.value);
      }
      if (isCase(s) && s.k === 'if') {
        s.test.k === 'unknown' && s.test.parts.forEach(expr);
        stmts(s.body, f);
        return stmts(s.orelse, f);
      }
      if (s.k === 'assign' && s.value.k === 'unknown' && s.value.text === 'match capture') return;
      stmt(s, f);
    });
  const stmt = (s: Stmt, f: FunctionInfo): void => {
    const lowered = f.kind === 'comprehension' || f.kind === 'lambda';
    if (lowered) {
      // The lowering's own statements: `.result = []`, `return .result`, the innermost
      // `.result.append(elt)` / `.result[k] = v` / `yield elt`, a lambda's `return`.
      if (s.k === 'assign' && s.targets.length === 1 && isResult(s.targets[0])) return;
      if (s.k === 'return') return expr(f.kind === 'lambda' ? s.value : null);
      if (s.k === 'expr' && s.value.k === 'call' && s.value.func.k === 'attr' && isResult(s.value.func.obj)) return expr(s.value.args[0].value);
      if (s.k === 'assign' && s.targets[0].k === 'subscript' && isResult(s.targets[0].obj)) {
        expr(s.targets[0].index);
        return expr(s.value);
      }
      if (s.k === 'expr' && s.value.k === 'yield' && f.isGenerator) return expr(s.value.value);
      if (s.k === 'for') {
        expr(s.target);
        expr(s.iter);
        return stmts(s.body, f);
      }
      if (s.k === 'if') {
        expr(s.test);
        return stmts(s.body, f);
      }
    }
    switch (s.k) {
      case 'expr':
        bump('Expr');
        return expr(s.value);
      case 'assign':
        bump('Assign');
        s.targets.forEach(expr);
        return expr(s.value);
      case 'augassign':
        bump('AugAssign');
        expr(s.target);
        return expr(s.value);
      case 'annassign':
        bump('AnnAssign');
        expr(s.target);
        return expr(s.value);
      case 'del':
        bump('Delete');
        return s.targets.forEach(expr);
      case 'if':
        bump('If');
        expr(s.test);
        stmts(s.body, f);
        return stmts(s.orelse, f);
      case 'for':
        bump(s.isAsync ? 'AsyncFor' : 'For');
        expr(s.target);
        expr(s.iter);
        stmts(s.body, f);
        return stmts(s.orelse, f);
      case 'while':
        bump('While');
        expr(s.test);
        stmts(s.body, f);
        return stmts(s.orelse, f);
      case 'break':
        return bump('Break');
      case 'continue':
        return bump('Continue');
      case 'pass':
        return bump('Pass');
      case 'return':
        bump('Return');
        return expr(s.value);
      case 'raise':
        bump('Raise');
        expr(s.exc);
        return expr(s.cause);
      case 'try':
        bump(s.star ? 'TryStar' : 'Try');
        stmts(s.body, f);
        for (const h of s.handlers) {
          expr(h.type);
          stmts(h.body, f);
        }
        stmts(s.orelse, f);
        return stmts(s.finalbody, f);
      case 'with':
        bump(s.isAsync ? 'AsyncWith' : 'With');
        for (const i of s.items) {
          expr(i.ctx);
          expr(i.target);
        }
        return stmts(s.body, f);
      case 'def':
        bump(m.functions[s.fn].isAsync ? 'AsyncFunctionDef' : 'FunctionDef');
        s.decorators.forEach(expr);
        s.defaults.forEach(expr);
        return s.kwDefaults.forEach((d) => expr(d.value));
      case 'class':
        bump('ClassDef');
        s.decorators.forEach(expr);
        s.bases.forEach(expr);
        return s.keywords.forEach((k) => expr(k.value));
      case 'import':
        return bump(s.from === null ? 'Import' : 'ImportFrom');
      case 'assert':
        bump('Assert');
        expr(s.test);
        return expr(s.msg);
      case 'unknown':
        bump('unknown');
        return s.parts.forEach(expr);
    }
  };
  for (const f of m.functions) {
    if (f.docstring !== null) {
      bump('Docstring');
      bump('Expr'); // CPython keeps the docstring as an expression statement; the IR keeps it aside
    }
    stmts(f.body, f);
  }
  return out;
}

const folder = path.resolve(__dirname, '../../../test/engine/fixtures/extract/census');
for (const name of Object.keys(data.files)) {
  test(`census vs CPython ${data.python} ast: ${name}`, async () => {
    const m = await extract(fs.readFileSync(path.join(folder, name), 'utf8'));
    assert.deepEqual(m.problems, []);
    const spans: Record<string, string[]> = {};
    const ours = irCounts(m, spans);
    assert.equal(ours.unknown ?? 0, 0, 'nothing unmodelled');
    delete ours.unknown;
    assert.deepEqual(ours, astCounts(data.files[name]));
    // Sites are CPython's own positions (a list's brackets, a call from callee to ')', ...).
    for (const kind of SPAN_KINDS) {
      assert.deepEqual((spans[kind] ?? []).sort(), (data.files[name].spans[kind] ?? []).sort(), `${kind} sites`);
    }
  });
}
