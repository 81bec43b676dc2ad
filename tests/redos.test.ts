/**
 * No catastrophic backtracking: every regular expression that runs on a draft's text goes through
 * recheck (https://makenowjust-labs.github.io/recheck/), a ReDoS analyser.
 *
 * What is checked:
 * - each built-in rule module with checks exports `patterns: Record<string, RegExp>` from
 *   `rules/<id>/patterns.ts` (a module without one fails here, so the gap is visible);
 * - every pattern of those records;
 * - every regular-expression literal elsewhere in `rules/` (a pattern that escaped patterns.ts)
 *   and in `src/document/`, `src/rule-kit/`, `src/engine/`, `src/reporters/` and `src/files/`
 *   (Word drafts' text, image references), found with the
 *   TypeScript parser. Patterns that rule-kit builds at run time (`phraseRegExp`, ...) are checked
 *   where the rules build them, in their `patterns` records.
 *
 * Verdicts:
 * - `vulnerable` fails the test, naming the pattern and recheck's attack string, once the attack is
 *   confirmed in Node.js: recheck's fuzzer over-reports bounded repetition (`[^\]]{1,40}` looks
 *   polynomial on short strings), so the attack recheck found is replayed against the pattern in
 *   a separate Node.js process, as recheck's own recall validation does, but measuring growth
 *   rather than one duration: the attack is pumped until one match costs GROWTH_FROM_MS of CPU,
 *   then pumped to twice that length (never past 4 M characters, where memory, not matching, slows
 *   a linear pattern down), and the last two sizes are measured three times each, keeping the least
 *   CPU. A linear pattern never gets that slow, or costs about twice as much at twice the length;
 *   the verdict is confirmed when the cost grows GROWTH_RATIO times or more (4x for quadratic), or when the process is still matching after HARD_LIMIT_MS.
 *   CPU time, not wall time, so a busy machine does not confirm a false alarm.
 * - `unknown` (the analysis ran out of time, or uses a feature recheck cannot analyse) and a
 *   vulnerable verdict that the replay did not confirm are reported in the output but allowed:
 *   recheck cannot prove every pattern, and the adversarial-input test
 *   (tests/redos-inputs.test.ts) and benchmark (bench/redos.mjs) still exercise those patterns.
 * - `safe` passes.
 *
 * `UNLINTER_REDOS_TIMEOUT_MS` sets recheck's time per pattern (default 5000 ms);
 * `UNLINTER_REDOS_GROUP=src/document` analyses only the groups whose name contains that text.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type Diagnostics } from 'recheck';
import { builtinRules } from '../rules/index.js';
import { isPattern } from '../src/rule-kit/index.js';
import { regExpLiterals } from '../bench/lib/literals.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const TIMEOUT = Number(process.env.UNLINTER_REDOS_TIMEOUT_MS ?? 5000);
/** Two analyses at a time: recheck's agent is a separate process, so this uses both cores of CI. */
const PARALLEL = 2;

/** recheck's parameters: a time budget per pattern and a shorter fuzzing schedule than the default. */
const PARAMS = { timeout: TIMEOUT, maxIteration: 4, maxInitialGenerationSize: 200, maxGenerationSize: 50 } as const;
/** The replay pumps the attack until one match costs this much CPU time... */
const GROWTH_FROM_MS = 200;
/** ...then doubles it: this growth or more confirms super-linear matching. */
const GROWTH_RATIO = 3;
/** The longest attack string the replay builds (see REPLAY_SCRIPT). */
const MAX_REPLAY_CHARS = 4_000_000;
/** Wall time after which a replay is stopped (and the verdict confirmed). */
const HARD_LIMIT_MS = 30_000;

interface Verdict {
  /** `unconfirmed`: recheck said vulnerable, but its attack did not grow super-linearly in Node.js. */
  status: Diagnostics['status'] | 'unconfirmed';
  detail: string;
}

/** recheck reads the flags it knows; `d` (match indices) does not change how a pattern matches. */
const analysedFlags = (re: RegExp): string => re.flags.replace('d', '');

async function analyse(re: RegExp): Promise<Verdict> {
  const flags = analysedFlags(re);
  const d = await check(re.source, flags, PARAMS);
  if (d.status !== 'vulnerable') return { status: d.status, detail: describe_(d) };
  const replay = await replayAttack(re.source, flags, d.attack);
  const confirmed = replay.stopped || (replay.last >= GROWTH_FROM_MS && replay.ratio >= GROWTH_RATIO);
  return { status: confirmed ? 'vulnerable' : 'unconfirmed', detail: `${describe_(d)}; replayed in Node.js: ${replay.text}` };
}

