#!/usr/bin/env node
// Process plumbing only: argv and stdin in, run(), print, set the exit code.
import fs from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// The build bundles the command line into one CommonJS file (dist/bundle, `npm run bundle`): loading
// about 900 module files one by one cost a one-draft run about 0.2 s. loadBundle keeps its compiled
// code between runs in a folder of the system's temporary folder (src/util/load-bundle.ts); Node 22.1
// and later keep the per-module build's there too. The per-module build is the fallback.
const { loadBundle, privateCompileCacheDir } = await import('../dist/src/util/load-bundle.js');
if (module.enableCompileCache) {
  const cacheDir = privateCompileCacheDir(process.env);
  if (cacheDir) module.enableCompileCache(cacheDir);
}
const bundled = fileURLToPath(new URL('../dist/bundle/run.js', import.meta.url));
const bundle = fs.existsSync(bundled) ? loadBundle(bundled) : null;
const { run } = bundle ? bundle.exports : await import('../dist/src/run.js');

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

const outcome = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  // This process runs one lint and exits: it may tune V8 for the run's size (src/util/v8-tuning.ts).
  ownsProcess: true,
  // Questions (--init) are asked only when both ends are a terminal.
  prompt: { input: process.stdin, output: process.stdout, isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
});
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
// After the output: writing the compiled code, when it is written, costs about 15 ms.
bundle?.saveCache();
