// The version of the Python interpreter selected in the Python extension, if it is installed: what
// `gcscope.pythonVersion: "auto"` means. Read through that extension's API (its own metadata; gcscope
// runs no interpreter for this), so it works in untrusted workspaces too.

import * as vscode from 'vscode';

/** The small part of the ms-python.python extension API used here. */
interface PythonApi {
  environments: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(path: string): Promise<{ version?: { major: number; minor: number; micro: number } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
}

async function pythonApi(): Promise<PythonApi | undefined> {
  const ext = vscode.extensions.getExtension<PythonApi>('ms-python.python');
  if (!ext) return undefined;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    return api?.environments ? api : undefined;
  } catch {
    return undefined;
  }
}

/** '3.12.1' for the interpreter selected for `resource`, or undefined when unknown. */
export async function interpreterVersion(resource: vscode.Uri | undefined): Promise<string | undefined> {
  const api = await pythonApi();
  if (!api) return undefined;
  try {
    const env = await api.environments.resolveEnvironment(api.environments.getActiveEnvironmentPath(resource).path);
    const v = env?.version;
    return v && v.major === 3 && Number.isInteger(v.minor) ? `3.${v.minor}${Number.isInteger(v.micro) && v.micro >= 0 ? `.${v.micro}` : ''}` : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `listener` when the user selects another interpreter. */
export async function onInterpreterChange(listener: () => void): Promise<vscode.Disposable> {
  const api = await pythonApi();
  try {
    return api ? api.environments.onDidChangeActiveEnvironmentPath(() => listener()) : new vscode.Disposable(() => {});
  } catch {
    return new vscode.Disposable(() => {});
  }
}
