/**
 * Phrases for `think-before-posting/private-conversation`: wording that treats a post as a
 * private conversation. The guidance is plain: what staff write on social media is public, even
 * in direct messages, because anyone can forward it.
 */

/** Markers of a confidence, flagged wherever they stand (outside quotations). */
export const PRIVATE_MARKERS: readonly string[] = [
  'off the record', 'just between us', 'strictly between us', 'between us two', 'between the two of us',
  'between you and me', 'between you and i', 'between ourselves', 'just between you and me',
  "don't tell anyone", 'do not tell anyone', "don't tell anybody", 'do not tell anybody', "don't tell a soul",
  "don't tell my boss", "don't tell the boss", "don't tell management", "don't tell hq", "don't tell my manager",
  "don't repeat this", 'do not repeat this', "don't share this", "don't spread this", "don't quote me",
  'do not quote me', 'keep this to yourself', 'keep this to yourselves', 'keep it to yourself',
  'keep this between us', 'keep it between us', 'keep this quiet', 'keep it quiet', 'keep this under wraps',
  'keep it under wraps', 'keep this on the down low', 'keep this on the down-low', 'keep this hush-hush',
  "you didn't hear it from me", "you didn't hear this from me", 'you did not hear it from me',
  "i'm not supposed to say", "i'm not supposed to tell", "i'm not supposed to share", "i'm not supposed to talk about",
  "i'm not supposed to post", "i'm not supposed to mention", 'i am not supposed to say', 'i am not supposed to tell',
  "i'm not allowed to say", "i'm not allowed to talk about", "i shouldn't be saying this", "i shouldn't be telling you",
  "i shouldn't say this", 'i should not be saying this', "can't say this publicly", "can't say this officially",
  "can't say more publicly", "can't say too much publicly", "can't say it publicly", 'cannot say this publicly',
  "mum's the word", 'on the qt', 'on the down low', 'on the down-low', 'on the dl', 'for your ears only',
  'you heard it here first', 'not a word to anyone', 'promise not to tell', 'promise you won\'t tell',
  'this stays between us', 'this stays here', 'what happens in the office stays', "don't spread it around",
  "don't spread this around", 'do not spread this', "don't share it", "don't pass it on", "don't pass this on",
];

/** Contexts in which "off the record" is talked about rather than used ("on or off the record"). */
export const META_OFF_THE_RECORD: readonly string[] = [
  'on or off the record', 'on and off the record', 'on the record or off the record',
  'on the record and off the record', 'on the record, off the record', 'difference between on the record',
  'what off the record means', 'what "off the record" means', 'speak off the record to journalists',
  'off the record means', 'off-the-record means',
];

/** What a reader is invited to ask for in private: "DM me for the real story". */
export const SECRET_REWARDS: readonly string[] = [
  'the real story', 'the full story', 'the whole story', 'the inside story', 'the real reason', 'the scoop',
  'the gossip', 'the tea', 'the names', 'the truth', 'the juicy bits', 'the juicy details', 'the juicy part',
  'the dirt', 'the memo', 'the leaked', 'what really happened', "what's really going on", 'who it is',
  'who it was', 'the inside scoop', 'the backstory', 'the real numbers', 'the real figures',
];
