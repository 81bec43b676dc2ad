/**
 * Words in capitals that read as shouting, as opposed to acronyms ("UNICEF", "COVID") and
 * initialisms without vowels ("UNHCR"). Shared by the shouting and tone checks.
 */
import { COMMON_ACRONYMS, FUNCTION_WORDS, LEGAL_CAPITALS } from './shouting-words.js';
import { CAPS_POSSESSIVE, IDENTIFIER_CHAR, LEGAL_CAPS, LOWER_CASE, ROMAN_NUMERAL, UPPER_CASE, VOWEL } from './patterns.js';

const acronyms = new Set(COMMON_ACRONYMS);
const functionWords = new Set(FUNCTION_WORDS);

export type CapsKind = 'lower' | 'code' | 'function' | 'acronym' | 'shout';

/**
 * Classify a word: `lower` if it has a lower-case letter (or no letter in capitals), `code` for
 * identifiers (`NODE_ENV`, `SEMVER-MAJOR`, `UTF-8`), `function`
 * for short words that make capitals a sentence ("THE", "AND"), `acronym` for known names, roman
 * numerals and words without vowels or shorter than three letters, `shout` for the rest.
 */
export function capsKind(word: string, orgNames: ReadonlySet<string>): CapsKind {
  if (LOWER_CASE.test(word) || !UPPER_CASE.test(word)) return 'lower';
  if (IDENTIFIER_CHAR.test(word)) return 'code';
  const bare = word.replace(CAPS_POSSESSIVE, '');
  if (functionWords.has(bare) || functionWords.has(word)) return 'function';
  if (acronyms.has(bare) || orgNames.has(bare) || bare.length < 3 || !VOWEL.test(bare) || ROMAN_NUMERAL.test(bare)) return 'acronym';
  return 'shout';
}

/** Organisation names in capitals from settings, for `capsKind`. */
export function upperNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of n.split(' ')) if (w.length > 0) out.add(w.toUpperCase());
  return out;
}

/** Whether a text in capitals is a legal disclaimer ("PROVIDED AS IS, WITHOUT WARRANTY"). */
export function isLegalCapitals(text: string): boolean {
  return LEGAL_CAPS.test(text);
}

export { LEGAL_CAPITALS };
