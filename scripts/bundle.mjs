// Bundles the compiled command line (dist/src/run.js) and its worker into one CommonJS file each,
// dist/bundle/run.js and dist/bundle/worker.js, which the binary loads through loadBundle
// (src/util/load-bundle.ts) so that V8's compiled code is kept between runs. The parser's
// dependencies are patched on the way in, for speed (scripts/dependency-patches.mjs).
//
// loadBundle compiles the bundle as a vm.Script, and on Node 20 code compiled that way cannot use
// import(): it fails with "A dynamic import callback was not specified", with or without cached
// code, and vm's default-loader constant prints an experimental warning. So every import() call in
// the output (config files and plugins loaded as ES modules, TypeScript for .ts configs) becomes a
// call to __unlinterImport, which loadBundle passes in as a wrapper parameter and which is Node's
// own import() when Node loads the file itself (a worker thread, or the cache turned off).
// es-module-lexer finds the calls, so text that only looks like one (a comment) is left alone.
//
// Usage: node scripts/bundle.mjs   (after tsc; part of npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { dependencyPatches } from './dependency-patches.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
const IMPORT = '__unlinterImport';

// Strict, as the ES modules it is built from were.
const banner = [
  "'use strict';",
  `var ${IMPORT} = ${IMPORT} || ((specifier) => import(specifier));`,
  "const __unlinterImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
].join('\n');

/**
 * The bundle in ASCII: esbuild escapes strings and templates but leaves the rules' regular
 * expression literals as written ("['’]"), and one such character makes V8 hold the whole 2.8 MB
 * source as two bytes a character, which the binary reads and decodes on every start (about 10 ms
 * against 2). What is left outside strings is in regular expression literals and identifiers,
 * where `\uXXXX` (a pair of them beyond the BMP, which means the same in both) stands for the
 * character. An escaped backslash before one would change what the escape means, so that fails the
 * build instead.
 */
function asciiOnly(code) {
  // Without the `u` flag each UTF-16 unit is replaced on its own, so a character beyond the BMP
  // becomes its surrogate pair.
  return code.replace(/[^\x00-\x7f]/g, (unit, at) => {
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`escaped non-ASCII character at ${at}: ${JSON.stringify(code.slice(at - 40, at + 40))}`);
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The bundle's text with each import() call's keyword replaced by IMPORT. */
function routeDynamicImports(code) {
  const [imports] = parse(code);
  let out = '';
  let last = 0;
  for (const im of imports) {
    if (im.type !== 'dynamic') continue;
    // importStart is where the `import` keyword starts.
    if (code.slice(im.importStart, im.importStart + 6) !== 'import') throw new Error(`unexpected dynamic import at ${im.importStart}`);
    out += code.slice(last, im.importStart) + IMPORT;
    last = im.importStart + 6;
  }
  return out + code.slice(last);
}

await init;
fs.rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['dist/src/run.js', 'dist/src/parallel/worker.js'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  outdir,
  entryNames: '[name]',
  external: ['typescript'],
  // __UNLINTER_BUNDLE__ tells the pool it runs from the bundle (src/parallel/pool.ts).
  define: { 'import.meta.url': '__unlinterImportMetaUrl', __UNLINTER_BUNDLE__: 'true' },
  plugins: [dependencyPatches],
  logLevel: 'warning',
  write: false,
});
fs.mkdirSync(outdir, { recursive: true });
// The package is "type": "module"; the bundle's .js files are CommonJS.
fs.writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
for (const file of result.outputFiles) {
  fs.writeFileSync(file.path, `${banner}\n${asciiOnly(routeDynamicImports(file.text))}`);
}
