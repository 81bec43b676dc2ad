/**
 * Patterns built on first use. The rules build a few hundred large patterns; V8 checks each one's
 * syntax when it is constructed, which cost a one-draft run tens of milliseconds, while the
 * key-word prefilters let a short draft reach only some of them. A `LazyRegExp` keeps the source
 * and flags and constructs the RegExp the first time it is used. It answers every RegExp
 * operation the rules use (`exec`, `test`, `lastIndex`, `source`, `flags`, and the string methods
 * `match`, `matchAll`, `replace`, `search` and `split` through their symbols), so it stands where
 * a RegExp stands. `instanceof RegExp` is false for it: use `isPattern`.
 *
 * Building the source can cost more than the syntax check: a word list becomes a prefix tree
 * (`phraseSource`). `deferredSource` puts off that work as well: it returns a stand-in, `(?*N)`,
 * that composes into larger sources like any string and is replaced by the built source when a
 * `LazyRegExp` holding it is first used. Outside a character class the stand-in is not valid
 * regexp syntax, so one that reaches `new RegExp` directly throws rather than matching something
 * else; the tests check that no pattern's source holds one once built.
 */
import { asciiFirstSource } from './ascii-first.js';

export class LazyRegExp {
  #re: RegExp | undefined;
  /** The pattern as written: the running one when the rewrite left it as it was, else built when its source is asked for. */
  #written: RegExp | undefined;
  readonly #source: string;
  readonly #flags: string;

  constructor(source: string, flags = '') {
    this.#source = source;
    this.#flags = flags;
  }

  /**
   * The RegExp, built the first time it is asked for, with its letter classes rewritten to test
   * ASCII first (src/rule-kit/ascii-first.ts): the same matches, found faster.
   */
  get regExp(): RegExp {
    if (this.#re === undefined) {
      const written = resolveSource(this.#source);
      const fast = asciiFirstSource(written, this.#flags);
      this.#re = new RegExp(fast, this.#flags);
      if (fast === written) this.#written ??= this.#re;
    }
    return this.#re;
  }

  /** The source as written, as a RegExp of it gives it. */
  get source(): string {
    return (this.#written ??= new RegExp(resolveSource(this.#source), this.#flags)).source;
  }
  get flags(): string {
    return this.regExp.flags;
  }
  // The one-flag properties (`global`, `sticky` ...), read off the flags without building the pattern.
  static {
    for (const [name, flag] of [['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'], ['sticky', 'y'], ['unicode', 'u'], ['hasIndices', 'd'], ['dotAll', 's'], ['unicodeSets', 'v']] as const) {
      Object.defineProperty(LazyRegExp.prototype, name, {
        get(this: LazyRegExp): boolean {
          return this.#flags.includes(flag);
        },
      });
    }
  }
  get lastIndex(): number {
    return this.#re ? this.#re.lastIndex : 0;
  }
  set lastIndex(value: number) {
    // Resetting a pattern that was never used needs no pattern.
    if (this.#re || value !== 0) this.regExp.lastIndex = value;
  }
  exec(text: string): RegExpExecArray | null {
    return this.regExp.exec(text);
  }
  test(text: string): boolean {
    return this.regExp.test(text);
  }
  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.regExp[Symbol.match](text);
  }
  [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.regExp[Symbol.matchAll](text);
  }
  [Symbol.replace](text: string, replacement: string): string {
    return this.regExp[Symbol.replace](text, replacement);
  }
  [Symbol.search](text: string): number {
    return this.regExp[Symbol.search](text);
  }
  [Symbol.split](text: string, limit?: number): string[] {
    return this.regExp[Symbol.split](text, limit);
  }
}

/** Sources put off by `deferredSource`, by number: how to build one, then the built source. */
const deferred: Array<{ build?: (() => string) | undefined; source?: string }> = [];
const STAND_IN = /\(\?\*(\d+)\)/g;
/**
 * Stand-ins are kept for the life of the process, since any string may still hold one. The rules
 * make about 150 from their module-level word lists; past this many (a long-lived process that
 * lints with many different settings) sources are built at once instead.
 */
const MAX_DEFERRED = 4096;

/** A stand-in for the source `build` returns, built when a `LazyRegExp` holding it is first used. */
export function deferredSource(build: () => string): string {
  if (deferred.length >= MAX_DEFERRED) return build();
  deferred.push({ build });
  return `(?*${deferred.length - 1})`;
}

/**
 * `source` for word lists, deferred (`deferredSource`) and kept per list content, so that a list
 * used again gets the same stand-in: a module-level list in a pattern built per document, and a
 * list from settings, which each config resolution brings as a new array with the same words.
 */
export function deferredPerList(source: (list: readonly string[]) => string): (list: readonly string[]) => string {
  const made = new Map<string, string>();
  return (list) => {
    const key = list.join('\u0000');
    let standIn = made.get(key);
    if (standIn === undefined) {
      const words = [...list];
      standIn = deferredSource(() => source(words));
      // Past the cap the source comes back built; keeping it here would grow without bound.
      if (standIn.startsWith('(?*')) made.set(key, standIn);
    }
    return standIn;
  };
}

/** A source with its stand-ins replaced by the sources they stand for (which may hold stand-ins too). */
export function resolveSource(source: string): string {
  if (!source.includes('(?*')) return source;
  return source.replace(STAND_IN, (whole: string, n: string) => {
    const entry = deferred[Number(n)];
    if (!entry) return whole;
    if (entry.source === undefined) {
      entry.source = resolveSource(entry.build!());
      // Built: let go of the closure and the list it holds.
      entry.build = undefined;
    }
    return entry.source;
  });
}

/** A pattern built on first use, typed as the RegExp it stands for. */
export function lazyRegExp(source: string, flags = ''): RegExp {
  return new LazyRegExp(source, flags) as unknown as RegExp;
}

/** Whether a value is a pattern: a RegExp or a `LazyRegExp`. */
export function isPattern(value: unknown): value is RegExp {
  return value instanceof RegExp || value instanceof LazyRegExp;
}
