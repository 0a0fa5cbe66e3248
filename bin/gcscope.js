#!/usr/bin/env node
// The gcscope command: a thin launcher for the bundled CLI (built by `node esbuild.mjs`).
require('../dist/cli.js').run(process.argv.slice(2));
