// The LanguageClient: starts dist/server.js over Node IPC for Python documents. Settings reach the
// server through workspace/configuration (per folder; 'auto' resolved to the selected interpreter's
// version here); the client id 'gcscope' makes `gcscope.trace.server` trace into "GC Scope".

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { interpreterVersion } from './interpreter';

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
    middleware: {
      workspace: {
        // `gcscope.pythonVersion: "auto"` reaches the server as the selected interpreter's version when known.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return Promise.all(result.map(async (value: unknown, i) => {
            const item = params.items[i];
            const section = value as { pythonVersion?: unknown } | null;
            if (item?.section !== 'gcscope' || !section || typeof section !== 'object' || section.pythonVersion !== 'auto') return value;
            const detected = await interpreterVersion(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
            return detected ? { ...section, pythonVersion: detected } : value;
          }));
        },
      },
    },
    // Hover markdown quotes program text: never let it run commands.
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('gcscope', 'GC Scope', serverOptions, clientOptions);
}
