/**
 * `personal-details`: a named person together with private details about them: their health
 * (`my colleague Amina is recovering from malaria`), their family or legal situation (`Joseph is
 * getting divorced`, `Amina's husband was arrested`), or where they live or rest (`at home in
 * Kilimani`, `on R&R in Nairobi`). Tributes to colleagues who died are left alone.
 */
import { hasAnyWord, keyWords, matchProse, maskValue, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  FAMILY, HEALTH, HEALTH_POSSESSIVE, HOME_OR_TRAVEL_DETAIL, NAMED_RELATION, NAME_POSSESSIVE, NAME_SUBJECT, TRIBUTE, WHITESPACE_RUN,
} from './patterns.js';
import { has, sentenceText } from './context.js';
import { DISEASES, FAMILY_WORDS, HEALTH_STATES, NON_PERSON_SUBJECTS, PERSON_ROLES } from './words.js';
import type { Options } from './options.js';

const NOT_NAMES = new Set([
  ...NON_PERSON_SUBJECTS, 'My', 'Our', 'His', 'Her', 'Their', 'Your', 'Mr', 'Mrs', 'Ms', 'Dr', 'Doctor', 'Team', 'Staff',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'God', 'Father', 'Mother', 'Sister', 'Brother',
]);
const ROLE_WORDS = new Set(PERSON_ROLES.map((r) => r.toLowerCase()));

/**
 * Words a paragraph must hold for each detail pattern to match in it, so that most paragraphs skip
 * the patterns: HEALTH needs a health state or a disease (after "has", "recovering from" ...),
 * HEALTH_POSSESSIVE ends in one of its record words, FAMILY needs one of its phrases and
 * HOME_OR_TRAVEL_DETAIL one of its fixed words.
 */
const HEALTH_KEYS = keyWords(HEALTH_STATES, DISEASES);
const HEALTH_POSSESSIVE_KEYS = new Set(['status', 'diagnosis', 'treatment', 'medication', 'medicines', 'test', 'results', 'result', 'infection', 'therapy', 'relapse', 'prognosis', 'antiretrovirals', 'arvs', 'chemotherapy', 'miscarriage']);
const FAMILY_KEYS = keyWords(FAMILY_WORDS);
const HOME_OR_TRAVEL_KEYS = new Set(['home', 'lives', 'r', 'leave', 'holiday', 'vacation']);

/** Whether a paragraph holds a private detail of any kind (where a named person may be found). */
export function hasDetail(seg: ProseSegment): boolean {
  return (
    (hasAnyWord(seg, HEALTH_KEYS) && has(HEALTH, seg.text)) ||
    (hasAnyWord(seg, HEALTH_POSSESSIVE_KEYS) && has(HEALTH_POSSESSIVE, seg.text)) ||
    (hasAnyWord(seg, FAMILY_KEYS) && has(FAMILY, seg.text)) ||
    (hasAnyWord(seg, HOME_OR_TRAVEL_KEYS) && has(HOME_OR_TRAVEL_DETAIL, seg.text))
  );
}

/** Which kind of private detail a sentence gives, if any. */
export function detailKind(sentence: string): string | null {
  if (has(TRIBUTE, sentence)) return null;
  if (has(HEALTH, sentence) || has(HEALTH_POSSESSIVE, sentence)) return 'health';
  if (has(FAMILY, sentence)) return 'family';
  if (has(HOME_OR_TRAVEL_DETAIL, sentence)) return 'home or travel';
  return null;
}

export function personalDetails(doc: Document, ctx: CheckContext<Options>): void {
  const done = new Set<number>();
  for (const seg of doc.prose) {
    if (!hasDetail(seg)) continue;
    const names: Array<{ name: string; start: number }> = [];
    for (const { match, start } of matchProse([seg], NAMED_RELATION)) {
      const name = match[1] ?? match[2];
      if (name) names.push({ name, start: start + match[0].indexOf(name) });
    }
    for (const re of [NAME_SUBJECT, NAME_POSSESSIVE]) {
      for (const { match, start } of matchProse([seg], re)) names.push({ name: match[1]!, start });
    }
    names.sort((a, b) => a.start - b.start);
    for (const { name, start } of names) {
      const firstWord = name.split(WHITESPACE_RUN)[0]!;
      if (NOT_NAMES.has(firstWord) || ROLE_WORDS.has(firstWord.toLowerCase())) continue;
      const sentence = sentenceText(doc, seg, start);
      if (done.has(sentence.start)) continue;
      const kind = detailKind(sentence.text);
      if (!kind) continue;
      done.add(sentence.start);
      ctx.report({ messageId: 'personalDetail', data: { name: maskValue(name, 1, 0), kind }, start, end: start + name.length });
    }
  }
}
