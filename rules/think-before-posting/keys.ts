/**
 * Key words that let each check skip a paragraph cheaply: a pattern can only match where one of
 * its key words occurs (see `hasAnyWord` in the rule kit). Built once from the word lists.
 */
import { keyWords, phraseTest } from '../../src/rule-kit/index.js';
import { HANDLING_MARKINGS, LABEL_ONLY_MARKINGS } from './confidential-phrases.js';
import { BARE_WORKPLACE_SUBJECTS, COMPLAINT_ACTIONS, COMPLAINT_STATES, GOSSIP_PHRASES, WORKPLACE_PEOPLE, WORKPLACE_PLACES } from './gossip-words.js';
import { DEHUMANISING_NOUNS, DEROGATORY_ADJECTIVES, MOCKING_PHRASES, PEOPLE_NOUNS, STRONG_INSULT_NOUNS, WEAK_INSULT_NOUNS } from './insult-words.js';
import { PRIVATE_MARKERS } from './private-phrases.js';
import { ACCUSATIONS, ANGER_WORDS } from './tone-words.js';
import { INSULT_ONLY_PROFANITY } from './profanity-words.js';

const set = (...words: string[]): Set<string> => new Set(words);

export const INSULT_KEYS = keyWords(STRONG_INSULT_NOUNS, WEAK_INSULT_NOUNS, DEROGATORY_ADJECTIVES, DEHUMANISING_NOUNS, MOCKING_PHRASES, [
  'swarms', 'swarm', 'hordes', 'horde', 'floods', 'flood', 'invasion', 'infestation', 'plague', 'tide', 'tool',
  'tools', 'plank', 'find', 'hires', 'hired', 'employs', 'promoted',
]);

export const MARKING_KEYS = keyWords(HANDLING_MARKINGS);
export const LABEL_MARKING_KEYS = keyWords(LABEL_ONLY_MARKINGS);
export const CONFIDENTIAL_KEYS = set('confidential', 'embargo', 'embargoed');
export const DO_NOT_PUBLISH_KEYS = set('before', 'until', 'prior');
export const IN_CONFIDENCE_KEYS = set('confidence');
export const LEAKED_KEYS = set('leaked');
export const LEAK_FROM_KEYS = set('leak', 'leaks');
export const INTERNAL_KEYS = set('internal');
export const LEAKING_KEYS = set('leaking', 'sharing', 'posting', 'revealing', 'spilling');
export const BEFORE_RELEASE_KEYS = set('before', 'ahead');
export const NOT_YET_PUBLIC_KEYS = set('public', 'published', 'released', 'announced', 'official', 'out');

export const SHOULD_NOT_SAY_KEYS = set('shouldn', 'should', 'supposed', 'allowed', 'meant');
export const DM_KEYS = set('dm', 'pm', 'inbox', 'message', 'whatsapp', 'text', 'ping', 'dms');
export const TELL_IN_PRIVATE_KEYS = set('private', 'privately', 'offline', 'dm', 'dms', 'publicly', 'public', 'here');

export const WORKPLACE_KEYS = keyWords(WORKPLACE_PEOPLE, WORKPLACE_PLACES, BARE_WORKPLACE_SUBJECTS);
export const COMPLAINT_KEYS = keyWords(COMPLAINT_STATES, COMPLAINT_ACTIONS);
export const GOSSIP_KEYS = keyWords(GOSSIP_PHRASES);
export const PRIVATE_LIFE_KEYS = set('affair', 'divorce', 'drinking', 'breakdown', 'pregnancy', 'love', 'girlfriend', 'boyfriend', 'hangover', 'salary', 'sick', 'disciplinary');
export const RUMOUR_KEYS = set('heard', 'hear', 'told', 'apparently', 'word', 'rumour', 'rumor', 'rumours', 'rumors', 'story');

export const ANGER_KEYS = keyWords(ANGER_WORDS);
export const ACCUSATION_KEYS = keyWords(ACCUSATIONS);
export const TONE_INSULT_KEYS = keyWords(STRONG_INSULT_NOUNS, WEAK_INSULT_NOUNS, DEROGATORY_ADJECTIVES);
export const INSULT_ONLY_KEYS = keyWords(INSULT_ONLY_PROFANITY);

// Keys of single patterns (a pattern that cannot match is not run): each set holds at least one
// word of every match of its pattern.
export const STRONG_INSULT_KEYS = keyWords(STRONG_INSULT_NOUNS);
/** WEAK_INSULT ends in a weak insult noun, or a strong one after "you". */
export const WEAK_INSULT_KEYS = keyWords(WEAK_INSULT_NOUNS, STRONG_INSULT_NOUNS);
export const ADJECTIVE_KEYS = keyWords(DEROGATORY_ADJECTIVES);
export const PEOPLE_KEYS = keyWords(PEOPLE_NOUNS);
export const SLANG_KEYS = set('tool', 'tools', 'muppet', 'knob', 'plank', 'donkey', 'clown');
export const DEHUMANISING_KEYS = new Set([...keyWords(DEHUMANISING_NOUNS), 'refugees', 'migrants', 'immigrants', 'foreigners', 'asylum', 'seekers', 'illegals']);
export const COULDNT_FIND_KEYS = set('couldn', 'couldnt', 'hires', 'hired', 'employs', 'promoted');
export const MOCKING_KEYS = keyWords(MOCKING_PHRASES);

export const ANGER_TEST = phraseTest(ANGER_WORDS);
export const ACCUSATION_TEST = phraseTest(ACCUSATIONS);
export const PRIVATE_TEST = phraseTest(PRIVATE_MARKERS);
export const GOSSIP_TEST = phraseTest(GOSSIP_PHRASES);
export const MARKING_TEST = phraseTest(HANDLING_MARKINGS);
