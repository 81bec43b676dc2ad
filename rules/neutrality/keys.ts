/**
 * Key words that let each check skip a paragraph cheaply: a pattern can only match where one of
 * its key words occurs (see `hasAnyWord` in the rule kit). Configured names add their own words.
 */
import { keyWords } from '../../src/rule-kit/index.js';
import {
  CAMPAIGN_WORK,
  LOADED_ADJECTIVES,
  LOADED_NOUNS,
  LOADED_POSSESSIONS,
  OFFICES,
  PARTY_NAMES,
  PROTEST_NOUNS,
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
export const CAMPAIGN_WORK_KEYS = keyWords(CAMPAIGN_WORK);
export const VOTE_KEYS = set('vote', 'voting', 'voted', 'votes');
export const ELECT_KEYS = set('elect', 'reelect', 're');
export const OUST_KEYS = set('out');
export const SLOGAN_KEYS = set('years', 'out', 'president', 'minister', 'pm', 'mayor', 'governor', 'lock', 'bums', 'swamp', 'blue', 'red');
export const OFFICE_TITLE_KEYS = set('president', 'mayor', 'governor', 'senate', 'senator', 'congress', 'parliament', 'prime', 'pm', 'council', 'mp', 'chancellor', 'premier');
export const CHOICE_KEYS = set('choice', 'option', 'candidate', 'vote', 'answer', 'pick');

export const PROTEST_KEYS = keyWords(PROTEST_NOUNS);
export const PROTESTING_KEYS = set('chanted', 'chanting', 'shouted', 'waved', 'held', 'joined', 'joining', 'join', 'marching', 'marched', 'march', 'protesting', 'protested', 'protest', 'rallying', 'demonstrating', 'demonstrated', 'demonstrate', 'picketing', 'picketed', 'striking', 'streets', 'placards', 'banners', 'signs');
export const PETITION_KEYS = set('petition', 'letter');
export const DONATION_KEYS = set('donate', 'donated', 'donating', 'chip', 'chipped', 'contribute', 'contributed', 'contributing', 'gave', 'give');
export const DONATE_KEYS = set('campaign', 'party', 'candidate', 'chest');
export const MEMBERSHIP_KEYS = new Set([...CAMPAIGN_WORK_KEYS, 'party', 'campaign', 'running', 'ran', 'run', 'standing', 'stood', 'stand', 'candidate', 'team']);

export const LOADED_KEYS = new Set([
  ...keyWords(LOADED_NOUNS, LOADED_ADJECTIVES, LOADED_POSSESSIONS),
  'lying', 'lies', 'lied', 'stole', 'rigged', 'betrayed', 'sold', 'destroying', 'ruining', 'wrecking', 'killing',
  'looting', 'robbing', 'plundering', 'bankrupting', 'ruined', 'destroyed', 'wrecked', 'looted', 'robbed', 'plundered',
  'bankrupted', 'cronies', 'thugs', 'goons', 'henchmen', 'lackeys', 'puppets', 'gang', 'clown', 'idiot', 'crook', 'liar',
  'fool', 'thief', 'puppet', 'dictator', 'tyrant', 'traitor', 'criminal', 'fraud', 'buffoon', 'moron', 'embarrassment',
  'disgrace', 'catastrophe', 'disaster', 'failure',
]);
export const OPPOSITION_SLOGAN_KEYS = set('shame', 'down', 'called', 'must', 'blood', 'resign', 'ashamed', 'needs', 'should', 'so');
export const ELECTION_WAS_KEYS = set('stolen', 'rigged', 'sham', 'farce', 'fraudulent', 'fraud', 'fixed', 'bought', 'joke');
export const BOYCOTT_KEYS = set('boycott', 'spoil', 'stay');
export const EVENT_KEYS = set('rally', 'rallies', 'march', 'convention', 'congress', 'conference', 'meeting', 'event', 'launch', 'fundraiser', 'dinner', 'gala', 'hall', 'caucus', 'primary');
export const PRONOUN_RUINED_KEYS = set('ruined', 'destroyed', 'wrecked', 'looted', 'robbed', 'plundered', 'bankrupted', 'betrayed', 'sold');
export const LOADED_ELECTION_KEYS = set('rigged', 'stolen', 'sham', 'fake', 'fraudulent', 'bogus', 'called', 'farcical', 'illegitimate');
export const LOADED_LABEL_KEYS = set('enemy', 'enemies', 'puppet', 'regime');
export const LOADED_TITLE_KEYS = set('dictator', 'tyrant', 'despot', 'butcher', 'warlord');
export const NOTICE_KEYS = set('protest', 'rally', 'march', 'demonstration', 'sit', 'picket', 'vigil');

export const RESHARE_KEYS = set(
  'rt', 'retweeted', 'retweet', 'tweeted', 'reposted', 'repost', 'posted', 'reshared', 'reshare', 'shared', 'share', 'liked',
  'like', 'followed', 'following', 'follow', 'boosted', 'boost', 'amplified', 'd',
);
