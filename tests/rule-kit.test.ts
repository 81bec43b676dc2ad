/**
 * The rule kit's phrase machinery, against plain reference implementations:
 * - `phraseRegExp` and `phraseSource` build a prefix tree of the phrases ("is(?:\s+(?:known|clear))?")
 *   instead of a flat, longest-first alternation. On generated phrase lists (words that are
 *   prefixes of each other, phrases that extend each other, hyphens, apostrophes, mixed case) and
 *   texts made of the same words, both must find the same matches at the same places, alone and
 *   with a following context that forces backtracking into a shorter phrase.
 * - `hasAnyWord` answers from a per-segment bit set; it must agree with a plain scan of the
 *   segment's words, for key sets first seen before or after the segment, and for a set that grew
 *   after it was first used.
 * - `deferredSource` stand-ins compose like strings and become their sources when a lazy pattern
 *   holding them is first used, never before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deferredPerList, deferredSource, escapeRegExp, hasAnyWord, isPattern, keyWords, lazyRegExp, phraseRegExp, phraseSource, phraseTest, segmentWords, wordListRegExp } from '../src/rule-kit/index.js';
import type { ProseSegment } from '../src/document/types.js';
import { lintText } from '../src/index.js';
import { ROOT } from './support/fixtures.js';

/** The flat alternation `phraseRegExp` built before the prefix tree (the reference). */
function flatPhraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  const parts = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/** The flat alternation `phraseSource` built before the prefix tree (the reference). */
function flatPhraseSource(phrases: readonly string[]): string {
  const parts = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/-/g, '[\\u002D\\u2010\\u2011\\u2013\\u2014\\u0020]')
        .replace(/\s+/g, '[\\s\\u2010\\u2011\\u002D]{1,20}')
        .replace(/['’]/g, "['’]"),
    );
  return parts.length === 0 ? '(?!)' : `(?:${parts.join('|')})`;
}

