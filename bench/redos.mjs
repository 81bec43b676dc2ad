// Adversarial inputs against each built-in rule module, built from the module's own patterns
// (bench/lib/adversarial.mjs: near misses that pump each quantifier, long pumps, many matches),
// plus generic runs of digits, blanks, punctuation and so on. Each input is linted at 100 KB and
// at 200 KB with all of the module's checks on, and the CPU time of the rules is printed with the
// growth ratio: linear matching roughly doubles (x2), quadratic quadruples (x4).
// The inputs built from src/document's own patterns are timed through the document parser and
// the sentence splitter.
//
// Usage: npm run build && node bench/redos.mjs [--quick] [--bound-ms N] [--max-ratio R] [MODULE ...]
//   --quick        one quantifier per pattern, near misses only (a few minutes instead of many)
//   --bound-ms N   an input of 200 KB may cost at most N ms of CPU (default 2000)
//   --max-ratio R  200 KB may cost at most R times 100 KB, for inputs over 50 ms (default 3)
// Exits 1 when an input breaks a bound, listing it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { adversarialInputsFor, genericInputs } from './lib/adversarial.mjs';
import { regExpLiterals } from './lib/literals.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const args = process.argv.slice(2);
const take = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const quick = args.includes('--quick');
if (quick) args.splice(args.indexOf('--quick'), 1);
const BOUND_MS = Number(take('--bound-ms', 2000));
const MAX_RATIO = Number(take('--max-ratio', 3));
const MIN_MS_FOR_RATIO = 50;
const only = new Set(args);
const SIZES = [100_000, 200_000];
const options = quick ? { maxQuantifiers: 1, kinds: ['near-miss'] } : { maxQuantifiers: 3 };

const { defaultConfig } = await import(dist('src/config/load.js'));
const { resolveRules } = await import(dist('src/config/resolve.js'));
const { createDocument } = await import(dist('src/document/parse.js'));
const { lintDocument } = await import(dist('src/engine/lint.js'));
const config = await defaultConfig(root);

