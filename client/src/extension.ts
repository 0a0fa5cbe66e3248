// Extension entry: activate() starts the language client and registers commands, the status bar
// item and the timeline panel serializer; deactivate() stops the client. Nothing else lives here.

import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient } from 'vscode-languageclient/node';
import { FileStatusNotification } from '../../server/src/protocol';
import { createClient } from './client';
import { onInterpreterChange } from './interpreter';
import { compareCommand, type Ctx, showTimelineCommand, simulateCommand } from './commands';
import { CycleStatus } from './statusBar';
import { TimelinePanel, VIEW_TYPE } from './timeline/panel';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const ctx: Ctx = { extension: context, client, views: new Map() };
  const status = new CycleStatus();
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('gcscope.simulate', simulateCommand(ctx)),
    vscode.commands.registerCommand('gcscope.showTimeline', showTimelineCommand(ctx)),
    vscode.commands.registerCommand('gcscope.compareWithCPython', compareCommand(ctx)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => TimelinePanel.revive(context, panel),
    }),
    client.onNotification(FileStatusNotification, (p) => status.update(p)),
  );
  await client.start();
  // Another interpreter may mean another CPython version for 'auto': let the server refetch settings.
  const started = client;
  context.subscriptions.push(await onInterpreterChange(() => {
    void started.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
