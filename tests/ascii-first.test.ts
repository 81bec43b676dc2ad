/**
 * The letter-class rewrite (src/rule-kit/ascii-first.ts) must match exactly what the class it
 * replaces matches, read forwards or inside a look-behind, with or without the `i` flag, on
 * ASCII, Latin-1, astral and case-folding characters alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiFirst, asciiFirstSource } from '../src/rule-kit/ascii-first.js';
import { lazyRegExp } from '../src/rule-kit/lazy-regexp.js';

// Characters where an ASCII shortcut could go wrong: ASCII letters and digits, the two non-ASCII
// characters that fold to ASCII letters (ſ, K), dotted and dotless i, Latin-1 letters and
// signs, marks, other scripts, astral letters and digits, lone surrogates, punctuation.
const CHARS = [
  'a', 'z', 'A', 'Z', 's', 'S', 'k', 'K', 'i', 'I', '0', '9', '_', '-', "'", '.', ' ', '\n', '\t',
  'ſ', 'K', 'İ', 'ı', 'ß', 'ẞ', 'é', 'É', 'ª', 'º', 'µ', '²', '¼', '×', '÷', '\u00a0', '’', '—', '“',
  '\u0301', '\u0345', 'Σ', 'ς', 'σ', 'Ж', 'ж', '日', '٣', '५', 'ǅ', '𝐀', '𝟘', '😀', '\ud800', '\udc00',
];
const CLASS_BODIES = [
  '\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '\\p{Nd}', '\\p{L}\\p{N}_', "\\p{L}'’-", '\\p{L}\\p{M}.\'’-', '\\p{Lu}@',
  '\\p{L}\\p{N}_+.,/-', '\\p{Ll}\'’-', '\\p{M}',
];
const FLAGS = ['u', 'iu', 'gu', 'giu', 'dgiu'];

function matchesAll(source: string, flags: string, texts: readonly string[]): string {
  const re = new RegExp(source, flags.replace('g', ''));
  return texts.map((t) => JSON.stringify(re.exec(t))).join('\n');
}

describe('asciiFirstSource', () => {
  it('rewrites non-negated classes and bare property escapes, and nothing else', () => {
    expect(asciiFirstSource("[\\p{L}'’-]{1,30}", 'gu')).toBe("(?:[A-Za-z'’-]|(?=[^\\x00-\\x7f])(?![A-Za-z'’-])[\\p{L}'’-]){1,30}");
    expect(asciiFirstSource('(?<![\\p{L}\\p{N}_])x', 'giu')).toBe('(?<!(?:[A-Za-z0-9_]|(?=[\\p{L}\\p{N}_])(?![A-Za-z0-9_])[^\\x00-\\x7f]))x');
    expect(asciiFirstSource('\\p{Lu}{3}', 'u')).toBe('(?:[A-Z]|(?=[^\\x00-\\x7f])(?![A-Z])[\\p{Lu}]){3}');
    expect(asciiFirstSource('[\\p{M}]', 'u')).toBe('(?:(?=[^\\x00-\\x7f])[\\p{M}])');
    // A look-ahead inside a look-behind reads forwards again.
    expect(asciiFirstSource('(?<=(?=\\p{L})a)', 'u')).toBe('(?<=(?=(?:[A-Za-z]|(?=[^\\x00-\\x7f])(?![A-Za-z])[\\p{L}]))a)');
    // Negated classes, classes with other properties, sources without `u` or with `v`: unchanged.
    for (const [s, f] of [['[^\\p{L}]', 'u'], ['[\\p{L}\\p{Sc}]', 'u'], ['\\P{L}', 'u'], ['[a-z]\\p{L}', ''], ['[\\p{L}]', 'v'], ['\\\\p{L}', 'u']] as const) {
      expect(asciiFirstSource(s, f), s).toBe(s);
    }
    // Escapes and named groups are read as such: `\[` is no class, `(?<name>` no look-behind.
    const digit = '(?:[0-9]|(?=[^\\x00-\\x7f])(?![0-9])[\\p{N}])';
    expect(asciiFirstSource('\\[\\p{N}\\](?<n>\\p{N})', 'u')).toBe(`\\[${digit}\\](?<n>${digit})`);
  });

  it('matches exactly what the original class matches, forwards and in look-behinds', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...CLASS_BODIES), fc.constantFrom(...FLAGS), fc.array(text, { minLength: 1, maxLength: 8 }), (body, flags, texts) => {
        for (const template of ['[B]', '[B]{1,3}', '(?<![B])[B]?', '(?<=[B]{2})\\s', '(?<![B])x(?![B])', 'q(?<=[B]{1,4})', '\\p{L}[B]\\p{N}']) {
          const source = template.replaceAll('B', body);
          expect(matchesAll(asciiFirstSource(source, flags), flags, texts), `${source} /${flags}`).toBe(matchesAll(source, flags, texts));
        }
      }),
      { numRuns: 1500, seed: 20261207 },
    );
  });

  it('splits each class into two branches no character can take both, so no backtracking is added', () => {
    // A character both branches took would let a repeated class match one text in two ways.
    for (const flags of ['u', 'iu']) {
      for (const body of CLASS_BODIES) {
        const group = asciiFirstSource(`[${body}]`, flags);
        const fast = /^\(\?:(\[[^\]]*\])\|/.exec(group)?.[1];
        const slow = group.slice(fast === undefined ? 3 : fast.length + 4, -1);
        for (const c of CHARS) {
          const both = fast !== undefined && new RegExp(`^${fast}$`, flags).test(c) && new RegExp(`^(?:${slow})$`, flags).test(c);
          expect(both, `${JSON.stringify(c)} in both branches of ${group} /${flags}`).toBe(false);
        }
      }
    }
  });

  it('leaves a rewritten source meaning the same when rewritten again', () => {
    const once = asciiFirstSource('(?<![\\p{L}\\p{N}_])[\\p{L}]{2}', 'iu');
    const twice = asciiFirstSource(once, 'iu');
    const texts = CHARS.flatMap((a) => CHARS.map((b) => `${a}${b}xy`));
    expect(matchesAll(twice, 'iu', texts)).toBe(matchesAll(once, 'iu', texts));
  });
});

describe('asciiFirst and lazyRegExp', () => {
  it('give patterns with the same flags that find the same matches', () => {
    const literal = /(?<![\p{L}\p{N}_])(?:caf[eé]|naïve|über)(?![\p{L}\p{N}_])/giu;
    const fast = asciiFirst(literal);
    expect(fast.flags).toBe(literal.flags);
    expect(fast.source).not.toBe(literal.source);
    const lazy = lazyRegExp(literal.source, literal.flags);
    const text = 'Café, xcafé, CAFE’s über-cool naïveté; ſcafe über_ 𝐀über über😀';
    const all = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(all(fast)).toEqual(all(literal));
    expect(all(lazy)).toEqual(all(literal));
    // Not after ſ or an astral letter, not before `t` or `_`; after a curly quote or a dash, yes.
    expect(all(literal)).toEqual(['0:Café', '13:CAFE', '20:über', '58:über']);
    // A literal with nothing to rewrite comes back as it is.
    const plain = /\bword\b/g;
    expect(asciiFirst(plain)).toBe(plain);
  });
});
