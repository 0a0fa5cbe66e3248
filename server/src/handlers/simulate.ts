// gcscope/simulate: run the whole program under a chosen CPython version / manual-GC policy and
// return the timeline DTO the webview draws (computed in the analysis worker). Works on the open
// document's text, or on the file on disk when the document is not open.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { resolveProfile } from '../../../engine/src/sim/versions';
import { Cancelled } from '../analysis/host';
import { MAX_FILE_CHARS } from '../engineHost';
import type { SimulateParams, TimelineDTO } from '../protocol';
import type { Session } from '../session';
import { effectivePython } from '../settings';
import { errorText } from './diagnostics';

const POLICY_KINDS = new Set(['automatic', 'disabled', 'every', 'atFunctionExit', 'atEnd', 'freezeAt', 'thresholds']);

export async function onSimulate(session: Session, params: SimulateParams): Promise<TimelineDTO> {
  const fail = (message: string) => new ResponseError(LSPErrorCodes.RequestFailed, message);
  if (!params || typeof params.uri !== 'string') throw fail('gcscope/simulate needs a document uri');
  const open = session.documents.get(params.uri);
  let text: string;
  if (open) text = open.doc.getText();
  else {
    try {
      text = fs.readFileSync(fileURLToPath(params.uri), 'utf8');
    } catch {
      throw fail(`cannot read ${params.uri}: open the file first`);
    }
  }
  if (text.length > MAX_FILE_CHARS) throw fail(`the file is larger than ${MAX_FILE_CHARS} characters; gcscope does not simulate it`);
  const settings = await session.settingsFor(params.uri);
  const python = params.python ?? effectivePython(settings.pythonVersion);
  if (!resolveProfile(python)) throw fail(`unsupported Python version ${JSON.stringify(python)}`);
  if (params.policy !== undefined && (typeof params.policy !== 'object' || !POLICY_KINDS.has(params.policy?.kind))) {
    throw fail(`unknown policy ${JSON.stringify(params.policy)}`);
  }
  try {
    return await session.host.request({
      kind: 'simulate', uri: params.uri, text, python, thresholds: settings.thresholds, policy: params.policy, range: params.range,
    });
  } catch (e) {
    if (e instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the simulation was interrupted; run it again');
    throw fail(errorText(e));
  }
}
