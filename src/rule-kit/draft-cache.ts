/**
 * A cache of what a check works out from one draft, kept on the draft's own objects (its Document
 * or one of its prose segments) rather than in a module's WeakMap keyed by them.
 *
 * A WeakMap that a module keeps lives in V8's old generation, and its entries for a young key held
 * their values through every young-generation collection until a full one: the words of each
 * paragraph (`tokens.ts`), its quotations, a draft's parsed links. So each draft's cached values,
 * and what they reach, were copied into the old generation while later drafts were linted, and
 * filled it until V8 ran a full collection. Kept on the key itself, a value dies with its draft in
 * the young generation. A serial run over 18f + digitalgov promoted 58 MB of young objects with
 * these caches, against 168 MB with the WeakMaps; moving the word sets alone gave 57 MB (see
 * README, Performance).
 *
 * The value sits under a symbol of the cache's own that is not enumerable, so it stays out of
 * `Object.keys`, JSON and the equality of tests. A key that cannot take a property (a frozen
 * object from a plugin) falls back to a WeakMap.
 */
export class DraftCache<K extends object, V> {
  readonly #slot: symbol;
  #fallback: WeakMap<K, V> | undefined;

  /** `name` names the symbol, for a debugger. */
  constructor(name: string) {
    this.#slot = Symbol(name);
  }

  get(key: K): V | undefined {
    const value = (key as Record<symbol, V | undefined>)[this.#slot];
    return value === undefined && this.#fallback ? this.#fallback.get(key) : value;
  }

  set(key: K, value: V): void {
    if (Object.isExtensible(key)) Object.defineProperty(key, this.#slot, { value, writable: true, configurable: true });
    else (this.#fallback ??= new WeakMap()).set(key, value);
  }
}
