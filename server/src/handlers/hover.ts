// textDocument/hover: makes sure the document's current version is analysed, then asks the
// analysis worker, which holds the engine's Analysis, for the hover (analysis/hoverText.ts).

import type { Hover, HoverParams } from 'vscode-languageserver';
import { Cancelled } from '../analysis/host';
import type { Session } from '../session';
import { ensureAnalysis } from './diagnostics';

export async function onHover(session: Session, params: HoverParams): Promise<Hover | null> {
  const uri = params.textDocument.uri;
  const analysis = await ensureAnalysis(session, uri);
  if (!analysis?.result || !analysis.settings.enable) return null;
  try {
    return await session.host.request({ kind: 'hover', uri, version: analysis.version, line: params.position.line, character: params.position.character });
  } catch (e) {
    if (e instanceof Cancelled) return null;
    throw e;
  }
}
