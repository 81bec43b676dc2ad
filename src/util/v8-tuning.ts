/**
 * How V8 compiles the rules' patterns and the linter's own functions, tuned to the size of a run
 * of the command line. Only a caller that owns its process (the binary) asks for this, since V8's
 * flags are process-wide: the Node API keeps V8's defaults. Matches are the same either way
 * (tests/bin.test.ts).
 *
 * - A short run (at most 16 files and 64 KB, the pre-commit case) compiles its patterns without
 *   V8's regexp optimisation passes. The rules hold a few hundred large patterns; on one short
 *   draft, compiling them with those passes cost about 250 ms, more than the whole of the
 *   matching, and the plain code matches at half the speed, which pays off only after about
 *   180 KB of text.
 * - Every run compiles each pattern made after the tuning to machine code on its first use. By
 *   default V8 first runs a pattern in its bytecode interpreter and compiles it on the second use;
 *   for the rules' large alternations that first, interpreted pass over a paragraph cost more
 *   than the compiling saves: 509 posts took 9.5-9.6 s against 10.3-12.4 s, and 20 posts
 *   (132 KB) 1.1-1.5 s against 1.7-2.1 s, on one thread; the field-diary sample alone
 *   0.42-0.44 s against 0.45-0.54 s. The rules build their patterns on first use (LazyRegExp),
 *   after the tuning.
 *
 *   This sets the interpreter's run count to zero (`--regexp-tier-up-ticks=0`) and leaves V8's
 *   tier-up on. Turning tier-up off (`--no-regexp-tier-up`), as this module once did, can crash V8
 *   (Node 20's V8 11.3; a segmentation fault in about one run in ten of a test that linted 509
 *   posts as two-byte strings): a pattern that ran once in the interpreter before the switch, such
 *   as Node's own `/%2F|%5C/i` that checks each module's path, keeps the interpreter's entry as its
 *   code, and after the switch V8 calls that entry as machine code. With the count at zero,
 *   tier-up stays on, a pattern made earlier compiles on its next use as V8 always does, and one
 *   made after compiles on its first.
 * - On Node 20 (V8 11.3), every run lets a function run eight times longer before V8 optimises
 *   it (`--interrupt-budget`, 8 x 66 KB of bytecode). With V8's default, a cold run over 2,592
 *   posts made 1,643 optimising compiles, many of the same functions more than once, and the
 *   optimising compiler's background threads took 23% of the run's CPU samples (a `perf` profile
 *   of every thread); on two cores they compete with the two lint workers. With the budget raised
 *   it made 651, and the run took 12.1-15.5 s against 13.7-16.3 s (4 rounds in turn with the build
 *   before), with the same output. A function that stays hot is still optimised, a little later.
 *   Newer V8 versions tier up differently (through Maglev) from other defaults, and the budget
 *   was measured only here, so they keep their own.
 *
 * The compiled-code cache (src/util/load-bundle.ts) puts V8's defaults back before it writes.
 */
import { statOrNull } from './stat.js';
import v8 from 'node:v8';

/** V8's default optimiser budget on Node 20 (V8 11.3), the V8 the raised budget was measured on. */
const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;

/** Whether this V8 gets the raised optimiser budget: the V8 of Node 20 only (see above). */
export const TUNES_INTERRUPT_BUDGET = /^11\.3\./.test(process.versions.v8);

/** The budget a function's bytecode spends before V8 considers optimising it: eight times the default. */
export const INTERRUPT_BUDGET = 8 * DEFAULT_INTERRUPT_BUDGET;

/**
 * The V8 flags this module changes after start-up, each with the setting that puts V8's default
 * back (the compiled-code cache does, before it writes).
 */
export const TUNED_V8_FLAGS: ReadonlyArray<{ readonly name: string; readonly restore: string }> = [
  { name: 'regexp-optimization', restore: '--regexp-optimization' },
  { name: 'regexp-tier-up-ticks', restore: '--regexp-tier-up-ticks=1' },
  ...(TUNES_INTERRUPT_BUDGET ? [{ name: 'interrupt-budget', restore: `--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}` }] : []),
];

const SHORT_RUN_FILES = 16;
const SHORT_RUN_BYTES = 64 * 1024;

/** The flags set so far, in the order they were set. */
const tuned: string[] = [];

/**
 * Whether the process was started with the V8 flag `name` (as `--name`, `--no-name` or
 * `--name=value`, `_` or `-`), on its command line or in `NODE_OPTIONS`: that setting is the
 * user's, and a run neither tunes nor restores it.
 */
export function startedWith(name: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const startup = `${process.execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`.replace(/_/g, '-');
  return new RegExp(`--(?:no-)?${name}(?![\\w-])`).test(startup);
}

/** Set `flag` (`--name`, `--no-name` or `--name=value`, one of TUNED_V8_FLAGS) unless the process was started with it. */
function set(flag: string): void {
  if (startedWith(flag.replace(/^--(?:no-)?/, '').replace(/=.*/, ''))) return;
  v8.setFlagsFromString(flag);
  if (!tuned.includes(flag)) tuned.push(flag);
}

function tune(files: number, bytes: number): void {
  try {
    set('--regexp-tier-up-ticks=0');
    if (TUNES_INTERRUPT_BUDGET) set(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    if (files <= SHORT_RUN_FILES && bytes <= SHORT_RUN_BYTES) set('--no-regexp-optimization');
  } catch {
    /* a runtime that no longer takes flags after start keeps the default */
  }
}

/** The V8 flags this module has set in this process, as one string ('' when none): worker threads run under them too. */
export function tunedFlags(): string {
  return tuned.join(' ');
}

/** Tune for a run over these files (their sizes are looked up only for a few files, synchronously, as the drafts are read). */
export function tuneV8ForFiles(files: readonly string[]): void {
  if (files.length > SHORT_RUN_FILES) return tune(files.length, 0);
  let bytes = 0;
  for (const file of files) bytes += statOrNull(file)?.size ?? 0;
  tune(files.length, bytes);
}

/** Tune for a run over one text (standard input). */
export function tuneV8ForText(text: string): void {
  tune(1, Buffer.byteLength(text));
}
