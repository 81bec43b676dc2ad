// Lint every post of the shared corpus (../shared/corpus, 5,057 real blog posts) through run(),
// as a CI job over a whole archive would, and print figures: files, exit code, time, findings per
// rule, parse errors with file names, input errors, anything on stderr.
//
// Usage: npm run build && node bench/corpus-all.mjs [--preset NAME] [--concurrency N|auto|off] [CORPUS_DIR]
// Exits 1 when the run does not end with exit code 0 or 1, does not report every file, prints
// anything on stderr, or reports a parse error on front matter that a generator reads without
// complaint (see bench/lib/corpus.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, frontMatterProblem, listCorpus } from './lib/corpus.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const preset = flag('--preset', undefined);
const concurrency = flag('--concurrency', 'auto');
const corpus = path.resolve(args[0] ?? CORPUS_DIR);
if (!fs.existsSync(corpus)) {
  console.error(`No corpus at ${corpus}.`);
  process.exit(2);
}
const { run } = await import(path.join(root, 'dist/src/run.js'));

const folders = fs.readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(corpus, e.name)).sort();
const expected = listCorpus(corpus).length;
const argv = ['--format', 'json', '--no-config-lookup', '--concurrency', concurrency, ...(preset ? ['--preset', preset] : []), ...folders];

const t0 = performance.now();
const outcome = await run(argv, { cwd: root, env: {}, stdoutIsTTY: false });
const ms = performance.now() - t0;

const results = outcome.stdout ? JSON.parse(outcome.stdout) : [];
const perRule = new Map();
const parseErrors = [];
const inputErrors = [];
let errors = 0;
let warnings = 0;
for (const r of results) {
  errors += r.errorCount;
  warnings += r.warningCount;
  for (const m of r.messages) {
    perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
    if (m.ruleId === 'parse-error') parseErrors.push({ file: path.relative(corpus, r.filePath), line: m.line, message: m.message });
    if (m.ruleId === 'input-error') inputErrors.push({ file: path.relative(corpus, r.filePath), message: m.message });
  }
}
const unexpectedParseErrors = parseErrors.filter((p) => !frontMatterProblem(fs.readFileSync(path.join(corpus, p.file), 'utf8')));
const filesWithFindings = results.filter((r) => r.messages.length > 0).length;

const line = (label, value) => console.log(`${label.padEnd(34)} ${value}`);
line('corpus', corpus);
line('preset', preset ?? 'recommended (default)');
line('concurrency', concurrency);
line('files expected / reported', `${expected} / ${results.length}`);
line('exit code', outcome.exitCode);
line('time', `${(ms / 1000).toFixed(1)} s (${(ms / Math.max(1, results.length)).toFixed(1)} ms per file)`);
line('files with findings', filesWithFindings);
line('errors / warnings', `${errors} / ${warnings}`);
console.log('\nfindings per rule');
for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(n).padStart(7)}  ${rule}`);
console.log(`\nparse errors: ${parseErrors.length}`);
for (const p of parseErrors) console.log(`  ${p.file}:${p.line}  ${p.message}${unexpectedParseErrors.includes(p) ? '   <- a generator reads this front matter' : ''}`);
console.log(`\ninput errors: ${inputErrors.length}`);
for (const p of inputErrors) console.log(`  ${p.file}  ${p.message}`);
if (outcome.stderr) console.log(`\nstderr:\n${outcome.stderr}`);

const ok = (outcome.exitCode === 0 || outcome.exitCode === 1) && results.length === expected && unexpectedParseErrors.length === 0 && !outcome.stderr;
console.log(ok ? '\nOK' : '\nFAILED: see above');
process.exit(ok ? 0 : 1);
