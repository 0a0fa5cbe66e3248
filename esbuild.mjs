// The one build script: bundles the extension client, the language server + CLI, the webview and
// the tests, and copies the tree-sitter .wasm files next to the server bundle.
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified, no sourcemaps (vsce package)
//   node esbuild.mjs --watch       rebuild on change, errors in a problem-matcher friendly form
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

function findTests(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'e2e' || entry.name === 'fixtures' || entry.name === 'corpus') continue;
      out.push(...findTests(full));
    } else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

// web-tree-sitter is an ES module that locates itself with import.meta.url, which is empty in a
// CommonJS bundle: give node bundles the bundle file's own URL.
const nodeImportMeta = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  {
    ...common,
    entryPoints: { client: 'client/src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    ...nodeImportMeta,
    entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli.ts', worker: 'server/src/worker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: { webview: 'client/webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

const tests = findTests(path.join(root, 'test'));
if (tests.length && !production) {
  builds.push({
    ...common,
    ...nodeImportMeta,
    sourcemap: 'inline',
    entryPoints: tests.map((t) => path.relative(root, t)),
    outdir: 'out/test',
    outbase: 'test',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  });
}

// Engine-level benchmarks in TypeScript import the engine directly, like the tests.
const benches = fs.existsSync(path.join(root, 'bench'))
  ? fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.ts')).map((f) => `bench/${f}`)
  : [];
if (benches.length && !production) {
  builds.push({
    ...common,
    sourcemap: false,
    entryPoints: benches,
    outdir: 'out/bench',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    ...nodeImportMeta,
  });
}

function copyWasm() {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const copies = [
    ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm'],
    ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm'],
  ];
  for (const [from, to] of copies) fs.copyFileSync(path.join(root, from), path.join(root, to));
}

// Only build entry points that exist yet, so a partial tree still builds what it has.
const present = builds.filter((b) => {
  const eps = Array.isArray(b.entryPoints) ? b.entryPoints : Object.values(b.entryPoints);
  b.entryPoints = Array.isArray(b.entryPoints)
    ? eps.filter((e) => fs.existsSync(path.join(root, e)))
    : Object.fromEntries(Object.entries(b.entryPoints).filter(([, e]) => fs.existsSync(path.join(root, e))));
  return (Array.isArray(b.entryPoints) ? b.entryPoints.length : Object.keys(b.entryPoints).length) > 0;
});

copyWasm();
// Drop bundled tests whose source is gone (never wipe out/test: parallel builds share it).
function dropStaleTests(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) dropStaleTests(full);
    else if (e.name.endsWith('.test.cjs')) {
      const src = path.join(root, 'test', path.relative(path.join(root, 'out/test'), full)).replace(/\.cjs$/, '.ts');
      if (!fs.existsSync(src)) fs.rmSync(full, { force: true });
    }
  }
}
dropStaleTests(path.join(root, 'out/test'));
if (watch) {
  const ctxs = await Promise.all(present.map((b) => esbuild.context(b)));
  await Promise.all(ctxs.map((c) => c.watch()));
  console.log('[watch] build started');
} else {
  // Every bundle is attempted even when another fails (a broken test must not leave dist/ stale).
  const results = await Promise.allSettled(present.map((b) => esbuild.build(b)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) {
    console.error(`esbuild: ${failed.length} of ${results.length} bundles failed`);
    process.exit(1);
  }
}
