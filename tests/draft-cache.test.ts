import { describe, expect, it } from 'vitest';
import { DraftCache } from '../src/rule-kit/draft-cache.js';
import { createDocument } from '../src/document/parse.js';

describe('DraftCache', () => {
  it('keeps a value per key, including false and null, apart from other caches', () => {
    const a = new DraftCache<object, boolean | null>('a');
    const b = new DraftCache<object, boolean | null>('b');
    const k1 = {};
    const k2 = {};
    expect(a.get(k1)).toBeUndefined();
    a.set(k1, false);
    a.set(k2, null);
    b.set(k1, true);
    expect([a.get(k1), a.get(k2), b.get(k1), b.get(k2)]).toEqual([false, null, true, undefined]);
    a.set(k1, true);
    expect(a.get(k1)).toBe(true);
  });

  it("stays out of the key's keys, its JSON and its equality", () => {
    const doc = createDocument('# Title\n\nOne paragraph with a [link](https://example.org).\n', 'draft.md');
    const seg = doc.prose[0]!;
    const before = { keys: Object.keys(seg), json: JSON.stringify(seg), doc: Object.keys(doc) };
    const cache = new DraftCache<object, string[]>('words');
    cache.set(seg, ['title']);
    cache.set(doc, ['doc']);
    expect({ keys: Object.keys(seg), json: JSON.stringify(seg), doc: Object.keys(doc) }).toEqual(before);
    expect(seg).toEqual(JSON.parse(before.json));
    expect(cache.get(seg)).toEqual(['title']);
    expect(cache.get(doc)).toEqual(['doc']);
  });

  it('falls back to a weak map for a key that cannot take a property', () => {
    const cache = new DraftCache<object, number>('n');
    const frozen = Object.freeze({ text: 'x' });
    cache.set(frozen, 7);
    expect(cache.get(frozen)).toBe(7);
    expect(Object.getOwnPropertySymbols(frozen)).toEqual([]);
    expect(cache.get(Object.freeze({}))).toBeUndefined();
  });
});
