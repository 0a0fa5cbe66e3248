// The plain data types of gcscope's custom protocol (see protocol.ts), free of imports so the
// webview bundle (DOM only, no Node types) can share them with the client and the server.

/** LSP-shaped positions (0-based line, UTF-16 character), declared here so this file has no other imports. */
export interface WirePosition { line: number; character: number }
export interface WireRange { start: WirePosition; end: WirePosition }

/** A what-if manual-GC policy, mirroring the engine's Policy. */
export type PolicyDTO =
  | { kind: 'automatic' }
  | { kind: 'disabled' }
  | { kind: 'every'; ticks: number }
  | { kind: 'atFunctionExit'; functions: string[] }
  | { kind: 'atEnd' }
  | { kind: 'freezeAt'; line: number }
  | { kind: 'thresholds'; thresholds: [number, number, number] };

export interface SimulateParams {
  uri: string;
  /** Overrides gcscope.pythonVersion for this run. */
  python?: string;
  policy?: PolicyDTO;
  /** The selection or function the user asked about; the timeline is for the whole program run. */
  range?: WireRange;
}

/** Objects a collection freed, grouped by type and allocation site. */
export interface FreedObjectDTO {
  /** The first object of the group. */
  id: number;
  typeName: string;
  /** Allocation site; null for objects with no source position (or beyond the engine's object cap). */
  range: WireRange | null;
  count: number;
}

export interface CollectionDTO {
  index: number;
  tick: number;
  generation: number;
  trigger: 'threshold' | 'explicit' | 'policy';
  range: WireRange | null;
  collected: number;
  uncollectable: number;
  examined: number;
  repeat: number;
  freed: FreedObjectDTO[];
}

export interface ExplicitCollectDTO {
  range: WireRange | null;
  generation: number;
  returned: number;
}

export interface TimelineDTO {
  uri: string;
  python: string;
  profile: string;
  threshold: [number, number, number];
  ticks: number;
  explicitCollects: ExplicitCollectDTO[];
  collections: CollectionDTO[];
  series: { tick: number; live: number; cyclicGarbage: number }[];
  finalCount: [number, number, number];
  truncated: boolean;
  limitHit: null | { what: string; range: WireRange | null };
  /** Human-readable remarks (partial results, ignored options). */
  notes: string[];
  /** The version names a re-run may ask for. */
  supportedPythons: string[];
}
