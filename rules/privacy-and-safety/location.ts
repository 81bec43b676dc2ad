/**
 * `location`: operational location details: GPS coordinates and what3words addresses in the text,
 * map links that pin a place, a compound, guesthouse, base or office described so that it can be
 * found (`our compound is behind the Total station`), and where staff are staying or are right
 * now (`we are staying at the Acacia Guesthouse`, `I'm currently in Bentiu`).
 */
import { hasAnyWord, keyWords, matchProse, segmentAt, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import {
  COORDINATE_CONTEXT, COORDINATE_PREFILTER, DECIMAL_COORDINATES, DMS_COORDINATES, HEMISPHERE_COORDINATES, HERE_NOW, MAP_HOST, MAP_URL_COORDINATES, OFFICE_SITE, ON_START, OPERATIONAL_CONTEXT, PAST_TIME, PUBLIC_PLACE, SITE_DESCRIBED, SITE_VERB, SITE_WORD, STAYING_AT, THE_START, WHAT3WORDS, WHITESPACE_RUN,
} from './patterns.js';
import { has, lineContext, sentenceText, textAfter } from './context.js';
import { NON_PERSON_SUBJECTS, SITE_NOUNS, STAY_VERBS } from './words.js';
import type { Options } from './options.js';

const NOT_PLACES = new Set([...NON_PERSON_SUBJECTS, 'Beta', 'Alpha', 'Preview', 'Production', 'Stage', 'Phase', 'Touch', 'Charge', 'Contact', 'Control', 'Office']);

/**
 * Words a paragraph must hold for a pattern to match in it: SITE_DESCRIBED names a site noun,
 * STAYING_AT has a stay verb, HERE_NOW one of its time or state words.
 */
export const SITE_KEYS = keyWords(SITE_NOUNS);
export const STAY_KEYS = keyWords(STAY_VERBS);
export const HERE_NOW_KEYS = new Set(['currently', 'still', 'now', 'moment', 'presently', 'stuck', 'stranded', 'trapped']);

export function location(doc: Document, ctx: CheckContext<Options>): void {
  const taken: Array<[number, number]> = [];
  const report = (messageId: string, start: number, end: number): void => {
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    ctx.report({ messageId, data: {}, start, end });
  };

  for (const seg of doc.prose) {
    if (COORDINATE_PREFILTER.test(seg.text)) {
      for (const { match, start, end } of matchProse([seg], DECIMAL_COORDINATES)) {
        const lat = Math.abs(Number(match[1]));
        const lon = Math.abs(Number(match[3]));
        if (lat > 90 || lon > 180) continue;
        const marked = Boolean(match[2] || match[4]) || match[0].includes('°');
        if (!marked && !has(COORDINATE_CONTEXT, lineContext(seg, start, end))) continue;
        report('coordinates', start, end);
      }
      for (const { match, start, end } of matchProse([seg], HEMISPHERE_COORDINATES)) {
        if (Number(match[1]) <= 90 && Number(match[3]) <= 180) report('coordinates', start, end);
      }
      for (const { start, end } of matchProse([seg], DMS_COORDINATES)) report('coordinates', start, end);
    }
    if (seg.text.includes('///')) for (const { start, end } of matchProse([seg], WHAT3WORDS)) report('coordinates', start, end);

    for (const { match, start } of hasAnyWord(seg, SITE_KEYS) ? matchProse([seg], SITE_DESCRIBED) : []) {
      const site = match[1]!;
      const after = textAfter(seg, start + match[0].length, 4);
      if (OFFICE_SITE.test(site) && ON_START.test(after)) continue;
      // `the guest house next to the market was built in 1920`: a site named in passing, not described as where staff are.
      if (THE_START.test(site) && !SITE_VERB.test(match[0].slice(site.length))) continue;
      if (has(PAST_TIME, sentenceText(doc, seg, start).text)) continue;
      report('siteLocation', start, start + site.length);
    }
    for (const { match, start } of hasAnyWord(seg, STAY_KEYS) ? matchProse([seg], STAYING_AT) : []) {
      const place = match[2]!;
      // `staying in Nairobi` names a city; a named or operational site pins the place down.
      const preposition = match[1]!.trim().split(WHITESPACE_RUN).pop()?.toLowerCase();
      if (!has(SITE_WORD, place) && preposition !== 'at' && preposition !== 'into') continue;
      if (NOT_PLACES.has(place.trim())) continue;
      if (has(PAST_TIME, sentenceText(doc, seg, start).text)) continue;
      report('staffLocation', start, start + match[0].length);
    }
    for (const { match, start } of hasAnyWord(seg, HERE_NOW_KEYS) ? matchProse([seg], HERE_NOW) : []) {
      if (NOT_PLACES.has(match[2]!)) continue;
      if (has(PAST_TIME, sentenceText(doc, seg, start).text)) continue;
      report('staffLocation', start, start + match[0].length);
    }
  }

  for (const link of doc.links) {
    if (!MAP_HOST.test(link.url)) continue;
    const start = link.urlStart ?? link.start;
    const end = link.urlEnd ?? link.end;
    const seg = segmentAt(doc, link.start);
    const context = `${link.text} ${seg ? sentenceText(doc, seg, Math.max(seg.start, link.start)).text : ''}`;
    // Coordinates pin a place unless the text presents it as a public one (an office, a venue);
    // other map links matter where the text makes them a home or an operational site.
    const operational = has(OPERATIONAL_CONTEXT, context);
    if (!operational && !(MAP_URL_COORDINATES.test(link.url) && !has(PUBLIC_PLACE, context))) continue;
    report('mapLink', start, end);
  }
}
