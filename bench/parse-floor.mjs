// The floor the performance target is measured against: one single-threaded pass that reads each
// file and parses it with remark-parse + remark-gfm + remark-frontmatter, nothing else.
// Usage: node bench/parse-floor.mjs DIR [DIR...]   (prints JSON: files, bytes, ms)
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const exts = /\.(?:md|markdown|mdx|txt)$/i;
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && exts.test(e.name)) out.push(p);
  }
  return out;
}
const files = process.argv.slice(2).flatMap((d) => walk(path.resolve(d), [])).sort();
const t0 = performance.now();
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
let bytes = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  processor.parse(text);
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ files: files.length, bytes, ms: Math.round(ms) }));