const WORDS = ['is', 'isn\'t', 'it', 'its', 'it\'s', 'known', 'know', 'not', 'no', 'off', 'off-site', 'the', 'record', 'on', 'e-mail', 'mail', 'A.B.', 'US', 'us', 'c++', 'Acme', 'acme.io', 'Off'];
const word = fc.constantFrom(...WORDS);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const phraseList = fc.array(phrase, { minLength: 1, maxLength: 12 });
const separator = fc.constantFrom(' ', '  ', '-', ' - ', '\n', '. ', ', ');
const text = fc.array(fc.tuple(word, separator), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

function matches(re: RegExp, s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('phrase patterns as prefix trees', () => {
  it('phraseRegExp matches what the flat alternation matches', () => {
    fc.assert(
      fc.property(phraseList, text, (list, s) => {
        expect(matches(phraseRegExp(list), s)).toEqual(matches(flatPhraseRegExp(list), s));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('phraseSource matches what the flat alternation matches, also when the context after it forces a shorter phrase', () => {
    fc.assert(
      fc.property(phraseList, text, fc.constantFrom('', '(?=\\s+not\\b)', '(?![\\p{L}])', '\\s+(?:the|on)'), (list, s, after) => {
        const trie = new RegExp(`(?<![\\p{L}\\p{N}_])${phraseSource(list)}${after}`, 'giu');
        const flat = new RegExp(`(?<![\\p{L}\\p{N}_])${flatPhraseSource(list)}${after}`, 'giu');
        expect(matches(trie, s)).toEqual(matches(flat, s));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('prefers the longer phrase and shares the prefix', () => {
    const re = phraseRegExp(['is', 'is known', 'is not known', 'it']);
    expect(re.source).toContain('is(?:');
    expect(matches(re, 'It is not known. It is known. It is.')).toEqual([
      [0, 'It'], [3, 'is not known'], [17, 'It'], [20, 'is known'], [30, 'It'], [33, 'is'],
    ]);
  });

  // Sibling words that can match at one place (a word and the same word with punctuation after it,
  // case variants, a space and a hyphen) must still give the longest phrase, as the flat list does.
  it('prefers the longest phrase when sibling words overlap', () => {
    const first = (re: RegExp, s: string) => matches(re, s)[0]?.[1];
    expect(first(wordListRegExp(['it', 'it is not known', "it's late"]), "it's late")).toBe("it's late");
    expect(first(wordListRegExp(['well-known fact here', 'well-known', 'well known person']), 'a well known person')).toBe('well known person');
    expect(first(phraseRegExp(['us', 'us on the record', 'US off']), 'US off')).toBe('US off');
    expect(first(phraseRegExp(['Acme', 'Acme Widgets Intl', 'Acme.io']), 'see Acme.io')).toBe('Acme.io');
    // Words that cannot match at one place are still shared as a tree.
    expect(wordListRegExp(['vote for me', 'vote now', 'protest']).source.match(/vote/g)).toHaveLength(1);
  });

  it('never matches for an empty list', () => {
    expect(matches(phraseRegExp([]), 'anything')).toEqual([]);
    expect(matches(new RegExp(phraseSource(['', '  ']), 'g'), 'anything')).toEqual([]);
  });
});

describe('hasAnyWord', () => {
  const seg = (t: string): ProseSegment => ({ kind: 'paragraph', text: t, start: 0, end: t.length, containers: [] });
  const plain = (t: string, keys: ReadonlySet<string>): boolean => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => keys.has(w));

  it('agrees with a scan of the words, for sets first used before or after the segment', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(word, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), (s, lists) => {
        const early = keyWords(lists[0]!);
        const segment = seg(s);
        expect(hasAnyWord(segment, early)).toBe(plain(s, early));
        // Sets the index has not seen when the segment's bits were computed.
        for (const list of lists.slice(1)) {
          const keys = keyWords(list);
          expect(hasAnyWord(segment, keys)).toBe(plain(s, keys));
          expect(hasAnyWord(seg(s), keys)).toBe(plain(s, keys));
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('gives each word lower-cased on its own, also where lower-casing the whole text would differ', () => {
    // Characters whose lower case is special: İ becomes two characters (i and a combining dot),
    // Σ depends on its neighbours, others change case across scripts or are letters only in part.
    // The long s is read as s, as the case-insensitive patterns read it.
    const tricky = ['İ', 'I', 'i', 'Σ', 'σ', 'ς', 'Ο', 'ß', 'ǅ', 'Ⅻ', 'Ⓐ', '\u0307', '\u0301', 'K', 'ſ', 'A', 'z', '7', "'", '’', '.', ' ', '-', 'é', 'Ä', '😀', '𝐀', '𝟘', '٣', '\uD835', '\uDC00', '\u00A0'];
    const perWord = (t: string): string[] => [...new Set((t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase().replaceAll('ſ', 's')))].sort();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 40 }), (chars) => {
        const t = chars.join('');
        expect([...segmentWords(seg(t))].sort()).toEqual(perWord(t));
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect([...segmentWords(seg('İSTANBUL ΟΔΟΣ plain Words'))].sort()).toEqual(perWord('İSTANBUL ΟΔΟΣ plain Words'));
    // Any text at all, astral characters and lone surrogates included.
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
        expect([...segmentWords(seg(t))].sort()).toEqual(perWord(t));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('lets through a paragraph spelt with the long s, which the case-insensitive patterns match', () => {
    const phrases = ['rumour has it', 'field visit'];
    const re = wordListRegExp(phrases, 'giu');
    for (const t of ['Rumour haſ it that', 'after the field viſit']) {
      re.lastIndex = 0;
      expect(re.test(t)).toBe(true);
      expect(phraseTest(phrases)(seg(t))).toBe(true);
      expect(hasAnyWord(seg(t), new Set(['has', 'visit']))).toBe(true);
    }
  });

  it('passes a paragraph exactly when it holds every word of some phrase, for short and long lists alike', () => {
    const vocabulary = ['my', 'role', 'as', 'the', 'field', 'visit', 'team', 'rumour', 'has', 'it', 'we', 'go'];
    const word = fc.constantFrom(...vocabulary);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 30 }),
        fc.array(word, { maxLength: 30 }),
        (phrases, paragraph) => {
          const words = new Set(paragraph);
          const expected = phrases.some((p) => p.split(' ').every((w) => words.has(w)));
          expect(phraseTest(phrases)(seg(paragraph.join(' ')))).toBe(expected);
        },
      ),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('notices a key set that grew after it was first used', () => {
    const keys = new Set(['absent']);
    expect(hasAnyWord(seg('the report is known'), keys)).toBe(false);
    keys.add('report');
    expect(hasAnyWord(seg('the report is known'), keys)).toBe(true);
  });
});

describe('lazyRegExp', () => {
  // A lazy pattern must answer every operation as the RegExp it stands for, before and after its
  // first use, including the string methods that look it up through their symbols.
  const pairs = (): Array<[RegExp, RegExp]> => [
    [lazyRegExp('(?<w>\\p{L}+)-(\\d)', 'gu'), /(?<w>\p{L}+)-(\d)/gu],
    [lazyRegExp('b(a)', 'i'), /b(a)/i],
    [lazyRegExp('x', 'gy'), /x/gy],
  ];
  const text = 'Ab-1 ba-2 xx BA-3 cd-4';

  it('matches as the RegExp it stands for', () => {
    for (const [lazy, real] of pairs()) {
      expect(isPattern(lazy)).toBe(true);
      expect(lazy instanceof RegExp).toBe(false);
      expect(lazy.lastIndex).toBe(0);
      lazy.lastIndex = 0;
      expect([lazy.source, lazy.flags, lazy.global, lazy.sticky, lazy.unicode, lazy.ignoreCase, String(lazy)]).toEqual([real.source, real.flags, real.global, real.sticky, real.unicode, real.ignoreCase, String(real)]);
      expect(lazy.test(text)).toBe(real.test(text));
      expect(lazy.lastIndex).toBe(real.lastIndex);
      lazy.lastIndex = 0;
      real.lastIndex = 0;
      expect(lazy.exec(text)).toEqual(real.exec(text));
      expect(lazy.exec(text)).toEqual(real.exec(text));
      lazy.lastIndex = real.lastIndex = 0;
      expect(text.match(lazy)).toEqual(text.match(real));
      expect(text.replace(lazy, '<$&>')).toBe(text.replace(real, '<$&>'));
      expect(text.replace(lazy, (m) => m.toUpperCase())).toBe(text.replace(real, (m) => m.toUpperCase()));
      expect(text.search(lazy)).toBe(text.search(real));
      expect(text.split(lazy)).toEqual(text.split(real));
      if (real.global) expect([...text.matchAll(lazy)]).toEqual([...text.matchAll(real)]);
      else expect(() => text.matchAll(lazy)).toThrow(TypeError);
      expect(new RegExp(lazy, 'g').source).toBe(real.source);
    }
  });

  it('reports a bad pattern when it is first used, not when it is made', () => {
    const bad = lazyRegExp('(', 'u');
    expect(() => bad.test('x')).toThrow(SyntaxError);
  });
});

describe('deferredSource', () => {
  it('builds a source only when a pattern holding it is first used, once, and nested', () => {
    let builds = 0;
    const inner = deferredSource(() => {
      builds++;
      return 'cat|dog';
    });
    const outer = deferredSource(() => `(?:${inner})s?`);
    const re = lazyRegExp(`\\b${outer}\\b`, 'g');
    const other = lazyRegExp(`^(?:${inner})$`);
    expect(builds).toBe(0);
    expect('cats and dogs, not birds'.match(re)).toEqual(['cats', 'dogs']);
    expect(re.source).toBe('\\b(?:cat|dog)s?\\b');
    expect(other.test('dog')).toBe(true);
    expect(builds).toBe(1);
  });

  it('throws if a stand-in reaches a RegExp without a lazy pattern, rather than matching something else', () => {
    const standIn = deferredSource(() => 'x');
    expect(() => new RegExp(`a${standIn}`)).toThrow(SyntaxError);
    expect(() => new RegExp(`a${standIn}`, 'u')).toThrow(SyntaxError);
  });

  it('gives one stand-in per list content with deferredPerList, and the same matches as the list built at once', () => {
    const alt = deferredPerList((list) => phraseSource(list));
    const list = ['is known', 'is', "it's"];
    expect(alt(list)).toBe(alt(list));
    // Settings bring a new array with the same words each time they are resolved.
    expect(alt([...list])).toBe(alt(list));
    expect(alt([...list, 'was'])).not.toBe(alt(list));
    const text = "It's late; it is known, is it";
    expect(text.match(lazyRegExp(`\\b${alt(list)}\\b`, 'gi'))).toEqual(text.match(new RegExp(`\\b${phraseSource(list)}\\b`, 'gi')));
  });

  // A long-lived process (an editor calling lintText on each change) must not add stand-ins per
  // call: the next stand-in's number shows how many were made in between.
  it('makes no new stand-ins when lintText runs again with the same settings', async () => {
    // A photo of people and a consent phrase: the photo check's consent list comes from settings.
    const text = '![Children at the school gate](kids.jpg)\n\nThe children of the village school, photographed with permission. In my role as head of the field office, I visited them. Call me on +254 712 345 612.\n';
    await lintText(text, { cwd: ROOT });
    const number = (standIn: string): number => Number(/\d+/.exec(standIn)![0]);
    const before = number(deferredSource(() => 'x'));
    for (let i = 0; i < 3; i++) await lintText(text, { cwd: ROOT });
    expect(number(deferredSource(() => 'x'))).toBe(before + 1);
  });

  // Runs last in this file: past the cap, sources are built at once.
  it('builds at once past its cap', () => {
    let last = '';
    for (let i = 0; i < 5000; i++) last = deferredSource(() => `n${i}`);
    expect(last).toBe('n4999');
  });
});
