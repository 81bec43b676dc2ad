/**
 * Reading install advice in a sentence for `unofficial-software`: where the advice starts or ends
 * around a named source, whether the sentence warns against it instead, whether it is about
 * software at all.
 */
import { matchText, sentenceAt, type Document, type Sentence } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };
import {
  CLAUSE_BOUNDARY,
  CLAUSE_BREAK,
  CLAUSE_BREAK_AFTER,
  INSTALL_VERB,
  NEGATION,
  NOT_A_NEGATION,
  POINTS_BACK,
  PROHIBITION_AFTER,
  PRONOUN_AFTER,
  QUESTION_END,
  SOFTWARE_NOUN,
  WARNING_WORD,
  WORD,
} from './patterns.js';
import { hostIn, webLinks } from './url.js';

/** Words between two offsets of a text. */
export function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).match(WORD)?.length ?? 0;
}

/** All matches of a pattern in a string, with offsets relative to it. */
export function allMatches(text: string, re: RegExp): Array<{ start: number; end: number; text: string }> {
  return [...matchText(text, re)].map(({ match, start, end }) => ({ start, end, text: match[0] }));
}

/**
 * Whether a sentence warns against, reports on or asks about the practice rather than advising it:
 * a question; a warning word anywhere ("malware", "scam", "ask your IT focal point"); a negation
 * in the clause that leads to the advice ("please do not install ..."); a prohibition after it
 * ("... is not allowed"). `from` and `to` are the advice's offsets inside the sentence.
 */
export function isCautionary(text: string, from: number, to: number): boolean {
  if (QUESTION_END.test(text.trimEnd())) return true;
  const cleaned = text.replace(NOT_A_NEGATION, (m) => ' '.repeat(m.length));
  WARNING_WORD.lastIndex = 0;
  if (WARNING_WORD.test(cleaned)) return true;
  const before = cleaned.slice(0, from);
  const boundaries = [...matchText(before, CLAUSE_BOUNDARY)];
  const clauseStart = boundaries.length ? boundaries[boundaries.length - 1]!.end : 0;
  NEGATION.lastIndex = 0;
  if (NEGATION.test(cleaned.slice(clauseStart, to))) return true;
  PROHIBITION_AFTER.lastIndex = 0;
  return PROHIBITION_AFTER.test(cleaned.slice(to));
}

/**
 * The install advice before a source named at `sourceStart` (relative to the sentence): a verb, a
 * kind of software within four words after it, and at most ten words without a clause break
 * between the software and the source. Returns where the advice starts, or -1.
 */
export function adviceBefore(text: string, sourceStart: number): number {
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  for (let i = nouns.length - 1; i >= 0; i--) {
    const n = nouns[i]!;
    if (wordsBetween(text, n.end, sourceStart) > 10 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) break;
    const verbs = allMatches(text.slice(0, n.start), INSTALL_VERB);
    const v = verbs[verbs.length - 1];
    if (v && wordsBetween(text, v.end, n.start) <= 4 && !CLAUSE_BREAK.test(text.slice(v.end, n.start))) return v.start;
  }
  return -1;
}

/**
 * Install advice after a source named at `[sourceStart, sourceEnd)`: "someone on Reddit suggested
 * installing a tool" (a verb and a kind of software within twelve words, no "and" or "but"
 * between), or "a PDF converter I found on Facebook; just download it" (the software before the
 * source, a verb pointing back at it after). Returns the advice's end, or -1.
 */
export function adviceAfter(text: string, sourceStart: number, sourceEnd: number, following = ''): number {
  const rest = text.slice(sourceEnd);
  const verb = allMatches(rest, INSTALL_VERB)[0];
  if (verb && wordsBetween(rest, 0, verb.start) <= 12 && !CLAUSE_BREAK_AFTER.test(rest.slice(0, verb.start))) {
    const noun = allMatches(rest.slice(verb.end), SOFTWARE_NOUN)[0];
    if (noun && wordsBetween(rest, verb.end, verb.end + noun.start) <= 4) return sourceEnd + verb.end + noun.end;
  }
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  const n = nouns[nouns.length - 1];
  if (!n || wordsBetween(text, n.end, sourceStart) > 10 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) return -1;
  // The verb may open the next sentence: "... in our WhatsApp chat. I installed it at once."
  const after = rest + following;
  const back = allMatches(after, PRONOUN_AFTER)[0];
  if (back && wordsBetween(after, 0, back.start) <= 14) return sourceEnd + back.end;
  return -1;
}

/** The sentence before one in the same segment (sentences may not cover the spaces between them). */
export function previousSentence(doc: Document, sentence: Sentence): Sentence | undefined {
  for (let at = sentence.start - 1; at >= 0 && at >= sentence.start - 8; at--) {
    const s = sentenceAt(doc, at);
    if (s) return s.segment === sentence.segment ? s : undefined;
  }
  return undefined;
}

/** Whether a sentence is about installing software: an install verb with a kind of software after it. */
export function aboutSoftware(text: string): boolean {
  for (const v of allMatches(text, INSTALL_VERB)) {
    const n = allMatches(text.slice(v.end), SOFTWARE_NOUN)[0];
    if (n && wordsBetween(text, v.end, v.end + n.start) <= 4) return true;
  }
  return false;
}

/** "shared it on", "sent them via": the source refers back to software named before. */
export function pointsBack(text: string, sourceStart: number): boolean {
  return POINTS_BACK.test(text.slice(Math.max(0, sourceStart - 40), sourceStart));
}

/** Software named right before a plainly unofficial source ("Photoshop from this torrent site"). */
export function softwareBefore(text: string, sourceStart: number): number {
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  const n = nouns[nouns.length - 1];
  if (!n || wordsBetween(text, n.end, sourceStart) > 8 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) return -1;
  return n.start;
}

/** Whether a link in or right after the sentence goes to an official app store or the organisation's site. */
export function linksToOfficialSource(doc: Document, sentence: Sentence, org: readonly string[]): boolean {
  return webLinks(doc).some(
    (p) => p.link.start >= sentence.start && p.link.start < sentence.end + 200 && (hostIn(p.host, software.officialStores) || hostIn(p.host, org)),
  );
}
