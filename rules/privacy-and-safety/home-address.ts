/**
 * `home-address`: home and street addresses in prose. Three ways in: a house number with a
 * street in English or in the forms of many duty stations (`14 Kenyatta Avenue`, `12 rue de la
 * Paix`, `Calle Mayor 23`, `Plot 12, Kololo`, `House No. 5`); a home placed by a road or a landmark
 * (`our flat above the pharmacy on Moi Avenue`, `she lives behind the mosque`); and P.O. boxes or
 * postcodes given as someone's own. The public address of an office or a venue is not private.
 */
import { matchProse, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  ADDRESS_FOLLOWER, ADDRESS_LEAD, ADDRESS_TAIL, DIGIT, FIRST_TWO_TOKENS, FIRST_WORD, DATE_BEFORE_STREET, FURTHER_PART, GRID_ADDRESS, UNIT_TAIL, HOME_CONTEXT, HOME_LEADIN, HOME_WORD, HOUSE_NUMBER, LANDMARK_AFTER, NUMBER_AFTER, NUMBER_STREET, NUMBER_THEN_STREET_WORD, ORG_BEFORE, POSTCODE, PO_BOX, PUBLIC_PLACE, ROAD_AFTER, STREET_THEN_NUMBER, WEAK_STREET_TYPE,
} from './patterns.js';
import { has, loose, maskWords, sentenceText, textAfter, textBefore } from './context.js';
import { NON_PERSON_SUBJECTS } from './words.js';
import type { Options } from './options.js';

const NOT_PEOPLE = new Set(NON_PERSON_SUBJECTS);

/** Whether a span lies inside a link's text (a linked address is a public place's page). */
function inLink(doc: Document, start: number, end: number): boolean {
  return doc.links.some((l) => l.start <= start && l.end >= end && l.kind !== 'definition');
}

/** Words ending in `s` that are not plural nouns, so may follow an address. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'this', 'across', 'address', 'always', 'perhaps', 'as', 'towards', 'unless', 'besides', 'its', 'his', 'hers', 'ours', 'theirs', 'yours', 'whereas', 'thus', 'plus', 'us']);

export function homeAddress(doc: Document, ctx: CheckContext<Options>): void {
  const official = ctx.settings.organization.officialAddresses.map(loose).filter((a) => a.length >= 6);
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const report = (home: boolean, start: number, end: number): void => {
    taken.push([start, end]);
    ctx.report({ messageId: home ? 'homeAddress' : 'streetAddress', data: { address: maskWords(doc.text.slice(start, end)) }, start, end });
  };
  const isOfficial = (address: string): boolean => {
    const a = loose(address);
    return official.some((o) => o.includes(a) || a.includes(o));
  };

  for (const seg of doc.prose) {
    const hasDigit = DIGIT.test(seg.text);
    if (hasDigit) {
      for (const re of [GRID_ADDRESS, NUMBER_STREET, STREET_THEN_NUMBER, NUMBER_THEN_STREET_WORD, HOUSE_NUMBER]) {
        for (const { match, start, end: coreEnd } of matchProse([seg], re)) {
          if (re === NUMBER_STREET && DATE_BEFORE_STREET.test(match[0])) continue;
          // A town and postcode right after belong to the same address.
          // So do a flat or unit number (`, apartment 41`).
          const unitEnd = re === HOUSE_NUMBER ? coreEnd : coreEnd + (UNIT_TAIL.exec(textAfter(seg, coreEnd, 30))?.[0].length ?? 0);
          const end = unitEnd + (ADDRESS_TAIL.exec(textAfter(seg, unitEnd, 60))?.[0].length ?? 0);
          if (overlaps(start, end) || isOfficial(match[0])) continue;
          const sentence = sentenceText(doc, seg, start).text;
          const home = has(HOME_CONTEXT, sentence);
          const before = textBefore(seg, start, 80);
          const lead = has(ADDRESS_LEAD, before.slice(-24));
          if (!home && re !== GRID_ADDRESS && !addressLike(seg, match[0], coreEnd, lead, re === HOUSE_NUMBER)) continue;
          // A public building: the sentence says so, an organisation is named right before it, or it is a link to the place.
          if (!home && (has(PUBLIC_PLACE, sentence) || has(ORG_BEFORE, before) || inLink(doc, start, end))) continue;
          report(home, start, end);
        }
      }
    }
    // A home placed by a landmark, a named road or a house number.
    if (HOME_WORD.test(seg.text)) {
      for (const { match, start } of matchProse([seg], HOME_LEADIN)) {
        const leadEnd = start + match[0].length;
        if (NOT_PEOPLE.has(FIRST_WORD.exec(match[1]!)?.[0] ?? '')) continue;
        if (overlaps(start, leadEnd + 1)) continue;
        const after = textAfter(seg, leadEnd, 120);
        const m = LANDMARK_AFTER.exec(after) ?? ROAD_AFTER.exec(after) ?? NUMBER_AFTER.exec(after);
        if (!m) continue;
        const end = leadEnd + m[0].length;
        if (overlaps(start, end) || isOfficial(doc.text.slice(leadEnd, end))) continue;
        report(true, start, end);
      }
    }
    // P.O. boxes and postcodes only when given as someone's own.
    if (hasDigit) {
      for (const re of [PO_BOX, POSTCODE]) {
        for (const { match, start, end } of matchProse([seg], re)) {
          if (overlaps(start, end) || isOfficial(match[0])) continue;
          if (!has(HOME_CONTEXT, sentenceText(doc, seg, start).text)) continue;
          report(true, start, end);
        }
      }
    }
  }
}

/**
 * Whether a street match reads as an address rather than a count or a name: no plural noun
 * follows it; weak street types (`Drive`, `Way`,
 * `Place`) and bare house numbers (`Flat 4`) also need a lead such as `at`, `on` or `address:`.
 */
function addressLike(seg: ProseSegment, text: string, end: number, lead: boolean, houseNumber: boolean): boolean {
  // A plural noun right after it makes the number a count: `3 Oxford Street shops`.
  const next = ADDRESS_FOLLOWER.exec(textAfter(seg, end, 30))?.[1];
  if (next && next.length > 3 && next.endsWith('s') && !NOT_PLURAL.has(next)) return false;
  if (houseNumber) return lead || FURTHER_PART.test(text.replace(FIRST_TWO_TOKENS, ''));
  if (WEAK_STREET_TYPE.test(text)) return lead;
  return true;
}
