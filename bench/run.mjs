#!/usr/bin/env node
// `npm run bench`: unlinter against the parse-only floor and three peers, on the corpus beside the
// repository. Prints a table of medians and ratios. A script that prints figures, not a test.
//
//   node bench/run.mjs [--runs N] [--no-peers] [--corpus DIR]
//
// Cases (all rules on, recommended preset):
//   floor     one single-threaded read + remark-parse (gfm, front matter) pass over 18f + digitalgov
//   cold      unlinter over the same files, no cache (taken in turn with the floor)
//   warm      unlinter --cache, re-run with nothing changed
//   one-edit  unlinter --cache, re-run after one file changed
//   one-file  unlinter on one post (the pre-commit case), with and without its compiled-code cache,
//             against markdownlint-cli2 on the same file, the three taken in turn
//   big-file  the 851 KB nodejs-blog post alone
//   scaling   the whole corpus (5,057 posts): time per MB against the cold run's
//   peers     markdownlint-cli2, alex, textlint (write-good + alex), installed in a temporary folder
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const RUNS = Number(opt('--runs', '3'));
const PEERS = !argv.includes('--no-peers');
const CORPUS = path.resolve(opt('--corpus', path.join(ROOT, '..', 'shared', 'corpus')));
const SMALL = [path.join(CORPUS, '18f'), path.join(CORPUS, 'digitalgov')];
const BIG_FILE = path.join(CORPUS, 'nodejs-blog/uncategorized/10-lts-to-12-lts.md');
const BIN = path.join(ROOT, 'bin/unlinter.js');

if (!fs.existsSync(CORPUS)) {
  console.error(`No corpus at ${CORPUS}; pass --corpus DIR.`);
  process.exit(2);
}
if (!fs.existsSync(path.join(ROOT, 'dist/src/run.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

/** Run a command, return wall time (ms) and peak RSS (MB, polled from /proc). */
function measure(cmd, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t0, rss: peak, code, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A row of the table from measured runs: median time, highest peak memory; a failed run is reported. */
function summary(label, runs) {
  const bad = runs.find((r) => r.code !== 0 && r.code !== 1);
  if (bad) console.error(`${label}: exit ${bad.code}\n${bad.stderr.slice(0, 2000)}`);
  return { label, ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)), runs: runs.length };
}

async function repeat(label, n, fn) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await fn(i));
  return summary(label, runs);
}

function dirBytes(dirs) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|markdown|mdx|txt)$/i.test(e.name)) {
        bytes += fs.statSync(p).size;
        files++;
      }
    }
  };
  dirs.forEach(walk);
  return { bytes, files };
}

function installPeers() {
  const dir = path.join(os.tmpdir(), 'unlinter-bench-peers');
  const marker = path.join(dir, 'node_modules/.bin/textlint');
  if (!fs.existsSync(marker)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'peers', private: true }));
    console.error(`Installing peers into ${dir} ...`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'markdownlint-cli2', 'alex', 'textlint', 'textlint-rule-write-good', 'textlint-rule-alex'], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) return null;
  }
  fs.writeFileSync(path.join(dir, '.textlintrc.json'), JSON.stringify({ rules: { 'write-good': true, alex: true } }));
  return dir;
}

const rows = [];
const small = dirBytes(SMALL);
const all = dirBytes([CORPUS]);
console.error(`Corpus: ${small.files} files (${(small.bytes / 1e6).toFixed(1)} MB) in 18f + digitalgov; ${all.files} files (${(all.bytes / 1e6).toFixed(1)} MB) in all.`);

// The floor and the cold run taken in turn, so that the machine's drift hits both alike; each
// round's ratio is printed as well as the ratio of the medians.
const floorRuns = [];
const coldRuns = [];
for (let i = 0; i < RUNS; i++) {
  floorRuns.push(await measure(process.execPath, [path.join(ROOT, 'bench/parse-floor.mjs'), ...SMALL]));
  coldRuns.push(await measure(process.execPath, [BIN, '--format', 'json', ...SMALL]));
}
const floor = summary('floor: read + remark-parse, 1 thread', floorRuns);
rows.push(floor);
const cold = summary('unlinter cold (18f + digitalgov)', coldRuns);
rows.push(cold);
const roundRatios = coldRuns.map((r, i) => r.ms / floorRuns[i].ms).sort((a, b) => a - b);
const cacheFile = path.join(os.tmpdir(), `unlinter-bench-cache-${process.pid}`);
fs.rmSync(cacheFile, { force: true });
await measure(process.execPath, [BIN, '--cache', '--cache-location', cacheFile, '--format', 'json', ...SMALL]);
rows.push(await repeat('unlinter --cache, nothing changed', RUNS, () => measure(process.execPath, [BIN, '--cache', '--cache-location', cacheFile, '--format', 'json', ...SMALL])));
// One changed file: a copy of the corpus folder would be large, so touch the cache entry instead by
// linting with one file's content changed through a temporary overlay folder.
const overlay = fs.mkdtempSync(path.join(os.tmpdir(), 'unlinter-bench-overlay-'));
for (const d of SMALL) fs.cpSync(d, path.join(overlay, path.basename(d)), { recursive: true });
const overlayDirs = SMALL.map((d) => path.join(overlay, path.basename(d)));
const overlayCache = path.join(overlay, '.cache');
await measure(process.execPath, [BIN, '--cache', '--cache-location', overlayCache, '--format', 'json', ...overlayDirs]);
const victim = path.join(overlayDirs[0], fs.readdirSync(overlayDirs[0]).find((f) => f.endsWith('.md')));
rows.push(
  await repeat('unlinter --cache, one file changed', RUNS, (i) => {
    fs.appendFileSync(victim, `\nEdited ${i}.\n`);
    return measure(process.execPath, [BIN, '--cache', '--cache-location', overlayCache, '--format', 'json', ...overlayDirs]);
  }),
);
fs.rmSync(overlay, { recursive: true, force: true });
fs.rmSync(cacheFile, { force: true });

