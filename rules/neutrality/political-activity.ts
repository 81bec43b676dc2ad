/**
 * `neutrality/political-activity`: taking part in political initiatives, or calling others to:
 * joining protests, rallies and marches ("join us at Saturday's march against the land law", "I
 * marched"), signing or sharing political petitions, donating to campaigns or parties, joining a
 * party or a campaign, running for office, campaign work. Reporting that a protest took place,
 * or a security advisory to avoid it, is not a finding.
 */
import { hasAnyWord, sentenceWindow, squash, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { configuredKeys, patternsFor, reported } from './context.js';
import { PARTY_NAMES } from './political-terms.js';
import { ADVISORY, BOYCOTT, GATHERING_END, PERSONAL_OPENER, POLITICAL_EVENT, CAMPAIGN_WORK_ANYWHERE, CAMPAIGN_WORK_HINT, CAPITAL_START, DONATION, GATHERING, OUR_GATHERING, PETITION_WORD, COME_MARCH, FIRST_PERSON_WORD, RUNNING_GERUND, INVITATION, PROTEST_NOTICE, CAPS_WORDS_BEFORE, DETERMINER_BEFORE, DONATE, FOR_SOMEONE_AFTER, JOIN_PROTEST, MONTH_AFTER, MONTH_NOUN_AFTER, POLITICAL_EVENT_WORD, PARTY_MEMBERSHIP, PETITION, POLITICAL_CAMPAIGN, PROTESTING } from './patterns.js';
import { BOYCOTT_KEYS, DONATE_KEYS, DONATION_KEYS, CAMPAIGN_WORK_STRICT_TEST, EVENT_KEYS, GATHERING_KEYS, GERUND_KEYS, PARTY_OR_CAMPAIGN_KEYS, RUN_FOR_KEYS, RUN_KEYS, NOTICE_KEYS, PETITION_KEYS, PROTEST_KEYS, PROTESTING_KEYS } from './keys.js';
import type { Options } from './options.js';

const partyNames = new Set(PARTY_NAMES);

/**
 * "join us in March" is a month and "the Safari Rally" a car race: a capitalised gathering word
 * counts only after "the", "a" or a possessive and before no date ("March" not before a noun
 * either: "our March newsletter"), and not as part of an event's name unless that name is political.
 */
function realGathering(text: string, start: number, end: number): boolean {
  const noun = text.slice(start, end);
  if (!CAPITAL_START.test(noun)) return true;
  if (MONTH_AFTER.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const name = CAPS_WORDS_BEFORE.exec(before);
  if (name) return POLITICAL_EVENT_WORD.test(name[1]!);
  // "our March newsletter", "the March community call": a capitalised "March" before a noun is the month.
  if (noun === 'March' && MONTH_NOUN_AFTER.test(text.slice(end, end + 16))) return false;
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
    // PARTY_MEMBERSHIP ends in a party or campaign, in running for an office, or in campaign work.
    const member = hasAnyWord(seg, PARTY_OR_CAMPAIGN_KEYS) || (hasAnyWord(seg, RUN_KEYS) && hasAnyWord(seg, RUN_FOR_KEYS)) || CAMPAIGN_WORK_STRICT_TEST(seg);
    for (const [re, keys] of [[PROTESTING, PROTESTING_KEYS], [PETITION, PETITION_KEYS], [PARTY_MEMBERSHIP, null], [COME_MARCH, PROTESTING_KEYS]] as const) {
      if (keys === null ? !member : !hasAnyWord(seg, keys)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        // "knocking on doors for the Harbour Alliance" is an endorsement, reported by that check.
        if (re === PARTY_MEMBERSHIP && FOR_SOMEONE_AFTER.test(text.slice(end, end + 120))) continue;
        // An open letter is political only when its cause is ("demanding the minister's resignation").
        if (re === PETITION && m[1] !== undefined && !PETITION_WORD.test(m[1]) && !P.context.test(text.slice(m.index, end + 160))) continue;
        hits.push([m.index, end]);
      }
    }
    PROTEST_NOTICE.lastIndex = 0;
    for (let m = hasAnyWord(seg, NOTICE_KEYS) ? PROTEST_NOTICE.exec(text) : null; m; m = PROTEST_NOTICE.exec(text)) {
      // A notice is a call when it invites ("Be there!"), a security advisory when it warns.
      const around = text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 200);
      if (INVITATION.test(around) && !ADVISORY.test(around)) hits.push([m.index, m.index + m[0].length]);
    }
    for (const re of [CAMPAIGN_WORK_ANYWHERE, OUR_GATHERING]) {
      if (re === OUR_GATHERING ? !hasAnyWord(seg, GATHERING_KEYS) : !CAMPAIGN_WORK_HINT.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        if (re === CAMPAIGN_WORK_ANYWHERE && FOR_SOMEONE_AFTER.test(text.slice(end, end + 120))) continue;
        // "my March 2016 column" is a month.
        if (re === OUR_GATHERING && !realGathering(text, end - (GATHERING_END.exec(m[0])?.[0].length ?? 0), end)) continue;
        hits.push([m.index, end]);
      }
    }
    GATHERING.lastIndex = 0;
    for (let m = hasAnyWord(seg, NOTICE_KEYS) ? GATHERING.exec(text) : null; m; m = GATHERING.exec(text)) {
      // A gathering named near an invitation ("See you there!"), not in a security advisory, and
      // a political one: a real gathering word ("the Safari Rally" is a car race).
      const around = text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 200);
      if (INVITATION.test(around) && !ADVISORY.test(around) && realGathering(text, m.index, m.index + m[0].length)) hits.push([m.index, m.index + m[0].length]);
    }
    BOYCOTT.lastIndex = 0;
    for (let m = hasAnyWord(seg, BOYCOTT_KEYS) ? BOYCOTT.exec(text) : null; m; m = BOYCOTT.exec(text)) hits.push([m.index, m.index + m[0].length]);
    POLITICAL_EVENT.lastIndex = 0;
    for (let m = hasAnyWord(seg, EVENT_KEYS) ? POLITICAL_EVENT.exec(text) : null; m; m = POLITICAL_EVENT.exec(text)) {
      // Taking part in a party's event is activity when the sentence is about the author.
      const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length);
      if (FIRST_PERSON_WORD.test(sentence.text) || PERSONAL_OPENER.test(sentence.text) || INVITATION.test(sentence.text)) hits.push([m.index, m.index + m[0].length]);
    }
    DONATION.lastIndex = 0;
    for (let m = hasAnyWord(seg, DONATION_KEYS) ? DONATION.exec(text) : null; m; m = DONATION.exec(text)) {
      if (P.context.test(m[1]!)) hits.push([m.index, m.index + m[0].length]);
    }
    DONATE.lastIndex = 0;
    for (let m = hasAnyWord(seg, DONATE_KEYS) ? DONATE.exec(text) : null; m; m = DONATE.exec(text)) {
      const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length);
      // A qualifier word before "campaign" may be a party's name ("the Labour campaign").
      const named = m[2] !== undefined && (partyNames.has(m[2]) || configuredKeys(ctx).has(m[2].toLowerCase()));
      if (POLITICAL_CAMPAIGN.test(m[1]!) || named || P.context.test(sentence.text)) hits.push([m.index, m.index + m[0].length]);
    }
    RUNNING_GERUND.lastIndex = 0;
    for (let m = hasAnyWord(seg, GERUND_KEYS) ? RUNNING_GERUND.exec(text) : null; m; m = RUNNING_GERUND.exec(text)) {
      const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length);
      if (FIRST_PERSON_WORD.test(sentence.text)) hits.push([m.index, m.index + m[0].length]);
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
