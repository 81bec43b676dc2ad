/**
 * Tuning for a short run of the command line (the pre-commit case): at most 16 files and 64 KB.
 *
 * The rules hold a few hundred large patterns. On one short draft, compiling them with V8's regexp
 * optimisation passes costs about 250 ms, more than the whole of the matching; the plain code
 * matches at half the speed, which pays off only after about 180 KB of text. Matches are the same
 * either way. So a short run compiles its patterns without those passes. Only a caller that owns
 * its process (the binary) asks for this: workers and the Node API keep the optimised patterns.
 */
import fs from 'node:fs/promises';
import v8 from 'node:v8';

const SHORT_RUN_FILES = 16;
const SHORT_RUN_BYTES = 64 * 1024;

function skipRegExpOptimization(files: number, bytes: number): void {
  if (files > SHORT_RUN_FILES || bytes > SHORT_RUN_BYTES) return;
  try {
    v8.setFlagsFromString('--no-regexp-optimization');
  } catch {
    /* a runtime that no longer takes flags after start keeps the default */
  }
}

/** Tune for a run over these files if it is short (their sizes are looked up only for a few files). */
export async function tuneForShortFileRun(files: readonly string[]): Promise<void> {
  if (files.length > SHORT_RUN_FILES) return;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += (await fs.stat(file)).size;
    } catch {
      /* reported when it is read */
    }
  }
  skipRegExpOptimization(files.length, bytes);
}

/** Tune for a run over one text (standard input) if it is short. */
export function tuneForShortText(text: string): void {
  skipRegExpOptimization(1, Buffer.byteLength(text));
}
