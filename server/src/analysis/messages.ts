// The requests the language server's main thread sends to its analysis worker, and their results.
// Plain data only (they cross a worker_threads boundary by structured clone).

import type { CodeLens, Diagnostic, Hover } from 'vscode-languageserver';
import type { TextEdit } from '../../../engine/src/syntax/parser';
import type { PolicyDTO, TimelineDTO, WireRange } from '../protocolTypes';
import type { Settings } from '../settings';

export interface AnalyzeRequest {
  kind: 'analyze';
  uri: string;
  version: number;
  text: string;
  /** The version the worker's tree must have for `edits` to apply; null: parse `text` from scratch. */
  baseVersion: number | null;
  edits: TextEdit[];
  settings: Settings;
}

export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  /** Cycle findings reported (after suppressions and severity 'off'), for the status bar. */
  cycles: number;
  /** Collections in the whole-program run; null when it did not run. */
  collections: number | null;
  lenses: CodeLens[];
}

export interface HoverRequest { kind: 'hover'; uri: string; version: number; line: number; character: number }

export interface SimulateJob {
  kind: 'simulate';
  uri: string;
  text: string;
  python: string;
  thresholds: [number, number, number] | null;
  policy?: PolicyDTO;
  range?: WireRange;
}

export interface CloseRequest { kind: 'close'; uri: string }

export type ServiceRequest = AnalyzeRequest | HoverRequest | SimulateJob | CloseRequest;

export interface ServiceResults {
  analyze: AnalyzeResult;
  hover: Hover | null;
  simulate: TimelineDTO;
  close: null;
}

export type ResultOf<R extends ServiceRequest> = ServiceResults[R['kind']];

export interface ToWorker { id: number; request: ServiceRequest }
export type FromWorker =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { log: string; level: 'error' | 'warn' | 'info' };