function describe_(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 200)}`;
  if (d.status === 'unknown') return `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}`;
  return `${d.complexity.summary} (${d.checker})`;
}

// Runs in a child process: the attack, pumped k times, matched once per size; CPU ms per size.
const REPLAY_SCRIPT = `const MAX_CHARS = ${MAX_REPLAY_CHARS};
let d = '';
process.stdin.on('data', (c) => (d += c)).on('end', () => {
  const { source, flags, pumps, suffix, base, from } = JSON.parse(d);
  const re = new RegExp(source, flags);
  const build = (k) => pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, k + p.bias))).join('') + suffix;
  const cpu = (k) => {
    const s = build(k);
    re.lastIndex = 0;
    const t = process.cpuUsage();
    re.exec(s);
    const u = process.cpuUsage(t);
    process.stdout.write(JSON.stringify([s.length, (u.user + u.system) / 1000]) + '\\n');
    return (u.user + u.system) / 1000;
  };
  re.exec('warm up: the first match compiles the pattern');
  // Sizes stay within MAX_CHARS: past a few MB one match of a linear pattern slows down for the
  // memory, not the matching (a phrase list measured 264 ms at 7.8 M chars, 872 ms at 15.6 M).
  let k = Math.max(1, base);
  while (cpu(k) < from && build(k * 2).length <= MAX_CHARS) k *= 2;
  // The pair that decides is measured three times each; the least CPU of each is reported last.
  const best = (n) => Math.min(cpu(n), cpu(n), cpu(n));
  const a = best(k);
  const b = best(k * 2);
  process.stdout.write(JSON.stringify([build(k).length, a]) + '\\n' + JSON.stringify([build(k * 2).length, b]) + '\\n');
});`;

interface Replay {
  stopped: boolean;
  /** CPU ms of the last size before doubling, and the growth at double length. */
  last: number;
  ratio: number;
  text: string;
}

/** Replay recheck's attack in a fresh Node.js process at growing sizes (see the header). */
function replayAttack(source: string, flags: string, attack: { pumps: unknown; suffix: string; base: number }): Promise<Replay> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', REPLAY_SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, HARD_LIMIT_MS);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      const points = out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as [number, number]);
      const steps = points.map(([n, ms]) => `${n} chars ${Math.round(ms)} ms`).join(', ');
      const a = points.at(-2)?.[1] ?? 0;
      const b = points.at(-1)?.[1] ?? 0;
      const ratio = a > 0 ? b / a : 0;
      resolve({
        stopped,
        last: a,
        ratio,
        text: stopped ? `${steps}${steps ? ', then ' : ''}still matching after ${HARD_LIMIT_MS / 1000} s` : `${steps} (x${ratio.toFixed(1)} at double length)`,
      });
    });
    child.stdin.end(JSON.stringify({ source, flags, pumps: attack.pumps, suffix: attack.suffix, base: attack.base, from: GROWTH_FROM_MS }));
  });
}

/** Run `fn` over `items`, `n` at a time. */
async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

// ---------------------------------------------------------------- what is analysed

const withChecks = builtinRules.filter((m) => Object.keys(m.meta.checks).length > 0);
const withoutChecks = builtinRules.filter((m) => Object.keys(m.meta.checks).length === 0);

/** A module's `patterns` record, or the reason it has none. */
async function patternsOf(id: string): Promise<Record<string, RegExp> | string> {
  const file = path.join(ROOT, 'rules', id, 'patterns.ts');
  if (!fs.existsSync(file)) return `rules/${id}/patterns.ts does not exist`;
  const mod = (await import(file)) as { patterns?: unknown };
  const p = mod.patterns;
  if (!p || typeof p !== 'object') return `rules/${id}/patterns.ts has no \`patterns\` export`;
  const bad = Object.entries(p).filter(([, v]) => !isPattern(v)).map(([k]) => k);
  if (bad.length) return `rules/${id}/patterns.ts: \`patterns\` holds values that are not RegExp: ${bad.join(', ')}`;
  if (Object.keys(p).length === 0) return `rules/${id}/patterns.ts: \`patterns\` is empty`;
  return p as Record<string, RegExp>;
}

const modulePatterns = new Map<string, Record<string, RegExp> | string>();
for (const m of withChecks) modulePatterns.set(m.meta.id, await patternsOf(m.meta.id));

const groups: Array<{ group: string; patterns: Record<string, RegExp> }> = [];
for (const [id, p] of modulePatterns) if (typeof p !== 'string') groups.push({ group: `rules/${id} patterns`, patterns: p });
groups.push({ group: 'rules/ literals outside patterns.ts', patterns: regExpLiterals(ROOT, ['rules'], (f) => /\/patterns\.ts$/.test(f) || f === 'rules/index.ts') });
// src/files: the text of Word drafts and the image references of drafts go through its patterns.
for (const dir of ['src/document', 'src/rule-kit', 'src/engine', 'src/reporters', 'src/files']) groups.push({ group: dir, patterns: regExpLiterals(ROOT, [dir]) });
const only = process.env.UNLINTER_REDOS_GROUP;
if (only) groups.splice(0, groups.length, ...groups.filter((g) => g.group.includes(only)));

