// Comparison: Ruff's wasm build (default rules) checking every file, single process.
// Usage: node bench/ruffCheck.mjs FILE_LIST.txt
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { Workspace } = require('@astral-sh/ruff-wasm-nodejs');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const ws = new Workspace(Workspace.defaultSettings(), 0);
let diagnostics = 0;
for (const f of files) diagnostics += ws.check(fs.readFileSync(f, 'utf8')).length;
console.log(`${files.length} files, ${diagnostics} diagnostics`);
