// Scope resolution, as CPython's symtable decides it, over the facts gathered during extraction:
// a function's locals are its parameters and every name it binds unless declared global/nonlocal;
// a free name resolves to the nearest enclosing FUNCTION scope binding it (class bodies do not
// enclose their methods, but pass the cell through); captured locals become cells; `super` /
// `__class__` in a function makes `__class__` free there and a cell of the enclosing class body.
// Module names are 'global'; names bound nowhere in the module are 'builtin'.

import type { Scope } from '../ir';
import type { Span } from '../text';
import type { ScopeState } from './context';

export function resolveScopes(scopes: ScopeState[], problem: (message: string, site: Span) => void): void {
  const module = scopes[0];
  const moduleNames = new Set(module.bound);
  for (const s of scopes) for (const g of s.globals) if (s.bound.has(g)) moduleNames.add(g);
  const cells = new Map<ScopeState, Set<string>>();
  const frees = new Map<ScopeState, Set<string>>();
  const add = (m: Map<ScopeState, Set<string>>, s: ScopeState, name: string): void => {
    let set = m.get(s);
    if (!set) m.set(s, (set = new Set()));
    set.add(name);
  };

  /** `name` is not local to `s`: find the enclosing function binding it, marking the way. */
  const resolveFree = (s: ScopeState, name: string): Scope => {
    const path: ScopeState[] = [s];
    for (let p = s.parent; p && p.info.kind !== 'module'; p = p.parent) {
      if (p.info.kind === 'class') {
        if (name === '__class__') {
          add(cells, p, name);
          for (const q of path) add(frees, q, name);
          return 'free';
        }
        path.push(p); // the class body passes the cell on to its methods
        continue;
      }
      if (p.globals.has(name)) return 'global';
      if (p.nonlocals.has(name)) {
        resolveFree(p, name);
        for (const q of path) add(frees, q, name);
        return 'free';
      }
      if (p.bound.has(name)) {
        add(cells, p, name);
        for (const q of path) add(frees, q, name);
        return 'free';
      }
      path.push(p);
    }
    return moduleNames.has(name) ? 'global' : 'builtin';
  };

  const scopeOf = (s: ScopeState, name: string): Scope => {
    if (s.globals.has(name)) return 'global';
    if (s.info.kind === 'module') return moduleNames.has(name) ? 'global' : 'builtin';
    if (s.nonlocals.has(name)) return 'free';
    if (s.bound.has(name)) return 'local';
    return resolveFree(s, name);
  };

  for (const s of scopes) {
    for (const name of s.nonlocals) {
      if (resolveFree(s, name) !== 'free') problem(`syntax error: no binding for nonlocal '${name}' found`, s.info.nameSite);
      add(frees, s, name);
    }
    if (s.usesClassCell && s.info.kind !== 'class' && s.info.kind !== 'module') resolveFree(s, '__class__');
    // A name resolves the same way everywhere in one scope: decide it once.
    const decided = new Map<string, Scope>();
    for (const n of s.names) {
      let scope = decided.get(n.name);
      if (scope === undefined) decided.set(n.name, (scope = scopeOf(s, n.name)));
      n.scope = scope;
    }
  }

  for (const s of scopes) {
    const info = s.info;
    const cell = cells.get(s) ?? new Set<string>();
    const free = frees.get(s) ?? new Set<string>();
    if (info.kind === 'function' || info.kind === 'lambda' || info.kind === 'comprehension') {
      for (const n of s.names) if (n.scope === 'local' && cell.has(n.name)) n.scope = 'cell';
    }
    const declared = (name: string): boolean => s.globals.has(name) || s.nonlocals.has(name);
    const ordered = [...new Set([...s.paramNames, ...s.bound])].filter((n) => !declared(n));
    info.locals = info.kind === 'class' || info.kind === 'module' ? ordered : ordered.filter((n) => !cell.has(n));
    info.cellvars = [...cell].filter((n) => info.kind === 'class' || !declared(n));
    info.freevars = [...free];
    info.globals = [...s.globals];
  }
}
