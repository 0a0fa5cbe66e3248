// startServer(connection): declares capabilities and wires each LSP method to its handler.
// No logic here; every handler catches its own failures so bad input never takes the server down.

import {
  CodeActionKind, type Connection, DidChangeConfigurationNotification, type InitializeResult, TextDocumentSyncKind,
} from 'vscode-languageserver';
import pkg from '../../package.json';
import { onCodeAction } from './handlers/codeAction';
import { onCodeLens } from './handlers/codeLens';
import { cancelStale, errorText, publishDiagnostics, scheduleDiagnostics } from './handlers/diagnostics';
import { onHover } from './handlers/hover';
import { onSimulate } from './handlers/simulate';
import { SimulateRequest } from './protocol';
import { Session } from './session';

export function startServer(connection: Connection): Session {
  const session = new Session(connection);
  let dynamicConfiguration = false;

  /** Runs a handler; on an unexpected exception logs it and answers `fallback` instead of failing. */
  const guard = <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (e) {
        connection.console.error(`gcscope: ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
    };
  const notify = <P>(name: string, handler: (params: P) => void) => (params: P): void => {
    try {
      handler(params);
    } catch (e) {
      connection.console.error(`gcscope: ${name} failed: ${errorText(e)}`);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    session.canFetchConfiguration = params.capabilities.workspace?.configuration === true;
    dynamicConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    session.setInitializationOptions(params.initializationOptions ?? undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'gcscope', version: pkg.version },
    };
  });
  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gcscope' });
  });

  connection.onDidOpenTextDocument(notify('didOpen', (p) => {
    session.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text);
    scheduleDiagnostics(session, p.textDocument.uri, 0);
  }));
  connection.onDidChangeTextDocument(notify('didChange', (p) => {
    if (session.change(p.textDocument.uri, p.textDocument.version, p.contentChanges)) {
      cancelStale(session, p.textDocument.uri);
      scheduleDiagnostics(session, p.textDocument.uri);
    }
  }));
  connection.onDidCloseTextDocument(notify('didClose', (p) => {
    session.close(p.textDocument.uri);
    void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
  }));
  connection.onDidChangeConfiguration(notify('didChangeConfiguration', (p) => {
    session.configurationChanged(p.settings);
    for (const uri of session.documents.keys()) void publishDiagnostics(session, uri);
  }));

  connection.onHover(guard('hover', null, (p) => onHover(session, p)));
  connection.onCodeAction(guard('codeAction', [], (p) => onCodeAction(session, p)));
  connection.onCodeLens(guard('codeLens', [], (p) => onCodeLens(session, p)));
  // Failures here are answered as errors with a readable message (the client shows them).
  connection.onRequest(SimulateRequest, (p) => onSimulate(session, p));

  connection.onShutdown(() => session.dispose());
  connection.listen();
  return session;
}