const oneFile = path.join(SMALL[0], fs.readdirSync(SMALL[0]).filter((f) => f.endsWith('.md')).sort()[0]);
const peers = PEERS ? installPeers() : null;
if (PEERS && !peers) console.error('Peers could not be installed; skipping them.');
const peerBin = (n) => path.join(peers, 'node_modules/.bin', n);
// One file: unlinter with its compiled-code cache (every run after the first), unlinter without it
// (a first run), and markdownlint-cli2, taken in turn so that the machine's drift hits all three alike.
const compileCache = fs.mkdtempSync(path.join(os.tmpdir(), 'unlinter-bench-compile-cache-'));
await measure(process.execPath, [BIN, oneFile], { env: { NODE_COMPILE_CACHE: compileCache } });
const oneRuns = { cached: [], uncached: [], mdl: [] };
for (let i = 0; i < Math.max(RUNS, 9); i++) {
  oneRuns.cached.push(await measure(process.execPath, [BIN, oneFile], { env: { NODE_COMPILE_CACHE: compileCache } }));
  oneRuns.uncached.push(await measure(process.execPath, [BIN, oneFile], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } }));
  if (peers) oneRuns.mdl.push(await measure(peerBin('markdownlint-cli2'), [oneFile], { cwd: peers }));
}
fs.rmSync(compileCache, { recursive: true, force: true });
const one = summary('unlinter, one file', oneRuns.cached);
rows.push(one);
rows.push(summary('unlinter, one file, no compiled-code cache', oneRuns.uncached));
rows.push(await repeat('unlinter, the 851 KB file', RUNS, () => measure(process.execPath, [BIN, '--format', 'json', BIG_FILE])));
const whole = await repeat(`unlinter, whole corpus (${all.files} files)`, Math.min(RUNS, 2), () => measure(process.execPath, [BIN, '--format', 'json', CORPUS]));
rows.push(whole);

const peerRows = [];
if (peers) {
  const globs = SMALL.map((d) => path.join(d, '**/*.md'));
  peerRows.push(summary('peer: markdownlint-cli2 (one file)', oneRuns.mdl));
  peerRows.push(await repeat('peer: markdownlint-cli2', 1, () => measure(peerBin('markdownlint-cli2'), globs, { cwd: peers })));
  peerRows.push(await repeat('peer: alex', 1, () => measure(peerBin('alex'), SMALL, { cwd: peers })));
  peerRows.push(await repeat('peer: textlint (write-good + alex)', 1, () => measure(peerBin('textlint'), ['--config', path.join(peers, '.textlintrc.json'), ...globs], { cwd: peers })));
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('case', 44)} ${pad('median ms', 10)} ${pad('x floor', 8)} ${pad('peak MB', 8)} runs`);
for (const r of [...rows, ...peerRows]) {
  console.log(`${pad(r.label, 44)} ${pad(Math.round(r.ms), 10)} ${pad((r.ms / floor.ms).toFixed(2), 8)} ${pad(Math.round(r.rss), 8)} ${r.runs}`);
}
const perMbSmall = cold.ms / (small.bytes / 1e6);
const perMbAll = whole.ms / (all.bytes / 1e6);
console.log(`\ncold / floor: ${(cold.ms / floor.ms).toFixed(2)} (target <= 1.00; each round: ${roundRatios.map((x) => x.toFixed(2)).join(', ')}); peak RSS cold: ${Math.round(cold.rss)} MB (target <= 300)`);
console.log(`warm / cold: ${((rows[2].ms / cold.ms) * 100).toFixed(1)}% (target <= 5%)`);
console.log(`scaling: ${perMbAll.toFixed(0)} ms/MB whole corpus vs ${perMbSmall.toFixed(0)} ms/MB cold run = ${(perMbAll / perMbSmall).toFixed(2)}x (target <= 2.1x)`);
const mdl = peerRows.find((r) => r.label.includes('one file'));
if (mdl) console.log(`one file: unlinter ${Math.round(one.ms)} ms (${Math.round(rows.find((r) => r.label.includes('no compiled')).ms)} ms without its compiled-code cache) vs markdownlint-cli2 ${Math.round(mdl.ms)} ms`);
