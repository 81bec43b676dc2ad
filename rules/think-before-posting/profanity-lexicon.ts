/**
 * The profanity lexicon, built once from the `cuss` word list and the lists in
 * `profanity-words.ts`: single words go in a set (looked up per word, so the cost does not grow
 * with the list), phrases of several words in one pattern.
 */
import { cuss } from 'cuss';
import { keyWords } from '../../src/rule-kit/index.js';
import { CLEAN_SENSES, EXTRA_PROFANITY, PROFANITY_MIN_SURENESS } from './profanity-words.js';
import { profanityPhrases } from './patterns.js';

export interface ProfanityLexicon {
  /** Lower-case single words. */
  words: ReadonlySet<string>;
  /** Phrases of two or more words, or hyphenated. */
  phrases: RegExp;
  /** Key words of the phrases (a paragraph without one has none of them). */
  phraseKeys: ReadonlySet<string>;
}

/** Build a lexicon: cuss words at or above the threshold, minus clean senses and `allow`, plus `extra`. */
export function buildLexicon(allow: readonly string[] = [], extra: readonly string[] = []): ProfanityLexicon {
  const skip = new Set([...CLEAN_SENSES, ...allow].map((w) => w.toLowerCase()));
  const words = new Set<string>();
  const phrases: string[] = [];
  const add = (w: string): void => {
    const lower = w.toLowerCase().trim();
    if (!lower || skip.has(lower)) return;
    if (/[\s-]/.test(lower)) phrases.push(lower);
    else words.add(lower);
  };
  for (const [word, rating] of Object.entries(cuss)) if (rating >= PROFANITY_MIN_SURENESS) add(word);
  for (const w of EXTRA_PROFANITY) add(w);
  for (const w of extra) add(w);
  return { words, phrases: profanityPhrases(phrases), phraseKeys: keyWords(phrases) };
}

/** The lexicon with no options, shared by the checks. */
export const DEFAULT_LEXICON = buildLexicon();

const cache = new Map<string, ProfanityLexicon>();

/** The lexicon for a module's options, cached by their content. */
export function lexiconFor(allow: readonly string[], extra: readonly string[]): ProfanityLexicon {
  if (allow.length === 0 && extra.length === 0) return DEFAULT_LEXICON;
  const key = JSON.stringify([allow, extra]);
  let hit = cache.get(key);
  if (!hit) {
    hit = buildLexicon(allow, extra);
    cache.set(key, hit);
  }
  return hit;
}
