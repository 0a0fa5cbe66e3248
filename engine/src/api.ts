// The engine's API boundary types: plain data in, plain data out. The server and the CLI consume
// these and convert them to LSP / JSON / SARIF at their own edges.

import type { Span } from './text';
import type { CollectionRecord, ObjCategory, ProfileKey } from './sim/heapApi';

/** A CPython version as the user names it: '3.8' ... '3.13', '3.14' (= 3.14.5+), '3.14.2', '3.15'. */
export type PythonVersion = string;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A manual-GC "what-if" policy (issue: time-based, event-based, disabled, automatic). */
export type Policy =
  | { kind: 'automatic' }
  | { kind: 'disabled' }
  | { kind: 'every'; ticks: number } // collect(2) every N GC allocations
  | { kind: 'atFunctionExit'; functions: string[] } // collect(2) when one of these returns
  | { kind: 'atEnd' } // only at the program's end
  | { kind: 'freezeAt'; line: number } // gc.freeze() before this 0-based line runs
  | { kind: 'thresholds'; thresholds: [number, number, number] };

export interface Limits {
  /** Stop the simulation after this many executed statements (guards against runaway loops). */
  maxSteps: number;
  /** Stop after this many GC allocations. */
  maxTicks: number;
}

export interface AnalyzeOptions {
  python: PythonVersion;
  thresholds?: [number, number, number]; // overrides the version's default
  policy?: Policy;
  limits?: Partial<Limits>;
  /** Resolve `import x` of a workspace module to its extracted Module, if the caller has it. */
  resolveModule?: (name: string, fromFile: string) => import('./ir').Module | null;
  isCancelled?: () => boolean;
}

export interface Related {
  span: Span;
  message: string;
}

export interface AllocationSite {
  span: Span;
  typeName: string;
  count: number; // objects from this site in the cycle(s)
}

/** A suggested edit; the server turns it into a code action. */
export interface Fix {
  title: string;
  edits: { span: Span; newText: string }[];
  isPreferred?: boolean;
}

export type FindingKind =
  | 'cyclic-garbage' // objects became unreachable while still in a cycle: only the cyclic GC frees them
  | 'module-cycle' // a cycle reachable from module globals: lives until shutdown
  | 'gc-disabled' // gc.disable() without gc.enable()
  | 'finalizer-cycle'
  | 'limit' // an analysis bound was hit
  | 'uncertain';

export interface Finding {
  code: string; // stable: 'GC001'
  name: string; // kebab-case rule name: 'self-referencing-container'
  kind: FindingKind;
  severity: Severity;
  message: string;
  span: Span; // where the editor underlines
  related: Related[]; // references that close the cycle, where it becomes garbage
  allocationSites: AllocationSite[];
  fixes: Fix[];
  /** Which function's analysis found it: '<module>' for the program run, else the qualname. */
  context: string;
}

export interface ExplicitCollect {
  span: Span;
  generation: number;
  returned: number;
}

export interface TimelinePoint {
  tick: number;
  live: number; // live GC-tracked objects the program made
  cyclicGarbage: number; // of them, unreachable but not yet freed
}

export interface ObjectSummary {
  id: number;
  typeName: string;
  category: ObjCategory;
  site: Span;
  death: null | { how: 'refcount' | 'gc'; tick: number; site: Span; collection: number | null };
}

export interface Simulation {
  python: PythonVersion;
  profile: ProfileKey;
  threshold: [number, number, number];
  policy: Policy;
  explicitCollects: ExplicitCollect[];
  collections: CollectionRecord[];
  finalCount: [number, number, number];
  ticks: number; // GC allocations made by the program
  timeline: TimelinePoint[];
  objects: ObjectSummary[]; // every object the program allocated (capped; see truncated)
  truncated: boolean;
  limitHit: null | { what: 'steps' | 'ticks' | 'cancelled'; site: Span };
  work: { examined: number; estimatedPauseMs: number[]; peakCyclicGarbage: number };
}

/** What hover shows for a position. */
export interface Explanation {
  span: Span;
  markdown: string; // engine words; the server may wrap it
}
