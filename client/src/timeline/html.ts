// The webview's HTML shell: a strict CSP (default-src 'none'), one nonce'd script and style, no
// data in the markup (the timeline arrives by postMessage). Pure, so tests can check it.

import { randomBytes } from 'node:crypto';

export function makeNonce(): string {
  return randomBytes(18).toString('base64url');
}

export interface ShellOptions {
  cspSource: string;
  nonce: string;
  scriptUri: string;
}

export function timelineHtml({ cspSource, nonce, scriptUri }: ShellOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>GC Timeline</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root" aria-live="polite"><p>Waiting for the simulation…</p></main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

// Theme colours only (VS Code CSS variables), so the panel follows light, dark and high-contrast themes.
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1em; }
h1 { font-size: 1.2em; } h2 { font-size: 1.05em; margin-top: 1.2em; }
.notes { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; } th, td { text-align: left; padding: 2px 10px 2px 0; }
.match { color: var(--vscode-charts-green); } .mismatch { color: var(--vscode-charts-red); font-weight: bold; }
svg { display: block; max-width: 100%; height: auto; overflow: visible; }
svg text { fill: var(--vscode-foreground); font-size: 11px; }
.lane { stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); stroke-opacity: 0.3; }
.series-live { fill: none; stroke: var(--vscode-charts-blue); stroke-width: 1.5; }
.series-garbage { fill: none; stroke: var(--vscode-charts-red); stroke-width: 1.5; }
.collection { fill: var(--vscode-charts-yellow); cursor: pointer; }
.collection.explicit { fill: var(--vscode-charts-purple); }
.collection.in-focus { stroke: var(--vscode-charts-orange); stroke-width: 2; }
.collection.selected { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.collection:focus { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 3; }
.returned { font-weight: bold; }
.legend-live { color: var(--vscode-charts-blue); } .legend-garbage { color: var(--vscode-charts-red); }
button.link { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); cursor: pointer; font: inherit; text-decoration: underline; }
button.link:focus { outline: 1px solid var(--vscode-focusBorder); }
.error { color: var(--vscode-errorForeground); }
.controls select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
.controls button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 3px 12px; cursor: pointer; }
.controls button:hover { background: var(--vscode-button-hoverBackground); }
.controls button:disabled { opacity: 0.6; cursor: default; }
.controls select:focus, .controls button:focus { outline: 1px solid var(--vscode-focusBorder); }
`;
