// The timeline webview's entry (dist/webview.js): announces `ready`, keeps the view state (also in
// the webview's own state so it survives being hidden), and re-renders on every message or click.

import type { HostMessage, WebviewMessage } from '../src/timeline/protocol';
import { render, type ViewState } from './render';
import { mount } from './vnode';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let state: ViewState = vscode.getState() ?? { view: null, error: null, selected: null };

function update(next: ViewState): void {
  state = next;
  vscode.setState(state);
  // Re-rendering replaces the nodes: keep keyboard focus on the same control.
  const focusKey = document.activeElement?.getAttribute('data-focus-key');
  const root = document.getElementById('root');
  const tree = mount(render(state, {
    select: (index) => update({ ...state, selected: index }),
    reveal: (uri, range) => vscode.postMessage({ type: 'timeline/reveal', uri, range }),
    edit: (draft) => update({ ...state, draft }),
    simulate: (python, policy) => {
      update({ ...state, running: true });
      vscode.postMessage({ type: 'timeline/simulate', python, policy });
    },
  }), document);
  if (root) root.replaceWith(tree);
  else document.body.appendChild(tree);
  if (focusKey) (document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`) as HTMLElement | SVGElement | null)?.focus();
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'timeline/show':
      update({ view: message.view, error: null, selected: null, running: false });
      break;
    case 'timeline/error':
      update({ ...state, error: message.message, running: false });
      break;
  }
});

update(state);
vscode.postMessage({ type: 'ready' });
