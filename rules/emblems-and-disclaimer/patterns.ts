/**
 * Every regular expression of the `emblems-and-disclaimer` checks that runs on user text. Each
 * one is linear: alternations of fixed words with word boundaries, bounded runs of separators, no
 * nested quantifiers. `patterns` lists them all for the central ReDoS test.
 */
import { lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { escapeRegExp, wordListRegExp } from '../../src/rule-kit/index.js';
import { UN_SYSTEM_NAMES } from '../../src/rule-kit/index.js';
import { DISCLAIMER_PHRASES, EMBLEM_PHRASES, LOGO_WORDS, SCENE_WORDS } from './words.js';

/** A phrase list as one alternation of whole words (the rule-kit accepts curly apostrophes too). */
export function phrases(list: readonly string[]): RegExp {
  return wordListRegExp(list, 'iu');
}

/**
 * Organisation names as whole words. Short all-capital names ("UN", "WHO", "ILO") must be written
 * in capitals, so that "who" and the French "un" are not names; longer names match in any case.
 * Spaces and hyphens inside a name match one to three spaces, hyphens or underscores, so that
 * "UN-Habitat", "UN Habitat" and "un_habitat" all match.
 */
export function orgNamesRegExp(names: readonly string[], anyCase = false): RegExp {
  const parts = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  if (parts.length === 0) return /(?!)/g;
  // Case-insensitivity is scoped per name: the case-insensitive names are spelled out with both
  // cases of each ASCII letter, the acronyms are kept as written.
  const both = (s: string): string => s.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  const src = (n: string, ci: boolean): string => n.split(/[\s_-]+/).map((w) => (ci ? both(escapeRegExp(w)) : escapeRegExp(w))).join('[\\s_-]{1,3}');
  const acronym = (n: string): boolean => !anyCase && /^[A-Z]{2,6}$/.test(n);
  const alts = [...parts.filter((n) => !acronym(n)).map((n) => src(n, true)), ...parts.filter(acronym).map((n) => src(n, false))];
  return lazyRegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export const ORG_NAMES_DEFAULT = orgNamesRegExp(UN_SYSTEM_NAMES);
export const ORG_NAMES_DEFAULT_ANY_CASE = orgNamesRegExp(UN_SYSTEM_NAMES, true);
export const LOGO_WORD = phrases(LOGO_WORDS);
export const EMBLEM_PHRASE = phrases(EMBLEM_PHRASES);
export const SCENE_WORD = phrases(SCENE_WORDS);
export const DISCLAIMER = phrases(DISCLAIMER_PHRASES);
// "The views expressed on this blog are entirely my own", "All opinions shared here are mine":
// a views word, up to 60 characters of the same sentence (lazy, bounded), then "are my own".
export const DISCLAIMER_VIEWS =
  /\b(?:views?|opinions?|thoughts|tweets|posts|content|words|comments|statements)\b[^.!?\n]{0,60}?\b(?:are|is|remain|remains)\s{1,5}(?:entirely\s{1,5}|solely\s{1,5}|strictly\s{1,5}|only\s{1,5}|all\s{1,5}|purely\s{1,5})?(?:my\s{1,5}own|mine|personal|those\s{1,5}of\s{1,5}the\s{1,5}author)\b/iu;
// "... do not necessarily reflect the official position of ...", "doesn't represent the views".
export const DISCLAIMER_NOT_EMPLOYER =
  /\b(?:do|does|don['’]t|doesn['’]t)\s{1,5}(?:not\s{1,5})?(?:necessarily\s{1,5})?(?:reflect|represent)\s{1,5}(?:the\s{1,5})?(?:official\s{1,5})?(?:views?|positions?|opinions?|polic(?:y|ies)|those)\s{1,5}of\b/iu;

// Words of a file name: split at separators and at a lower-to-upper case change ("unicefLogo").
export const FILE_NAME_SPLIT = /[\s_.+~()[\]-]{1,20}|%20|(?<=\p{Ll})(?=\p{Lu})/gu;
// The extension of a file name, to drop it.
export const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;
// Words in a file name that say nothing about what it shows: colours, sizes, versions, formats.
export const FILE_NAME_FILLER =
  /^(?:icon|white|black|blue|colou?r|rgb|cmyk|mono|small|large|big|sm|lg|xl|official|new|old|hi|hires|lowres|transparent|square|round|horizontal|vertical|stacked|full|dark|light|en|fr|es|ar|ru|zh|v?\d{1,5}|\d{1,5}x\d{1,5}|\d{1,4}px|png|jpe?g|svg|gif|webp|final|copy)$/i;

export const patterns: Record<string, RegExp> = {
  ORG_NAMES_DEFAULT, ORG_NAMES_DEFAULT_ANY_CASE, LOGO_WORD, EMBLEM_PHRASE, SCENE_WORD, DISCLAIMER, DISCLAIMER_VIEWS, DISCLAIMER_NOT_EMPLOYER, FILE_NAME_SPLIT, EXTENSION, FILE_NAME_FILLER,
};
