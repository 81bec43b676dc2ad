/**
 * Building blocks for patterns made from word lists: an alternation source to compose into a
 * larger pattern, with typographic apostrophes and hyphens accepted where a list writes `'` or `-`.
 */

/**
 * The source of a non-capturing alternation of phrases, longest first, for composing into a
 * larger pattern: spaces match a bounded run of white space or hyphens (masked markup leaves
 * several spaces; "off-the-record" is "off the record"),
 * `'` matches `'` or `’`, and `-` matches a hyphen, a dash or a space.
 * Without word boundaries: the caller adds them.
 */
export function phraseSource(phrases: readonly string[]): string {
  const entries = phraseEntries(phrases, (p) =>
    p.split(/(\s+|-)/).map((t) =>
      // Hyphens written as escapes ("\\u002D" is "-", "\\u0020" a space) so that no later step rewrites the classes.
      t === '-'
        ? '[\\u002D\\u2010\\u2011\\u2013\\u2014\\u0020]'
        : /^\s/.test(t)
          ? '[\\s\\u2010\\u2011\\u002D]{1,20}'
          : escapeRegExp(t).replace(/['’]/g, "['’]"),
    ),
  );
  return entries.length === 0 ? '(?!)' : `(?:${trieSource(entries)})`;
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as atoms for `trieSource`: its words escaped, each run of white space as `\s+`. */
export function spacedAtoms(phrase: string): string[] {
  return phrase.split(/(\s+)/).map((t) => (/^\s/.test(t) ? '\\s+' : escapeRegExp(t)));
}

/** A phrase of a list as regular-expression atoms (words and the separators between them). */
export interface PhraseAtoms {
  atoms: readonly string[];
  /** The phrase's length, for the longest-first order. */
  length: number;
}

/** The distinct, trimmed, non-empty phrases of a list, each cut into atoms by `split`. */
export function phraseEntries(phrases: readonly string[], split: (phrase: string) => string[]): PhraseAtoms[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map((p) => ({ atoms: split(p).filter(Boolean), length: p.length }));
}

interface TrieNode {
  kids: Map<string, TrieNode>;
  end: boolean;
  /** Length of the longest phrase through this node. */
  max: number;
}

/**
 * The alternation of phrases as a prefix tree over their atoms: "is known|is clear|is" becomes
 * "is(?:\\s+(?:known|clear))?". It matches exactly what the flat, longest-first alternation
 * matches, in the same order of preference (a longer phrase before its own prefix; phrases that
 * differ at an atom cannot both match at one place), but V8 compiles it several times faster and
 * runs it about twice as fast, since a position that fails the first word fails once, not once per
 * phrase. Without a group around the whole: the caller adds one.
 */
export function trieSource(entries: readonly PhraseAtoms[]): string {
  const root: TrieNode = { kids: new Map(), end: false, max: 0 };
  for (const { atoms, length } of entries) {
    let node = root;
    for (const atom of atoms) {
      let kid = node.kids.get(atom);
      if (!kid) node.kids.set(atom, (kid = { kids: new Map(), end: false, max: 0 }));
      kid.max = Math.max(kid.max, length);
      node = kid;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const kids = [...node.kids]
      .sort((a, b) => b[1].max - a[1].max)
      .map(([atom, kid]) => {
        if (kid.kids.size === 0) return atom;
        const rest = emit(kid);
        return kid.end ? `${atom}(?:${rest})?` : `${atom}${rest}`;
      });
    return kids.length === 1 ? kids[0]! : `(?:${kids.join('|')})`;
  };
  return root.kids.size === 0 ? '(?!)' : emit(root);
}

/** Unicode word boundaries, as lookarounds, to wrap a phrase source in. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * A faster word start for phrases that all begin with an ASCII letter or digit: `\\b` rejects
 * most positions cheaply, and the Unicode lookbehind after it keeps "é" + "word" from matching.
 */
export const ASCII_WORD_START = '\\b(?<![\\p{L}\\p{N}_])';

/** The word start that suits a phrase list: `ASCII_WORD_START` when every phrase begins in ASCII. */
export function wordStartFor(phrases: readonly string[]): string {
  return phrases.every((p) => /^[A-Za-z0-9]/.test(p.trim())) ? ASCII_WORD_START : WORD_START;
}

/** A global, case-insensitive, Unicode pattern matching any of the phrases as whole words. */
export function wordListRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`${wordStartFor(phrases)}${phraseSource(phrases)}${WORD_END}`, flags);
}
