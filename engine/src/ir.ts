// The event program: what the extractor makes of a Python file and what the simulator runs.
// It is a resolved, simplified Python syntax tree: every name carries its scope (as CPython's
// symtable would decide it), every node carries the source span that allocates or refers.
// Plain JSON-serialisable data; version independent (the simulator applies per-version rules,
// such as PEP 709 comprehension inlining on 3.12+).

import type { Span } from './text';

/** How a name is resolved, as CPython's compiler decides it for the enclosing scope. */
export type Scope =
  | 'local' // fast local of a function (or a class-body / module name for those scopes)
  | 'global' // module global (module scope, `global x`, or a free name not bound in any enclosing function)
  | 'cell' // local of this function that an inner function captures (lives in a cell)
  | 'free' // captured from an enclosing function (reads/writes the enclosing cell); `nonlocal x` too
  | 'builtin'; // not bound anywhere in the module: a builtin such as `len`, or an unknown global

export interface Name {
  k: 'name';
  name: string;
  scope: Scope;
  site: Span;
}

export type ConstKind = 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'bool' | 'none' | 'ellipsis';

/** Call argument: positional, `*x`, `name=x` or `**x`. */
export interface Arg {
  kind: 'pos' | 'star' | 'kw' | 'starstar';
  name?: string; // for 'kw'
  value: Expr;
}

export type Expr =
  | Name
  | { k: 'const'; kind: ConstKind; value: number | string | boolean | null; site: Span }
  | { k: 'list' | 'tuple' | 'set'; elts: Expr[]; site: Span } // elts may contain 'starred'
  | { k: 'dict'; keys: (Expr | null)[]; values: Expr[]; site: Span } // key null: `**value`
  // A comprehension or generator expression. `fn` is the FunctionInfo of its own scope (kind
  // 'comprehension'), whose single parameter `.0` receives the iterator of `iter`; `iter` (the
  // outermost iterable) is evaluated in the enclosing scope, as CPython does.
  | { k: 'comp'; comp: 'list' | 'set' | 'dict' | 'gen'; fn: number; iter: Expr; site: Span }
  | { k: 'lambda'; fn: number; defaults: Expr[]; kwDefaults: { name: string; value: Expr }[]; site: Span }
  | { k: 'call'; func: Expr; args: Arg[]; site: Span }
  | { k: 'attr'; obj: Expr; name: string; site: Span }
  | { k: 'subscript'; obj: Expr; index: Expr; site: Span }
  | { k: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null; site: Span }
  | { k: 'binop'; op: string; left: Expr; right: Expr; site: Span } // op as written: '+', '%', '@', ...
  | { k: 'unary'; op: 'not' | '-' | '+' | '~'; operand: Expr; site: Span }
  | { k: 'compare'; ops: string[]; left: Expr; comparators: Expr[]; site: Span } // '<', 'is not', 'not in', ...
  | { k: 'boolop'; op: 'and' | 'or'; values: Expr[]; site: Span }
  | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr; site: Span }
  | { k: 'starred'; value: Expr; site: Span }
  | { k: 'yield'; value: Expr | null; from: boolean; site: Span }
  | { k: 'await'; value: Expr; site: Span }
  | { k: 'walrus'; target: Name; value: Expr; site: Span }
  | { k: 'fstring'; parts: Expr[]; site: Span } // builds a str from its interpolated parts
  // A construct the extractor does not model. Its sub-expressions are still evaluated (they may
  // allocate); the value is unknown. `text` is a short excerpt for the uncertainty explanation.
  | { k: 'unknown'; text: string; parts: Expr[]; site: Span };

/** Assignment target. */
export type Target =
  | Name
  | { k: 'attr'; obj: Expr; name: string; site: Span }
  | { k: 'subscript'; obj: Expr; index: Expr; site: Span }
  | { k: 'unpack'; elts: Target[]; site: Span } // `a, b = ...` and `[a, b] = ...`
  | { k: 'starred'; target: Target; site: Span }; // `*rest` inside an unpack

