/**
 * `think-before-posting/gossip`: complaints and gossip about colleagues, managers or the
 * workplace: a workplace subject with a complaint about it ("my line manager never replies",
 * "HQ has no idea what we do"), rumours ("I heard our director is leaving"), and set phrases
 * ("office drama", "guess who got fired", "I hate my job"). The guidance: post nothing you would
 * not want your boss to read. Praise ("my manager always makes time for us") is not a finding.
 */
import { hasAnyWord, isForeignLanguage, squash, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { GOSSIP_PHRASE, PRIVATE_LIFE, RUMOUR, WORKPLACE_COMPLAINT, WORKPLACE_SUBJECT } from './patterns.js';
import { COMPLAINT_KEYS, GOSSIP_TEST, PRIVATE_LIFE_KEYS, RUMOUR_KEYS, WORKPLACE_KEYS } from './keys.js';
import { othersWords } from './quoting.js';
import type { Options } from './options.js';

/** Where the last workplace subject inside a complaint starts ("this job but my manager never replies" -> "my manager"). */
function nearestSubject(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  let at = 0;
  WORKPLACE_SUBJECT.lastIndex = 0;
  for (let m = WORKPLACE_SUBJECT.exec(slice); m; m = WORKPLACE_SUBJECT.exec(slice)) at = m.index;
  return start + at;
}

/** Report complaints and gossip about the workplace. */
export function gossip(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    const text = seg.text;
    const hits: Array<[number, number]> = [];
    const workplace = hasAnyWord(seg, WORKPLACE_KEYS);
    const runs: Array<[RegExp, boolean]> = [
      [WORKPLACE_COMPLAINT, workplace && hasAnyWord(seg, COMPLAINT_KEYS)],
      [GOSSIP_PHRASE, GOSSIP_TEST(seg)],
      [RUMOUR, workplace && hasAnyWord(seg, RUMOUR_KEYS)],
      [PRIVATE_LIFE, workplace && hasAnyWord(seg, PRIVATE_LIFE_KEYS)],
    ];
    // The cheap tests first: a paragraph where no pattern can match is not read for its language.
    if (!runs.some(([, run]) => run) || isForeignLanguage(seg)) continue;
    for (const [re, run] of runs) {
      if (!run) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push([re === WORKPLACE_COMPLAINT ? nearestSubject(text, m.index, m.index + m[0].length) : m.index, m.index + m[0].length]);
    }
    hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let lastEnd = -1;
    for (const [s, e] of hits) {
      if (s < lastEnd) continue;
      lastEnd = e;
      if (ctx.options.ignoreQuoted && othersWords(doc, seg, s, e)) continue;
      ctx.report({ messageId: 'gossip', data: { phrase: squash(text.slice(s, e)) }, start: seg.start + s, end: seg.start + e });
    }
  }
}