/** CPU milliseconds of `fn` (the work is synchronous or CPU-bound, so CPU time is what it costs). */
async function cpu(fn) {
  const t = process.cpuUsage();
  await fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

/**
 * CPU ms at each size. A result that looks out of bounds is measured twice more and the
 * smallest kept, so that a garbage collection in one run does not pass for super-linear growth.
 */
async function settled(texts, measure) {
  const ms = [];
  for (const t of texts) ms.push(await measure(t));
  const suspect = () => ms[1] > BOUND_MS || (ms[1] >= MIN_MS_FOR_RATIO && ms[1] / Math.max(ms[0], 0.001) > MAX_RATIO);
  for (let round = 0; round < 2 && suspect(); round++) {
    for (let i = 0; i < texts.length; i++) ms[i] = Math.min(ms[i], await measure(texts[i]));
  }
  return ms;
}

/** Inputs at both sizes, paired by name (a name used twice gets a #n suffix). */
function paired(build) {
  const bySize = SIZES.map((size) => {
    const seen = new Map();
    return new Map(
      build(size).map((i) => {
        const n = (seen.get(i.name) ?? 0) + 1;
        seen.set(i.name, n);
        return [n > 1 ? `${i.name} #${n}` : i.name, i.text];
      }),
    );
  });
  return [...bySize[0].keys()].filter((k) => bySize[1].has(k)).map((name) => ({ name, texts: bySize.map((m) => m.get(name)) }));
}

const offenders = [];

function report(label, rows) {
  const total = rows.map((r) => r.ms);
  const sum = (i) => total.reduce((s, t) => s + t[i], 0);
  const worst = rows.reduce((a, b) => (b.ms[1] > (a?.ms[1] ?? -1) ? b : a), null);
  const ratios = rows.filter((r) => r.ms[1] >= MIN_MS_FOR_RATIO).map((r) => ({ r, ratio: r.ms[1] / Math.max(r.ms[0], 0.001) }));
  const maxRatio = ratios.reduce((a, b) => (b.ratio > (a?.ratio ?? -1) ? b : a), null);
  const f = (n) => `${Math.round(n)} ms`;
  console.log(`\n${label}: ${rows.length} inputs`);
  console.log(`  total CPU            ${f(sum(0))} at 100 KB, ${f(sum(1))} at 200 KB (x${(sum(1) / Math.max(sum(0), 0.001)).toFixed(2)})`);
  if (worst) console.log(`  slowest input        ${worst.name}: ${f(worst.ms[0])} -> ${f(worst.ms[1])} (x${(worst.ms[1] / Math.max(worst.ms[0], 0.001)).toFixed(2)})`);
  console.log(`  largest growth       ${maxRatio ? `${maxRatio.r.name}: ${f(maxRatio.r.ms[0])} -> ${f(maxRatio.r.ms[1])} (x${maxRatio.ratio.toFixed(2)})` : `no input reached ${MIN_MS_FOR_RATIO} ms at 200 KB`}`);
  for (const r of rows) {
    const ratio = r.ms[1] / Math.max(r.ms[0], 0.001);
    const over = r.ms[1] > BOUND_MS;
    const superLinear = r.ms[1] >= MIN_MS_FOR_RATIO && ratio > MAX_RATIO;
    if (over || superLinear) {
      const why = over ? `over ${BOUND_MS} ms` : `grows x${ratio.toFixed(2)}`;
      console.log(`  OVER BOUND           ${r.name}: ${f(r.ms[0])} -> ${f(r.ms[1])} (${why})`);
      offenders.push(`${label}: ${r.name} (${why})`);
    }
  }
}

const t0 = performance.now();
console.log(`Adversarial inputs at ${SIZES.map((s) => s / 1000 + ' KB').join(' and ')}${quick ? ' (quick)' : ''}; bound ${BOUND_MS} ms of CPU per 200 KB input, growth at most x${MAX_RATIO} above ${MIN_MS_FOR_RATIO} ms.`);

for (const m of config.modules) {
  const id = m.meta.id;
  if (only.size && !only.has(id)) continue;
  const checks = Object.keys(m.meta.checks);
  if (checks.length === 0) {
    console.log(`\n${id}: no checks yet, skipped`);
    continue;
  }
  const file = path.join(root, 'dist', 'rules', id, 'patterns.js');
  if (!fs.existsSync(file)) {
    console.log(`\n${id}: no rules/${id}/patterns.ts, only generic inputs`);
  }
  const patterns = fs.existsSync(file) ? ((await import(pathToFileURL(file).href)).patterns ?? {}) : {};
  const rules = {};
  for (const other of config.modules) rules[other.meta.id] = 'off';
  for (const c of checks) rules[`${id}/${c}`] = 'error';
  const resolved = resolveRules(config, path.join(root, 'adversarial.txt'), { rules });
  const inputs = paired((size) => [...adversarialInputsFor(patterns, size, options), ...genericInputs(size)]);
  const rows = [];
  const measure = async (text) => {
    const doc = createDocument(text, path.join(root, 'adversarial.txt'));
    return cpu(() => lintDocument(doc, resolved));
  };
  for (const input of inputs) rows.push({ name: input.name, ms: await settled(input.texts, measure) });
  report(id, rows);
}

if (!only.size || only.has('document')) {
  const patterns = regExpLiterals(root, ['src/document']);
  const inputs = paired((size) => [...adversarialInputsFor(patterns, size, options), ...genericInputs(size)]);
  const rows = [];
  const measure = (text) => cpu(() => createDocument(text, path.join(root, 'adversarial.md')).sentences);
  for (const input of inputs) rows.push({ name: input.name, ms: await settled(input.texts, measure) });
  report('document (markdown parse and scopes)', rows);
}

console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s in all.`);
if (offenders.length) {
  console.log(`\n${offenders.length} input(s) over a bound:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('Every input within bounds.');