export interface Handler {
  type: Expr | null; // null: bare `except:`
  name: Name | null; // `as e`: bound, then deleted at the end of the handler (CPython semantics)
  body: Stmt[];
  site: Span;
}

export interface WithItem {
  ctx: Expr;
  target: Target | null;
}

export type Stmt =
  | { k: 'expr'; value: Expr; site: Span }
  | { k: 'assign'; targets: Target[]; value: Expr; site: Span } // `a = b = value`: targets left to right
  | { k: 'augassign'; target: Target; op: string; value: Expr; site: Span } // op without '=': '+', '|'
  | { k: 'annassign'; target: Target; value: Expr | null; site: Span }
  | { k: 'del'; targets: Target[]; site: Span }
  | { k: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[]; site: Span }
  | { k: 'for'; target: Target; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean; site: Span }
  | { k: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[]; site: Span }
  | { k: 'break' | 'continue' | 'pass'; site: Span }
  | { k: 'return'; value: Expr | null; site: Span }
  | { k: 'raise'; exc: Expr | null; cause: Expr | null; site: Span }
  | { k: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[]; star: boolean; site: Span }
  | { k: 'with'; items: WithItem[]; body: Stmt[]; isAsync: boolean; site: Span }
  // `def`: evaluates decorators, defaults, then makes the function object and binds it to `target`.
  | {
      k: 'def';
      fn: number;
      target: Name;
      decorators: Expr[];
      defaults: Expr[];
      kwDefaults: { name: string; value: Expr }[];
      site: Span;
    }
  // `class`: evaluates bases and keywords, runs the class body (FunctionInfo `cls`, kind 'class'),
  // makes the class object and binds it to `target`.
  | { k: 'class'; cls: number; target: Name; bases: Expr[]; keywords: Arg[]; decorators: Expr[]; site: Span }
  // `import a.b as c` / `from m import x as y`: binds module or attribute values (opaque to the
  // simulator unless `gc`, `weakref`, `sys`, `functools`... or a workspace module it can resolve).
  | { k: 'import'; from: string | null; level: number; names: { name: string; target: Name }[]; site: Span }
  | { k: 'assert'; test: Expr; msg: Expr | null; site: Span }
  | { k: 'unknown'; text: string; parts: Expr[]; site: Span };

export type FunctionKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

export interface Param {
  name: string;
  kind: 'posonly' | 'pos' | 'vararg' | 'kwonly' | 'kwarg';
  hasDefault: boolean;
  site: Span;
}

/** One code object: the module, a function, a lambda, a class body or a comprehension. */
export interface FunctionInfo {
  id: number; // index in Module.functions
  kind: FunctionKind;
  name: string; // '<module>', '<lambda>', '<listcomp>', '<genexpr>', or the def/class name
  qualname: string; // 'Outer.method', 'f.<locals>.inner'
  parent: number | null; // enclosing code object
  params: Param[];
  locals: string[]; // names bound in this scope (params first), excluding cells
  cellvars: string[]; // locals captured by inner scopes (includes `__class__` when `super()` is used)
  freevars: string[]; // names captured from enclosing functions
  globals: string[]; // names declared `global` here
  isGenerator: boolean; // contains yield (a 'gen' comprehension is always a generator)
  isAsync: boolean;
  body: Stmt[];
  site: Span; // the whole definition
  nameSite: Span; // the name in `def name` / `class name` (the comprehension / lambda itself otherwise)
  docstring: string | null;
}

export interface ExtractProblem {
  severity: 'error' | 'warning' | 'info';
  message: string; // e.g. 'syntax error: unexpected token', 'construct not modelled: match statement'
  site: Span;
}

/** `# gcscope: ignore` or `# gcscope: ignore[GC001, GC003]` on a line. Empty codes = all. */
export interface Suppression {
  line: number; // 0-based
  codes: string[];
}

export interface Module {
  file: string; // as given by the caller (path or URI); never opened by the engine
  functions: FunctionInfo[]; // functions[0] is the module body
  problems: ExtractProblem[];
  suppressions: Suppression[];
  lineCount: number;
}
