/**
 * Key words that let each check skip a paragraph cheaply: a pattern can only match where one of
 * its key words occurs (see `hasAnyWord` in the rule kit). Configured names add their own words.
 */
import { keyWords, phraseTest } from '../../src/rule-kit/index.js';
import {
  CAMPAIGN_WORK,
  GENERIC_WORK,
  LOADED_ADJECTIVES,
  LOADED_NOUNS,
  LOADED_POSSESSIONS,
  OFFICES,
  PARTY_NAMES,
  PROTEST_NOUNS,
  STANCE_VERBS,
} from './political-terms.js';

const set = (...words: string[]): Set<string> => new Set(words);

/** Words one of which every political target has (besides configured names). */
export const TARGET_KEYS = new Set([
  ...keyWords(PARTY_NAMES),
  ...keyWords(OFFICES),
  'party', 'parties', 'opposition', 'incumbent', 'ruling', 'governing', 'challenger', 'president', 'minister',
  'pm', 'senator', 'sen', 'governor', 'gov', 'mayor', 'mp', 'congressman', 'congresswoman', 'councillor',
  'councilor', 'candidate', 'premier', 'chancellor', 'her', 'him', 'them', 'government', 'regime',
  'administration', 'junta', 'bid', 'campaign', 'candidacy', 'election', 'reelection',
]);
export const VOTE_KEYS = set('vote', 'voting', 'voted', 'votes');
export const ELECT_KEYS = set('elect', 'reelect');
export const OUST_KEYS = set('out');
export const SLOGAN_KEYS = set('years', 'out', 'president', 'minister', 'pm', 'mayor', 'governor', 'lock', 'bums', 'swamp', 'blue', 'red');
export const OFFICE_TITLE_KEYS = set('president', 'mayor', 'governor', 'senate', 'senator', 'congress', 'parliament', 'prime', 'pm', 'council', 'mp', 'chancellor', 'premier');
export const CHOICE_KEYS = set('choice', 'option', 'candidate', 'vote', 'answer', 'pick');

export const PROTEST_KEYS = keyWords(PROTEST_NOUNS);
/** PROTESTING and COME_MARCH ("come and rally", "let's picket", "let's strike" need "rally", "picket", "strike"). */
export const PROTESTING_KEYS = set('chanted', 'chanting', 'shouted', 'waved', 'held', 'joined', 'joining', 'join', 'marching', 'marched', 'march', 'protesting', 'protested', 'protest', 'rallying', 'rally', 'demonstrating', 'demonstrated', 'demonstrate', 'picketing', 'picketed', 'picket', 'striking', 'strike', 'streets', 'placards', 'banners', 'signs');
export const PETITION_KEYS = set('petition', 'letter');
export const DONATION_KEYS = set('donate', 'donated', 'donating', 'chip', 'chipped', 'contribute', 'contributed', 'contributing', 'gave', 'give');
export const DONATE_KEYS = set('campaign', 'party', 'candidate', 'chest');

export const LOADED_KEYS = new Set([
  ...keyWords(LOADED_NOUNS, LOADED_ADJECTIVES, LOADED_POSSESSIONS),
  'lying', 'lies', 'lied', 'stole', 'rigged', 'betrayed', 'sold', 'destroying', 'ruining', 'wrecking', 'killing',
  'looting', 'robbing', 'plundering', 'bankrupting', 'ruined', 'destroyed', 'wrecked', 'looted', 'robbed', 'plundered',
  'bankrupted', 'cronies', 'thugs', 'goons', 'henchmen', 'lackeys', 'puppets', 'gang', 'clown', 'idiot', 'crook', 'liar',
  'fool', 'thief', 'puppet', 'dictator', 'tyrant', 'traitor', 'criminal', 'fraud', 'buffoon', 'moron', 'embarrassment',
  'disgrace', 'catastrophe', 'disaster', 'failure',
]);
export const ELECTION_WAS_KEYS = set('stolen', 'rigged', 'sham', 'farce', 'fraudulent', 'fraud', 'fixed', 'bought', 'joke');
export const BOYCOTT_KEYS = set('boycott', 'spoil', 'stay');
export const EVENT_KEYS = set('rally', 'rallies', 'march', 'convention', 'congress', 'conference', 'meeting', 'event', 'launch', 'fundraiser', 'dinner', 'gala', 'hall', 'caucus', 'primary');
export const PRONOUN_RUINED_KEYS = set('ruined', 'destroyed', 'wrecked', 'looted', 'robbed', 'plundered', 'bankrupted', 'betrayed', 'sold');
export const LOADED_ELECTION_KEYS = set('rigged', 'stolen', 'sham', 'fake', 'fraudulent', 'bogus', 'called', 'farcical', 'illegitimate');
export const LOADED_LABEL_KEYS = set('enemy', 'enemies', 'puppet', 'regime');
export const LOADED_TITLE_KEYS = set('dictator', 'tyrant', 'despot', 'butcher', 'warlord');
/** PROTEST_NOTICE and GATHERING: a word of each of their gathering nouns (GATHERING also has "walkout"). */
export const NOTICE_KEYS = set('protest', 'rally', 'march', 'demonstration', 'sit', 'picket', 'vigil', 'walkout');

/** RT_MARKER, RESHARE_CALL and `reshare` ("RT'd" splits into "rt" and "d"; "RTd" is one word). */
export const RESHARE_KEYS = set(
  'rt', 'retweeted', 'retweet', 'tweeted', 'reposted', 'repost', 'posted', 'reshared', 'reshare', 'shared', 'share', 'liked',
  'like', 'followed', 'following', 'follow', 'boosted', 'boost', 'amplified', 'd', 'rtd',
);