// The same pattern in two places is analysed once.
const key = (re: RegExp): string => `/${re.source}/${analysedFlags(re)}`;
const unique = new Map<string, RegExp>();
for (const g of groups) for (const re of Object.values(g.patterns)) unique.set(key(re), re);
const verdicts = new Map<string, Verdict>();

beforeAll(async () => {
  const list = [...unique];
  const results = await pool(list, PARALLEL, ([, re]) => analyse(re));
  list.forEach(([k], i) => verdicts.set(k, results[i]!));
}, 60 * 60_000);

afterAll(() => {
  const counts: Record<string, number> = {};
  for (const v of verdicts.values()) counts[v.status] = (counts[v.status] ?? 0) + 1;
  const unknown: string[] = [];
  for (const g of groups) {
    for (const [name, re] of Object.entries(g.patterns)) {
      const v = verdicts.get(key(re));
      if (v?.status === 'unknown' || v?.status === 'unconfirmed') unknown.push(`  ${g.group} ${name}: ${v.status}, ${v.detail}`);
    }
  }
  console.log(
    `recheck: ${verdicts.size} distinct patterns, ${JSON.stringify(counts)} (timeout ${TIMEOUT} ms per pattern).\n` +
      (unknown.length ? `Not proven safe, allowed (see the header of this file):\n${unknown.join('\n')}` : 'Every pattern was proven safe.'),
  );
});

// ---------------------------------------------------------------- tests

describe('every rule module with checks exports its patterns', () => {
  for (const m of withChecks) {
    it(m.meta.id, () => {
      const p = modulePatterns.get(m.meta.id)!;
      expect(typeof p === 'string' ? p : 'ok', 'each rule module lists its patterns in rules/<id>/patterns.ts for this test').toBe('ok');
    });
  }
  for (const m of withoutChecks) it.skip(`${m.meta.id} (no checks yet)`, () => {});
});

for (const g of groups) {
  if (Object.keys(g.patterns).length === 0) continue;
  describe(g.group, () => {
    for (const [name, re] of Object.entries(g.patterns)) {
      it(`${name} is not vulnerable`, () => {
        const v = verdicts.get(key(re));
        expect(v, 'analysed').toBeDefined();
        expect(v!.status === 'vulnerable' ? `${name} /${re.source}/${re.flags}: ${v!.detail}` : 'not vulnerable').toBe('not vulnerable');
      });
    }
  });
}

// A word list's source stands in a larger pattern as a placeholder until that pattern first runs
// (deferredSource in src/rule-kit/lazy-regexp.ts); a built pattern must hold none of them.
describe('no built pattern holds a deferred source placeholder', () => {
  for (const g of groups) {
    it(g.group, () => {
      const left = Object.entries(g.patterns).filter(([, re]) => re.source.includes('(?*')).map(([name]) => name);
      expect(left).toEqual([]);
    });
  }
});

describe('the analysis itself', () => {
  // Controls: the same pipeline must condemn patterns known to backtrack catastrophically,
  // and must not condemn a linear one, or the tests above prove nothing.
  it.each([
    ['nested quantifiers', /^(a+)+$/],
    ['overlapping alternation under a star', /^(?:\w|\d)*$/],
    ['three adjacent runs of white space', /\s*#?\s*$/],
  ])('finds %s vulnerable', async (_, re) => {
    const v = await analyse(re);
    expect(v.status, v.detail).toBe('vulnerable');
  }, 120_000);

  it('does not condemn bounded repetition (the attack check clears fuzzer false alarms)', async () => {
    const v = await analyse(/\[\^[^\]\r\n]{1,40}\]/i);
    expect(v.status, v.detail).not.toBe('vulnerable');
  }, 120_000);

  it('a module without patterns.ts, or without a `patterns` record in it, is reported', async () => {
    expect(await patternsOf('no-such-module')).toBe('rules/no-such-module/patterns.ts does not exist');
    expect(await patternsOf('../tests/support/no-patterns')).toBe('rules/../tests/support/no-patterns/patterns.ts has no `patterns` export');
  });

  it('found the patterns of src/document, src/rule-kit and src/files', () => {
    for (const dir of ['src/document', 'src/rule-kit', 'src/files']) expect(Object.keys(regExpLiterals(ROOT, [dir])).length, dir).toBeGreaterThan(10);
  });
});
