/**
 * `neutrality/endorsement`: backing or opposing parties, candidates or political campaigns, with
 * or without the word "vote": "I'm backing her for mayor", "knocking on doors for the Unity
 * Party", "there's only one sensible choice on the ballot", "Vote yes on Proposition 5", slogans
 * ("Okafor for Mayor 2028!", "four more years") and partisan hashtags (#VoteNo, #Okafor2028 in an
 * electoral post, and the duty station's own list). Neutral reporting ("the General Assembly
 * adopted the resolution") names no target with a stance, and quotations are someone else's.
 */
import { hasAnyWord, sentenceWindow, squash, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { configuredHashtags, configuredKeys, orgNames, patternsFor, reported, validTarget } from './context.js';
import { BEST_CANDIDATE_KEYS, BID_KEYS, CAMPAIGN_WORK_TEST, SUPPORT_VERB_KEYS, CELEBRATE_KEYS, CHOICE_KEYS, ELECT_KEYS, GOVERNMENT_KEYS, OUST_KEYS, OFFICE_TITLE_KEYS, PRAISE_KEYS, PRONOUN_KEYS, SLOGAN_KEYS, STANCE_TEST, TARGET_KEYS, VOTE_KEYS, WON_KEYS } from './keys.js';
import { BEST_CANDIDATE, CHEER, PARTY_WORD_END, TITLED_NAME, CONTEST, SUPPORT_PRONOUN, ELECTORAL, HAS_MY_VOTE, HASHTAG, NAME_YEAR, OFFICE_IN_HASHTAG, HASHTAG_YEAR, NAME_FOR_OFFICE, ONLY_CHOICE, SLOGAN, UPPER_NEXT, VOTE_FOR_NAME, VOTE_FOR_NAME_ANY, VOTE_YES_NO, OPPOSE_GOVERNMENT, BACK_BID, FIRST_PERSON_WORD, ELECTION_YEAR_HINT, PRAISE_HINT } from './patterns.js';
import {
  CIVIC_HASHTAGS,
  CONTEXT_HASHTAG_PREFIXES,
  EVENT_HASHTAG_WORDS,
  GENERIC_WORK,
  PARTY_NAMES,
  PARTISAN_HASHTAG_PREFIXES,
  PARTISAN_HASHTAG_SUFFIXES,
  VOTE_HASHTAG_SIDES,
} from './political-terms.js';
import type { Options } from './options.js';

type EndorsementMessage = 'endorsement' | 'slogan' | 'hashtag';

interface Hit {
  start: number;
  end: number;
  messageId: EndorsementMessage;
}

const civic = new Set(CIVIC_HASHTAGS.map((h) => h.toLowerCase()));
const partyNames = new Set(PARTY_NAMES);
const generic = new Set(GENERIC_WORK.map((g) => g.toLowerCase()));
const voteSides = VOTE_HASHTAG_SIDES.map((v) => v.toLowerCase());

/** "#VoteNo", "#VoteForOkafor": a vote hashtag that names a side or a configured name. */
function voteHashtag(body: string, configuredNames: RegExp): boolean {
  if (!hasPrefix(body, ['Vote'])) return false;
  const rest = body.slice(body.startsWith('VoteFor') && body.length > 7 ? 7 : 4);
  const lower = rest.toLowerCase();
  if (voteSides.some((v) => lower.startsWith(v) && (lower.length === v.length || UPPER_NEXT.test(rest.slice(v.length, v.length + 1))))) return true;
  configuredNames.lastIndex = 0;
  return configuredNames.test(rest);
}
const events = EVENT_HASHTAG_WORDS.map((e) => e.toLowerCase());

/** Whether a hashtag body starts with one of the prefixes followed by a capital or digit (#VoteNo). */
function hasPrefix(body: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => body.startsWith(p) && body.length > p.length && UPPER_NEXT.test(body.slice(p.length, p.length + 1)));
}