// Keys of single patterns, tighter than the check-wide keys above (a pattern that cannot match
// is not run). Each set holds at least one word of every match of its pattern.
export const PRAISE_KEYS = set(
  'only', 'hope', 'best', 'right', 'obvious', 'leader', 'vote', 'votes', 'term', 'win', 'save', 'support', 'backing',
  'endorsement', 'lose', 'go', 'defeated', 'stopped', 'voted', 'removed', 'kicked', 'trusted', 'finished', 'done', 'disaster',
);
export const CELEBRATE_KEYS = set('happy', 'glad', 'proud', 'thrilled', 'delighted', 'pleased', 'relieved', 'overjoyed');
export const WON_KEYS = set('won', 'wins', 'winning', 'swept', 'took');
export const PRONOUN_KEYS = set('him', 'her', 'them');
export const SUPPORT_VERB_KEYS = set('support', 'back', 'endorse', 'vote', 'campaign', 'stand', 'rooting');
export const BEST_CANDIDATE_KEYS = set('candidate', 'leader', 'president', 'minister', 'mayor', 'governor', 'senator', 'mp');
export const GOVERNMENT_KEYS = set('government', 'regime', 'administration', 'junta', 'president', 'minister');
export const BID_KEYS = set('election', 'reelection', 'presidential', 'mayoral', 'campaign');
export const GATHERING_KEYS = set('march', 'rally', 'protest', 'sit', 'picket', 'walkout', 'strike');
export const POSSESSION_KEYS = keyWords(LOADED_POSSESSIONS);
export const ADJECTIVE_KEYS = keyWords(LOADED_ADJECTIVES);
export const LOADED_AFTER_KEYS = new Set([
  ...keyWords(LOADED_NOUNS, LOADED_ADJECTIVES),
  'lying', 'lies', 'lied', 'stole', 'rigged', 'betrayed', 'sold', 'destroying', 'ruining', 'wrecking', 'killing', 'looting',
  'robbing', 'plundering', 'bankrupting', 'selling', 'ruined', 'destroyed', 'wrecked', 'looted', 'robbed', 'plundered',
  'bankrupted', 'cronies', 'thugs', 'goons', 'henchmen', 'lackeys', 'puppets', 'gang',
]);
export const LOADED_NOUN_KEYS = keyWords(LOADED_NOUNS);
/** "shame on", "down with", "so-called", "has blood on its hands": opposition slogans without a modal. */
export const SLOGAN_WORD_KEYS = set('shame', 'down', 'called', 'blood');
/** "must go", "should resign", "needs to go": a modal, then one of the verbs. */
export const SLOGAN_MODAL_KEYS = set('must', 'should', 'needs');
export const SLOGAN_VERB_KEYS = set('go', 'resign', 'fall', 'stopped', 'removed', 'ousted', 'ashamed');
/** Words of every government, party or politician `partisanTarget` matches (configured names aside). */
export const PARTISAN_TARGET_KEYS = set(
  'government', 'regime', 'administration', 'junta', 'cabinet', 'governor', 'gov', 'mayor', 'senator', 'senators', 'sen',
  'congressman', 'congresswoman', 'councillor', 'councilor', 'mp', 'mps', 'speaker', 'chancellor', 'president', 'minister',
  'ministers', 'lawmakers', 'legislators', 'party', 'coalition', 'opposition', 'leader', 'head', 'state', 'pm', 'premier',
  'parliament', 'senate', 'congress', 'politicians', 'authorities', 'dictatorship', 'political', 'left', 'right', 'leftists',
  'lefties', 'liberals', 'conservatives', 'progressives', 'democrats', 'republicans', 'tories', 'labour', 'establishment',
  'candidate', 'front', 'alliance', 'movement', 'league', 'bloc',
);
/** The places of "in power": "the crooks in government", "the thieves running the ministry". */
export const IN_POWER_KEYS = set('government', 'power', 'parliament', 'charge', 'office', 'cabinet', 'presidency', 'palace', 'ministry', 'capital');
export const DEMONSTRATIVE_KEYS = set('clown', 'idiot', 'crook', 'liar', 'fool', 'thief', 'puppet', 'dictator', 'tyrant', 'traitor', 'criminal', 'fraud', 'buffoon', 'moron');

/** The stance verbs of `endorse` ("stand with", "vote for", "get behind"). */
export const STANCE_TEST = phraseTest(STANCE_VERBS);

/** Campaign work phrases ("knocking on doors", "working the phones"). */
export const CAMPAIGN_WORK_TEST = phraseTest(CAMPAIGN_WORK);
/** Campaign work other than volunteering, which PARTY_MEMBERSHIP reports without a target. */
export const CAMPAIGN_WORK_STRICT_TEST = phraseTest(CAMPAIGN_WORK.filter((c) => !GENERIC_WORK.includes(c)));
/** PARTY_MEMBERSHIP: joining a party or campaign ("party", "campaign" end those branches). */
export const PARTY_OR_CAMPAIGN_KEYS = set('party', 'campaign');
/** PARTY_MEMBERSHIP: running or standing for an office, or as a candidate. */
export const RUN_KEYS = set('running', 'ran', 'run', 'standing', 'stood', 'stand');
export const RUN_FOR_KEYS = set('office', 'parliament', 'council', 'mayor', 'senate', 'congress', 'president', 'election', 'reelection', 'governor', 'mp', 'assembly', 'candidate');
/** RUNNING_GERUND: "Running for parliament ...". */
export const GERUND_KEYS = set('running', 'standing');
