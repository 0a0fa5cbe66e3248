// Baseline: bare tree-sitter parse plus one full cursor walk of every file, single-threaded, in one
// process. Usage: node bench/parseWalk.mjs FILE_LIST.txt — prints the node count.
import fs from 'node:fs';
import { Parser, Language } from 'web-tree-sitter';

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
await Parser.init();
const lang = await Language.load(fs.readFileSync(new URL('../node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm', import.meta.url)));
const parser = new Parser();
parser.setLanguage(lang);
let nodes = 0;
for (const f of files) {
  const tree = parser.parse(fs.readFileSync(f, 'utf8'));
  const c = tree.walk();
  for (;;) {
    nodes++;
    if (c.gotoFirstChild()) continue;
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) break;
    }
    if (c.currentDepth === 0 && !c.gotoNextSibling()) {
      // back at the root after the last sibling chain
      if (c.nodeType === 'module') break;
    }
  }
  c.delete();
  tree.delete();
}
console.log(`${files.length} files, ${nodes} nodes`);