/** Classify a hashtag: partisan, or not. */
function partisanHashtag(body: string, segmentText: string, ctx: CheckContext<Options>, configuredNames: RegExp): boolean {
  const lower = body.toLowerCase();
  if (civic.has(lower)) return false;
  if (configuredHashtags(ctx).has(lower)) return true;
  if (hasPrefix(body, PARTISAN_HASHTAG_PREFIXES) || voteHashtag(body, configuredNames)) return true;
  if (PARTISAN_HASHTAG_SUFFIXES.some((s) => body.endsWith(s) && body.length > s.length)) return true;
  configuredNames.lastIndex = 0;
  const namesSomeone = configuredNames.test(body);
  if (hasPrefix(body, CONTEXT_HASHTAG_PREFIXES)) return namesSomeone || OFFICE_IN_HASHTAG.test(body) || ELECTORAL.test(segmentText);
  const year = HASHTAG_YEAR.exec(body);
  if (year) {
    const name = year[1]!.toLowerCase();
    if (events.some((e) => name === e || name.endsWith(e) || name.startsWith(e))) return false;
    return namesSomeone || ELECTORAL.test(segmentText);
  }
  return false;
}

function collect(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>): Hit[] {
  const text = seg.text;
  const P = patternsFor(ctx);
  const orgs = orgNames(ctx);
  const hits: Hit[] = [];
  const push = (start: number, end: number, messageId: EndorsementMessage): void => {
    if (!reported(doc, seg, start, end, ctx)) hits.push({ start, end, messageId });
  };
  const has = (keys: ReadonlySet<string>): boolean => hasAnyWord(seg, keys);
  const targets = has(TARGET_KEYS) || has(configuredKeys(ctx));
  P.endorse.lastIndex = 0;
  for (let m = targets && STANCE_TEST(seg) ? P.endorse.exec(text) : null; m; m = P.endorse.exec(text)) {
    const end = m.index + m[0].length;
    if (validTarget(m.slice(2, 9), text.slice(end, end + 80), orgs)) push(m.index, end, 'endorsement');
  }
  // Each pattern runs only where one of its own key words is (the cheap test first).
  const praising = targets
    ? [...(has(PRAISE_KEYS) && PRAISE_HINT.test(text) ? [P.praise] : []), ...(has(CELEBRATE_KEYS) && has(WON_KEYS) ? [P.celebrate] : [])]
    : [];
  for (const re of praising) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (validTarget(m.slice(1, 8), text.slice(end, end + 80), orgs)) push(m.index, end, 'endorsement');
    }
  }
  for (const re of [SUPPORT_PRONOUN, BEST_CANDIDATE]) {
    if (re === SUPPORT_PRONOUN ? !has(PRONOUN_KEYS) || !has(SUPPORT_VERB_KEYS) : !has(BEST_CANDIDATE_KEYS)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "support him" names no one: political only when the paragraph is about an election or office.
      const around = text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 200);
      if (re === BEST_CANDIDATE || ELECTORAL.test(around) || P.context.test(around)) push(m.index, m.index + m[0].length, 'endorsement');
    }
  }
  CHEER.lastIndex = 0;
  for (let m = text.includes('!') ? CHEER.exec(text) : null; m; m = CHEER.exec(text)) {
    // "Come on, Labour!" cheers a party; "Go team!" or "Come on, Rovers!" does not.
    const name = m[1]!;
    P.configured.lastIndex = 0;
    const titled = name.includes(' ') ? name : undefined;
    const partyLike = PARTY_WORD_END.test(name) && validTarget([undefined, name, undefined, undefined, undefined, undefined, undefined], '', orgs);
    if (partyNames.has(name) || P.configured.test(name) || (titled !== undefined && TITLED_NAME.test(titled)) || partyLike) {
      push(m.index, m.index + m[0].length, 'endorsement');
    }
  }
  HAS_MY_VOTE.lastIndex = 0;
  for (let m = has(VOTE_KEYS) ? HAS_MY_VOTE.exec(text) : null; m; m = HAS_MY_VOTE.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 100);
    if (ELECTORAL.test(around) || P.context.test(around)) push(m.index, m.index + m[0].length, 'endorsement');
  }
  NAME_YEAR.lastIndex = 0;
  for (let m = ELECTION_YEAR_HINT.test(text) ? NAME_YEAR.exec(text) : null; m; m = NAME_YEAR.exec(text)) {
    // "Haddad 2029!" is a slogan in a political paragraph ("Rust 2024!" in a release note is not).
    const around = text.slice(Math.max(0, m.index - 600), m.index + m[0].length + 200);
    if (P.context.test(around) && !orgs.has(m[0].split(' ')[0]!.toUpperCase())) push(m.index, m.index + m[0].length, 'slogan');
  }
  P.oust.lastIndex = 0;
  for (let m = has(OUST_KEYS) && targets ? P.oust.exec(text) : null; m; m = P.oust.exec(text)) {
    const end = m.index + m[0].length;
    if (validTarget(m.slice(1, 8), '', orgs)) push(m.index, end, 'endorsement');
  }
  P.campaignFor.lastIndex = 0;
  for (let m = CAMPAIGN_WORK_TEST(seg) ? P.campaignFor.exec(text) : null; m; m = P.campaignFor.exec(text)) {
    const end = m.index + m[0].length;
    const name = m[10];
    // Volunteering counts only for a party or candidate; canvassing counts for anyone named.
    const strong = !generic.has(m[1]!.toLowerCase());
    const ok = validTarget(m.slice(2, 9), text.slice(end, end + 80), orgs) || (strong && (!!m[9] || (!!name && validTarget([undefined, undefined, undefined, undefined, undefined, undefined, `${name} for`], '', orgs))));
    if (ok) push(m.index, end, 'endorsement');
  }
  for (const re of [VOTE_YES_NO, SLOGAN]) {
    if (!has(re === SLOGAN ? SLOGAN_KEYS : VOTE_KEYS)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) push(m.index, m.index + m[0].length, re === SLOGAN ? 'slogan' : 'endorsement');
  }
  // Voting for a person by name: the author's vote or a call; or "vote for Kamau" anywhere an
  // election is named nearby. A contest ("vote for Maria's photo") is not politics.
  for (const re of has(VOTE_KEYS) || has(ELECT_KEYS) ? [VOTE_FOR_NAME, VOTE_FOR_NAME_ANY] : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]!;
      const end = m.index + m[0].length;
      const around = sentenceWindow(doc, seg.start + m.index, seg.start + end, 200).text;
      if (orgs.has(name.toUpperCase()) || CONTEST.test(around)) continue;
      if (re === VOTE_FOR_NAME_ANY && !ELECTORAL.test(text.slice(Math.max(0, m.index - 300), end + 300)) && !FIRST_PERSON_WORD.test(around)) continue;
      push(m.index, end, 'endorsement');
    }
  }
  for (const re of targets ? [OPPOSE_GOVERNMENT, BACK_BID] : []) {
    if (!has(re === OPPOSE_GOVERNMENT ? GOVERNMENT_KEYS : BID_KEYS)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (re === BACK_BID && !FIRST_PERSON_WORD.test(sentenceWindow(doc, seg.start + m.index, seg.start + end, 200).text)) continue;
      push(m.index, end, 'endorsement');
    }
  }
  NAME_FOR_OFFICE.lastIndex = 0;
  for (let m = has(OFFICE_TITLE_KEYS) ? NAME_FOR_OFFICE.exec(text) : null; m; m = NAME_FOR_OFFICE.exec(text)) {
    if (validTarget([undefined, undefined, undefined, undefined, undefined, undefined, `${m[1]} for`], '', orgs)) push(m.index, m.index + m[0].length, 'slogan');
  }
  ONLY_CHOICE.lastIndex = 0;
  for (let m = has(CHOICE_KEYS) ? ONLY_CHOICE.exec(text) : null; m; m = ONLY_CHOICE.exec(text)) {
    const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length);
    if (ELECTORAL.test(sentence.text)) push(m.index, m.index + m[0].length, 'endorsement');
  }
  HASHTAG.lastIndex = 0;
  for (let m = text.includes('#') ? HASHTAG.exec(text) : null; m; m = HASHTAG.exec(text)) {
    // The paragraph around the hashtag (bounded) says whether it is electoral.
    const around = text.slice(Math.max(0, m.index - 600), m.index + m[0].length + 600);
    if (partisanHashtag(m[1]!, around, ctx, P.configured)) push(m.index, m.index + m[0].length, 'hashtag');
  }
  return hits;
}

/** Report endorsement or opposition of parties, candidates and campaigns. */
export function endorsement(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    const hits = collect(doc, seg, ctx).sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      ctx.report({ messageId: h.messageId, data: { phrase: squash(seg.text.slice(h.start, h.end)) }, start: seg.start + h.start, end: seg.start + h.end });
    }
  }
}
