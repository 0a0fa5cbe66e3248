// Extraction entry point: a syntax snapshot -> the IR Module (functions[0] is the module body),
// with syntax problems, `# gcscope: ignore[...]` suppressions and resolved scopes.
//
// Conventions the simulator can rely on (beyond ir.ts):
// - A docstring is kept in FunctionInfo.docstring and is not a statement of the body.
// - Comprehensions: parameter `.0`, result local `.result` (see functions.ts for the lowering);
//   a lambda's body is one `return`.
// - `match` becomes `<subject>` + an if-chain with unknown tests; captures are assigned
//   unknown('match capture') at the top of each case body (match.ts).
// - `import a.b` -> name 'a.b' bound to target `a`; `import a.b as c` -> 'a.b' bound to `c`;
//   `from m import *` -> name '*' with a target Name '*' that belongs to no scope.
// - `type X = ...` -> `X = unknown('type alias')`; `global` / `nonlocal` leave no statement.
// - A broken line that starts a syntax ERROR region is replaced by `pass` and reparsed when that
//   helps (syntax/recover.ts; reported as "left out of the analysis"); ERROR regions that remain
//   keep whatever whole statements and `target = value` lines they hold.

import type { ExtractProblem, Module, Suppression } from '../ir';
import type { Snapshot } from '../syntax/tree';
import { Ctx } from './context';
import { resolveScopes } from './scopes';
import { suite } from './statements';

/**
 * `text` is what the snapshot was parsed from; `original` the real text when error recovery blanked
 * lines of it (same length): comments and problem excerpts are read from the real one.
 */
export function extractModule(file: string, text: string, snap: Snapshot, maxDepth: number, original: string = text): Module {
  const ctx = new Ctx(text, maxDepth);
  const whole = ctx.spanAt(0, text.length);
  const st = ctx.enter('module', '<module>', whole, whole);
  st.info.body = suite(ctx, snap.root, true);
  ctx.leave(st);
  resolveScopes(ctx.scopes, (message, site) => ctx.problem('error', message, site));
  const syntax: ExtractProblem[] = [];
  let depthReported = ctx.problems.some((p) => p.message.startsWith('nesting too deep'));
  for (const p of snap.problems) {
    const site = ctx.spanAt(p.s, p.e);
    if (p.kind === 'error') syntax.push({ severity: 'error', message: p.message ?? `syntax error: unexpected ${describe(original.slice(p.s, p.e))}`, site });
    else if (p.kind === 'missing') syntax.push({ severity: 'error', message: `syntax error: missing ${p.type.length <= 3 || !/^[a-z_]+$/.test(p.type) ? `'${p.type}'` : p.type.replace(/_/g, ' ')}`, site });
    else if (!depthReported) {
      depthReported = true;
      syntax.push({ severity: 'warning', message: `nesting too deep: analysis stops at depth ${maxDepth}`, site });
    }
  }
  const suppressions: Suppression[] = [];
  for (const c of snap.comments) {
    const s = suppression(original.slice(c.s, c.e));
    if (s) suppressions.push({ line: ctx.lineOf(c.s), codes: s });
  }
  return { file, functions: ctx.functions, problems: [...syntax, ...ctx.problems], suppressions, lineCount: ctx.lineStarts.length };
}

/** The start of an error region: its first line, cut short. */
function describe(region: string): string {
  const line = region.trim().split('\n')[0].trim();
  if (!line) return 'end of input';
  return `'${line.length > 30 ? line.slice(0, 29) + '…' : line}'`;
}

const SUPPRESS = /#\s*gcscope:\s*ignore\b(?:\[([^\]]*)\])?/;

/** Codes of a suppression comment ([] = all), or null when the comment is not one. */
export function suppression(comment: string): string[] | null {
  const m = SUPPRESS.exec(comment);
  if (!m) return null;
  return m[1] === undefined ? [] : m[1].split(',').map((c) => c.trim()).filter((c) => c.length > 0);
}

/** A module that could not be parsed at all (too large, binary): one problem, an empty body. */
export function rejectedModule(file: string, text: string, message: string): Module {
  const ctx = new Ctx(text.length > 1e6 ? '' : text, 0);
  const whole = ctx.spanAt(0, 0);
  ctx.enter('module', '<module>', whole, whole);
  return { file, functions: ctx.functions, problems: [{ severity: 'error', message, site: whole }], suppressions: [], lineCount: ctx.lineStarts.length };
}
