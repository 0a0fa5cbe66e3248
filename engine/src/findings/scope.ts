// Which function of a module a source position belongs to, shared by the findings' messages and
// the quick-fix finder.

import type { FunctionInfo, Module } from '../ir';
import { Span } from '../text';

/** The innermost `def`/lambda whose definition contains `site`, or null at module level. */
export function innermostFunction(module: Module, site: Span): FunctionInfo | null {
  let best: FunctionInfo | null = null;
  for (const f of module.functions) {
    if (f.kind !== 'function' || !Span.contains(f.site, site.line, site.col)) continue;
    if (!best || Span.contains(best.site, f.site.line, f.site.col)) best = f;
  }
  return best;
}
