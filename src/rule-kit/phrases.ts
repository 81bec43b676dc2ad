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
  const parts = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        // Hyphens first, written as escapes ("\\u002D" is "-", "\\u0020" a space) so that the
        // replacements after them do not rewrite the classes they insert.
        .replace(/-/g, '[\\u002D\\u2010\\u2011\\u2013\\u2014\\u0020]')
        .replace(/\s+/g, '[\\s\\u2010\\u2011\\u002D]{1,20}')
        .replace(/['’]/g, "['’]"),
    );
  return parts.length === 0 ? '(?!)' : `(?:${parts.join('|')})`;
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
