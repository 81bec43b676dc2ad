import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, TUNES_INTERRUPT_BUDGET } from '../src/util/v8-tuning.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TUNING = pathToFileURL(path.join(ROOT, 'dist/src/util/v8-tuning.js')).href;

/**
 * V8's flags are process-wide, so each case runs in a child process: a pattern used once before
 * the tuning (as Node's own module-path check is), the tuning for `files` files, then a large
 * pattern made after it. Reports the flags set, how much machine code the large pattern's first
 * use compiled, and what the early pattern matches after the tuning.
 */
function tuneIn(files: number): { flags: string; compiled: number; early: Array<string | null> } {
  const script = `
    import v8 from 'node:v8';
    const { tuneV8ForFiles, tunedFlags } = await import(${JSON.stringify(TUNING)});
    const early = /%2F|%5C/i;
    early.exec('a%2fb');
    tuneV8ForFiles(Array.from({ length: ${files} }, (_, i) => 'missing-' + i + '.md'));
    const words = Array.from({ length: 300 }, (_, i) => 'w' + i.toString(36) + 'x' + (i * 7919).toString(36));
    const large = new RegExp('(?<![\\\\p{L}])(?:' + words.join('|') + ')(?![\\\\p{L}])', 'giu');
    const before = v8.getHeapCodeStatistics().code_and_metadata_size;
    large.exec('a paragraph that holds none of the words');
    const compiled = v8.getHeapCodeStatistics().code_and_metadata_size - before;
    const subjects = ['one byte %5C here', 'two byte \\u2019 %2F here', 'none here', 'two byte \\u2019 none'];
    const out = [];
    for (let round = 0; round < 3; round++) for (const s of subjects) out.push(early.exec(s)?.[0] ?? null);
    console.log(JSON.stringify({ flags: tunedFlags(), compiled, early: out }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { flags: string; compiled: number; early: Array<string | null> };
}

// The optimiser budget is raised on Node 20's V8 only (src/util/v8-tuning.ts).
const BUDGET = TUNES_INTERRUPT_BUDGET ? ` --interrupt-budget=${INTERRUPT_BUDGET}` : '';

describe('V8 tuning', () => {
  const earlyMatches = Array.from({ length: 3 }, () => ['%5C', '%2F', null, null]).flat();

  // Tier-up stays on: switching it off after start-up makes V8 call a pattern's interpreter entry
  // as machine code (src/util/v8-tuning.ts); the count of interpreted runs goes to zero instead.
  it('compiles a pattern made after the tuning on its first use, with V8 tier-up left on', () => {
    const long = tuneIn(40);
    expect(long.flags).toBe(`--regexp-tier-up-ticks=0${BUDGET}`);
    // The first use of a 300-word alternation compiled machine code (V8's default would interpret it).
    expect(long.compiled).toBeGreaterThan(10_000);
    expect(long.early).toEqual(earlyMatches);
  });

  it('also compiles without the optimisation passes in a short run', () => {
    const short = tuneIn(3);
    expect(short.flags).toBe(`--regexp-tier-up-ticks=0${BUDGET} --no-regexp-optimization`);
    expect(short.compiled).toBeGreaterThan(0);
    expect(short.early).toEqual(earlyMatches);
  });

  // The optimising compiler's threads took 23% of a cold run's CPU samples with V8's default budget.
  it.skipIf(!TUNES_INTERRUPT_BUDGET).each([
    ['on the main thread', false],
    ['in a worker started after the tuning, as lint workers are', true],
  ])('lets functions run longer before V8 optimises them %s', (_where, inWorker) => {
    // Twenty small functions, each called 300 times: enough for V8's default budget to mark each
    // for optimisation, not enough under the tuned one. --trace-opt prints one line per marking;
    // compiling on the marking thread (--no-concurrent-recompilation) keeps the compiler's own
    // trace lines from being printed by another thread in the middle of them.
    const work = `
      const fns = Array.from({ length: 20 }, (_, i) => new Function('x', 'let s = ' + i + '; for (let j = 0; j < 20; j++) s = (s + x * j) | 0; return s;'));
      let t = 0;
      for (const f of fns) for (let k = 0; k < 300; k++) t ^= f(k);
      console.log('sum', t);
    `;
    const marked = (tuned: boolean): number => {
      const script = `
        import { Worker } from 'node:worker_threads';
        const { tuneV8ForFiles } = await import(${JSON.stringify(TUNING)});
        if (${tuned}) tuneV8ForFiles(Array.from({ length: 40 }, (_, i) => 'missing-' + i + '.md'));
        const work = ${JSON.stringify(work)};
        if (${inWorker}) await new Promise((resolve, reject) => new Worker(work, { eval: true }).on('exit', resolve).on('error', reject));
        else new Function(work)();
      `;
      const r = spawnSync(process.execPath, ['--trace-opt', '--no-concurrent-recompilation', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^sum -?\d+$/m);
      return r.stdout.match(/\[marking [^\]\n]*<JSFunction \(sfi/g)?.length ?? 0;
    };
    expect(marked(false)).toBeGreaterThanOrEqual(20);
    expect(marked(true)).toBe(0);
  });

  it('leaves a flag the process was started with as the user set it', () => {
    const tunedUnder = (startFlag: string): string => {
      const script = `
        const { tuneV8ForFiles, tunedFlags } = await import(${JSON.stringify(TUNING)});
        tuneV8ForFiles(Array.from({ length: 40 }, (_, i) => 'missing-' + i + '.md'));
        console.log(tunedFlags());
      `;
      const r = spawnSync(process.execPath, [startFlag, '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.trim();
    };
    expect(tunedUnder('--regexp_tier_up_ticks=5')).toBe(BUDGET.trim());
    if (TUNES_INTERRUPT_BUDGET) expect(tunedUnder('--interrupt-budget=100000')).toBe('--regexp-tier-up-ticks=0');
  });

  it('leaves V8 alone when nothing tunes it', () => {
    const script = `
      import v8 from 'node:v8';
      const words = Array.from({ length: 300 }, (_, i) => 'w' + i.toString(36));
      const large = new RegExp('(?:' + words.join('|') + ')', 'g');
      const before = v8.getHeapCodeStatistics().code_and_metadata_size;
      large.exec('none of the words');
      console.log(v8.getHeapCodeStatistics().code_and_metadata_size - before);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    // The control: without the tuning, V8 interprets a pattern's first use and compiles nothing.
    expect(Number(r.stdout)).toBe(0);
  });
});
