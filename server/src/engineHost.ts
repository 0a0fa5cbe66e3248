// Loads the engine's parser with the two grammar .wasm files that esbuild copies next to the
// bundle (dist/). One parser per process; the server and the CLI share this loader.

import fs from 'node:fs';
import path from 'node:path';
import { createPythonParser, type PythonParser } from '../../engine/src/index';

export const MAX_FILE_CHARS = 1_000_000;

let parser: Promise<PythonParser> | undefined;

/** The wasm files live next to the running bundle (dist/server.js, dist/cli.js, dist/worker.js). */
export function wasmDir(): string {
  return __dirname;
}

export function loadParser(dir = wasmDir()): Promise<PythonParser> {
  parser ??= (async () => {
    const read = (name: string, devPackagePath: string): Uint8Array => {
      const file = path.join(dir, name);
      try {
        return fs.readFileSync(file);
      } catch {
        // Unbundled runs (tests importing the sources) find the files in their npm packages.
        try {
          return fs.readFileSync(require.resolve(devPackagePath));
        } catch {
          throw new Error(`gcscope: cannot read ${file}; the installation is incomplete (run the build).`);
        }
      }
    };
    return createPythonParser({
      runtime: read('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'),
      python: read('tree-sitter-python.wasm', '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm'),
    });
  })();
  return parser;
}
