/**
 * `neutrality/political-activity`: taking part in political initiatives, or calling others to:
 * joining protests, rallies and marches ("join us at Saturday's march against the land law", "I
 * marched"), signing or sharing political petitions, donating to campaigns or parties, joining a
 * party or a campaign, running for office, campaign work. Reporting that a protest took place,
 * or a security advisory to avoid it, is not a finding.
 */
import { hasAnyWord, sentenceWindow, squash, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { patternsFor, reported } from './context.js';
import { CAPITAL_START, CAPS_WORDS_BEFORE, DETERMINER_BEFORE, DONATE, FOR_SOMEONE_AFTER, JOIN_PROTEST, MONTH_AFTER, POLITICAL_EVENT_WORD, PARTY_MEMBERSHIP, PETITION, POLITICAL_CAMPAIGN, PROTESTING } from './patterns.js';
import { DONATE_KEYS, MEMBERSHIP_KEYS, PETITION_KEYS, PROTEST_KEYS, PROTESTING_KEYS } from './keys.js';
import type { Options } from './options.js';

/**
 * "join us in March" is a month and "the Safari Rally" a car race: a capitalised gathering word
 * counts only after "the", "a" or a possessive and before no date, and not as part of an
 * event's name unless that name is political.
 */
function realGathering(text: string, start: number, end: number): boolean {
  const noun = text.slice(start, end);
  if (!CAPITAL_START.test(noun)) return true;
  if (MONTH_AFTER.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const name = CAPS_WORDS_BEFORE.exec(before);
  if (name) return POLITICAL_EVENT_WORD.test(name[1]!);
  return DETERMINER_BEFORE.test(before);
}

/** Report political activity by the author or calls to it. */
export function politicalActivity(doc: Document, ctx: CheckContext<Options>): void {
  const P = patternsFor(ctx);
  for (const seg of doc.prose) {
    const text = seg.text;
    const hits: Array<[number, number]> = [];
    JOIN_PROTEST.lastIndex = 0;
    for (let m = hasAnyWord(seg, PROTEST_KEYS) ? JOIN_PROTEST.exec(text) : null; m; m = JOIN_PROTEST.exec(text)) {
      const noun = m.indices![1]!;
      if (realGathering(text, noun[0], noun[1])) hits.push([m.index, m.index + m[0].length]);
    }
    for (const [re, keys] of [[PROTESTING, PROTESTING_KEYS], [PETITION, PETITION_KEYS], [PARTY_MEMBERSHIP, MEMBERSHIP_KEYS]] as const) {
      if (!hasAnyWord(seg, keys)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        // "knocking on doors for the Harbour Alliance" is an endorsement, reported by that check.
        if (re === PARTY_MEMBERSHIP && FOR_SOMEONE_AFTER.test(text.slice(end, end + 120))) continue;
        hits.push([m.index, end]);
      }
    }
    DONATE.lastIndex = 0;
    for (let m = hasAnyWord(seg, DONATE_KEYS) ? DONATE.exec(text) : null; m; m = DONATE.exec(text)) {
      const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length);
      if (POLITICAL_CAMPAIGN.test(m[1]!) || P.context.test(sentence.text)) hits.push([m.index, m.index + m[0].length]);
    }
    hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let lastEnd = -1;
    for (const [s, e] of hits) {
      if (s < lastEnd) continue;
      lastEnd = e;
      if (reported(doc, seg, s, e, ctx)) continue;
      ctx.report({ messageId: 'politicalActivity', data: { phrase: squash(text.slice(s, e)) }, start: seg.start + s, end: seg.start + e });
    }
  }
}
