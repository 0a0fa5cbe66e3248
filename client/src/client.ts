// The LanguageClient: starts dist/server.js over Node IPC for Python documents. Settings reach the
// server through workspace/configuration (per folder); the client id 'gcscope' makes
// `gcscope.trace.server` trace the traffic in the "GC Scope" output channel.

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    outputChannelName: 'GC Scope',
    // Hover markdown quotes program text: never let it run commands.
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('gcscope', 'GC Scope', serverOptions, clientOptions);
}
