/**
 * `date-of-birth`: a full date of birth (day, month and year) in context: labelled (`DOB:`,
 * `date of birth`), or `born on <date>` about the writer, their family, a colleague or a person
 * the office serves. Birthdays of public figures told as history are left alone.
 */
import { matchProse, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import {
  BIRTH_WORD, BORN_ON, DOB_LABELLED, DOB_PERSONAL, TRIBUTE, YEAR_ANYWHERE, YEAR_IN,
} from './patterns.js';
import { has, maskWords, sentenceText } from './context.js';
import type { Options } from './options.js';

export function dateOfBirth(doc: Document, ctx: CheckContext<Options>): void {
  const taken = new Set<number>();
  for (const seg of doc.prose) {
    if (!YEAR_ANYWHERE.test(seg.text) || !BIRTH_WORD.test(seg.text)) continue;
    for (const { match, start } of matchProse([seg], DOB_LABELLED)) {
      const date = match[1]!;
      const at = start + match[0].length - date.length;
      taken.add(at);
      ctx.report({ messageId: 'dateOfBirth', data: { date: maskWords(date) }, start: at, end: at + date.length });
    }
    for (const { match, start } of matchProse([seg], BORN_ON)) {
      const date = match[1]!;
      const at = start + match[0].length - date.length;
      if (taken.has(at)) continue;
      const sentence = sentenceText(doc, seg, start).text;
      // Births in living memory are private; older ones in a sentence about no one close are history.
      const year = Number(YEAR_IN.exec(date)?.[1] ?? 0);
      if (has(TRIBUTE, sentence) || (year < 1950 && !has(DOB_PERSONAL, sentence))) continue;
      ctx.report({ messageId: 'dateOfBirth', data: { date: maskWords(date) }, start: at, end: at + date.length });
    }
  }
}
