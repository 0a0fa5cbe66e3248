// Language server entry (dist/server.js): `node dist/server.js --stdio` (or --node-ipc when VS Code
// starts it). Builds the connection and hands it to startServer().

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

function runServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  // A bug in one handler must not end the session; log it and keep serving.
  process.on('uncaughtException', (e) => connection.console.error(`gcscope: uncaught ${e.stack ?? String(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`gcscope: unhandled rejection ${String(e)}`));
  startServer(connection);
}

// This module is the entry point (of dist/server.js, or lazily loaded by `gcscope lsp`): start at once.
runServer();
