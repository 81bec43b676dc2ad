// Every regular-expression literal in the TypeScript sources of some folders, found with the
// TypeScript parser (not a text search, so strings and comments that look like patterns are not
// picked up). Shared by tests/redos.test.ts and bench/redos.mjs.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Regular-expression literals below `dirs` (relative to `root`), as a record from
 * `<file>:<line>` to RegExp. `skip(file)` leaves files out (e.g. a module's patterns.ts).
 */
export function regExpLiterals(root, dirs, skip = () => false) {
  const out = {};
  const files = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && p.endsWith('.ts') && !p.endsWith('.d.ts')) files.push(p);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  for (const file of files.sort()) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (skip(rel)) continue;
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        let name = `${rel}:${line}`;
        for (let i = 2; name in out; i++) name = `${rel}:${line}#${i}`;
        out[name] = new RegExp(text.slice(1, slash), text.slice(slash + 1));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
