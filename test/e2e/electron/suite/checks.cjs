// The e2e scenarios expressed through the VS Code API, run inside a real extension host: by @vscode/test-electron
// (suite/index.cjs, with a VS Code build) and by code-server (runner-ext, scenario "extension-host-api").
// Expected values are real CPython's (see ../../fixtures/README.md). Plain CommonJS: it is loaded as-is, unbundled.
'use strict';

const EXT_ID = 'gcscope.gcscope';

function pollPause() {
  return new Promise((r) => setTimeout(r, 200));
}

/** Polls fn() until truthy or the deadline; the error names what was awaited and the last value seen. */
async function waitFor(what, fn, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e && e.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${String(JSON.stringify(last)).slice(0, 300)}`);
    await pollPause();
  }
}

function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');
}

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

async function runChecks(vscode, { only = '' } = {}) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder open (open test/e2e/fixtures/workspace)');
  const uriOf = (name) => vscode.Uri.joinPath(folder.uri, name);
  const gcDiags = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => /GC0\d\d/.test(codeOf(d)) || /self-referenc/i.test(d.message));
  const open = async (name) => {
    const doc = await vscode.workspace.openTextDocument(uriOf(name));
    await vscode.window.showTextDocument(doc);
    return doc;
  };
  const hoverAt = async (uri, line, col) => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, col)));
  const setVersion = (v) => vscode.workspace.getConfiguration('gcscope').update('pythonVersion', v, vscode.ConfigurationTarget.Workspace);
  const seedDiag = async () => {
    const doc = await open('seed.py');
    return waitFor('a GC Scope diagnostic on seed.py line 4', () => gcDiags(doc.uri).find((d) => d.range.start.line === 3));
  };

  const checks = {
    async 'extension-activates'() {
      const ext = vscode.extensions.getExtension(EXT_ID);
      if (!ext) throw new Error(`${EXT_ID} is not installed in this extension host`);
      await open('seed.py');
      await waitFor(`${EXT_ID} to activate on a Python file`, () => ext.isActive);
    },
    async diagnostics() {
      const d = await seedDiag();
      return `${codeOf(d)}: ${d.message.slice(0, 80)}`;
    },
    async hover() {
      await seedDiag();
      const text = await waitFor('a hover on line 4', async () => hoverAt(uriOf('seed.py'), 3, 16));
      if (!/self-referenc|cycle|GC001/i.test(text)) throw new Error(`hover does not explain the cycle: ${text.slice(0, 200)}`);
    },
    async 'quick-fix'() {
      const d = await seedDiag();
      const uri = uriOf('seed.py');
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      if (!actions || actions.length === 0) throw new Error('no quick fix offered on line 4');
      const fix = actions.find((a) => !/suppress|ignore|disable/i.test(a.title)) || actions[0];
      if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments || []));
      try {
        await waitFor('the line-4 diagnostic to go after the fix', () => !gcDiags(uri).some((d2) => d2.range.start.line === 3 && codeOf(d2) === codeOf(d)));
      } finally {
        await open('seed.py');
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      return `offered ${JSON.stringify(actions.map((a) => a.title))}; applied "${fix.title}"`;
    },
    async 'simulate-timeline'() {
      await open('seed.py');
      const before = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).length;
      const res = await vscode.commands.executeCommand('gcscope.simulate');
      if (res && Array.isArray(res.explicitCollects)) {
        const got = res.explicitCollects.map((c) => c.returned);
        if (JSON.stringify(got) !== '[0,5]') throw new Error(`explicit collections returned ${JSON.stringify(got)}, CPython returns [0,5]`);
        return 'command result: [0,5]';
      }
      await waitFor('a timeline webview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).length > before);
      return 'timeline webview opened (its numbers are checked by the code-server scenario)';
    },
    async 'python-version'() {
      const doc = await open('two_instances.py');
      try {
        await setVersion('3.12');
        await waitFor('hover on gc.collect() to say 10 on 3.12', async () => /\b10\b/.test(await hoverAt(doc.uri, 20, 23)));
        await setVersion('3.8');
        await waitFor('hover on gc.collect() to say 20 on 3.8', async () => /\b20\b/.test(await hoverAt(doc.uri, 20, 23)));
      } finally {
        await setVersion('3.12');
      }
    },
    async 'syntax-error'() {
      const doc = await open('syntax_error.py');
      await waitFor('a GC Scope diagnostic on syntax_error.py line 8', () => gcDiags(doc.uri).some((d) => d.range.start.line === 7));
    },
  };

  const results = [];
  for (const [name, fn] of Object.entries(checks)) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    try {
      const note = await fn();
      results.push({ name, status: 'pass', detail: `${Date.now() - t0} ms${note ? '; ' + note : ''}` });
    } catch (e) {
      results.push({ name, status: 'fail', detail: String((e && e.message) || e) });
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
  return results;
}

module.exports = { runChecks, waitFor, EXT_ID };
