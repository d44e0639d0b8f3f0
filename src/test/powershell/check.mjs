// Prints one line per file: "ok <file>" or "error <file> <row>:<column> <node> ..." for every ERROR or
// MISSING node tree-sitter's PowerShell grammar finds. Exit code 0 either way; 2 if it cannot run.
import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
await Parser.init();
const powershell = await Language.load(here('node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'));
const parser = new Parser();
parser.setLanguage(powershell);

function problems(node, found) {
  if (node.isError || node.isMissing) {
    found.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.isMissing ? 'MISSING ' + node.type : 'ERROR'}`);
  }
  for (const child of node.children) {
    if (child.hasError || child.isMissing || child.isError) {
      problems(child, found);
    }
  }
  return found;
}

for (const file of process.argv.slice(2)) {
  const tree = parser.parse(readFileSync(file, 'utf8'));
  const found = tree.rootNode.hasError ? problems(tree.rootNode, []) : [];
  if (tree.rootNode.hasError && found.length === 0) {
    found.push('?:? ERROR');
  }
  console.log(found.length === 0 ? `ok ${file}` : `error ${file} ${found.join(' ')}`);
}
