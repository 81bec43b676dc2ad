/**
 * `id-number`: identity document numbers written next to their label: passports, national ID
 * cards, social security and national insurance numbers, refugee and asylum registration numbers,
 * permits, licences, staff and laissez-passer numbers. A bare `ID 4567` (a ticket, a user id) is
 * left alone: the label must name a personal document.
 */
import { maskValue, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import {
  DATE_SHAPE, DIGIT, FOUR_DIGITS, FOUR_DIGITS_SPREAD, ID_KIND_NIN, ID_KIND_POSSESSIVE, ID_KIND_SSN, ID_NUMBER, NON_ALNUM_RUN, SHORT_CAPS, TRAILING_SEPARATORS, WHITESPACE_RUN_G, YEAR_LIST,
} from './patterns.js';
import type { Options } from './options.js';

/** A readable name for a label, for the message (`passport`, `national ID`, `refugee registration`). */
export function documentKind(label: string): string {
  const l = label.replace(WHITESPACE_RUN_G, ' ').trim();
  if (ID_KIND_POSSESSIVE.test(l)) return 'ID';
  if (ID_KIND_SSN.test(l)) return 'Social security';
  if (ID_KIND_NIN.test(l)) return 'National insurance';
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/**
 * The value proper: space-separated tokens while each holds a digit or is one to three capital
 * letters (`AB 12 34 56 C`); the first plain word (`A1234567 expires`) ends it.
 */
export function idValue(raw: string): string {
  const tokens = raw.split(' ');
  let out = '';
  for (const t of tokens) {
    if (!DIGIT.test(t) && !SHORT_CAPS.test(t)) break;
    out += (out ? ' ' : '') + t;
  }
  return out.replace(TRAILING_SEPARATORS, '');
}

export function idNumber(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    if (!FOUR_DIGITS_SPREAD.test(seg.text)) continue;
    // A local loop rather than `matchProse`: the next search starts right after the value, since
    // the pattern may have run on into the words after it (`A1234567 and my national ID ...`).
    ID_NUMBER.lastIndex = 0;
    for (let match = ID_NUMBER.exec(seg.text); match; match = ID_NUMBER.exec(seg.text)) {
      const start = seg.start + match.index;
      const value = idValue(match[2]!);
      ID_NUMBER.lastIndex = match.index + match[0].lastIndexOf(match[2]!) + Math.max(1, value.length);
      if (!FOUR_DIGITS.test(value) || DATE_SHAPE.test(value) || YEAR_LIST.test(value)) continue;
      if (value.replace(NON_ALNUM_RUN, '').length < 5) continue;
      const valueStart = start + match[0].lastIndexOf(match[2]!);
      ctx.report({
        messageId: 'idNumber',
        data: { kind: documentKind(match[1]!), value: maskValue(value, 1, 2) },
        start: valueStart,
        end: valueStart + value.length,
      });
    }
  }
}
