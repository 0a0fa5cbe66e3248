// gcscope's custom LSP extensions: method names and the DTOs that travel on the wire.
// Shared by the server and the client (the client imports this file and nothing else from server/).
// Engine objects never go on the wire; handlers/simulate.ts converts them to these types by hand.

import { NotificationType, RequestType } from 'vscode-jsonrpc';

export type * from './protocolTypes';
import type { SimulateParams, TimelineDTO } from './protocolTypes';

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
