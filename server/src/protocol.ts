// gcscope's custom LSP extensions: method names and the DTOs that travel on the wire.
// Shared by the server and the client (the client imports this file and nothing else from server/).
// Engine objects never go on the wire; handlers/simulate.ts converts them to these types by hand.

import { NotificationType, RequestType } from 'vscode-jsonrpc';

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

export interface FreedObjectDTO {
  id: number;
  typeName: string;
  /** Allocation site; null for objects with no source position. */
  range: WireRange | null;
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
}

/** Client -> server: simulate a document and return its GC timeline. Errors: ResponseError with a readable message. */
export const SimulateRequest = new RequestType<SimulateParams, TimelineDTO, void>('gcscope/simulate');

export interface FileStatusParams {
  uri: string;
  version: number | null;
  python: string;
  /** Findings about reference cycles in this file (after suppressions and severity 'off'). */
  cycles: number;
  /** GC collections in the simulated whole-program run (null when the file did not simulate). */
  collections: number | null;
  enabled: boolean;
}

/** Server -> client after every analysis: feeds the status bar item. */
export const FileStatusNotification = new NotificationType<FileStatusParams>('gcscope/fileStatus');
