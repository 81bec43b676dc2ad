/**
 * Signals for `think-before-posting/hostile-tone`: words and turns of phrase of anger and
 * hostility. One signal is not a finding ("unacceptable" is common in formal statements); the
 * check needs several signals of more than one kind in one paragraph.
 */

/** Anger and contempt: each distinct one counts once. */
export const ANGER_WORDS: readonly string[] = [
  'furious', 'livid', 'fuming', 'enraged', 'outraged', 'outrageous', 'disgusted', 'disgusting', 'disgraceful',
  'a disgrace', 'shameful', 'shame on', 'appalling', 'appalled', 'infuriating', 'infuriated', 'sick and tired',
  'fed up', 'enough is enough', 'how dare', 'ridiculous', 'absurd', 'pathetic', 'insane', 'idiotic',
  'moronic', 'useless', 'incompetent', 'i hate', 'we hate', 'hate this', 'hate them', 'hate it', "can't stand",
  'sick of', 'had it with', "i'm done with", 'i am done with', 'what the hell', 'who the hell', 'the hell',
  'wtf', 'seriously?', 'give me a break', 'are you kidding', 'are you serious', 'you people', 'these people',
  'pull your finger out', 'get your act together', 'what is wrong with', "what's wrong with",
  'nobody cares', 'no one cares', 'nobody gives a', 'rubbish', 'a joke', 'clowns', 'liars', 'spineless', 'cowards', 'cowardly', 'heartless', 'arrogant', 'unbelievable',
  'unforgivable', 'inexcusable', 'scandalous', 'a scandal', 'sickening', 'revolting', 'vile', 'despicable',
  'contempt', 'betrayed', 'betrayal', 'hypocrites', 'hypocrisy', 'shut up', 'go away', 'get lost', 'damn',
  'stupid', 'idiots', 'morons', 'angry', 'hatred', 'i swear', 'for god\'s sake', 'for christ\'s sake',
  'for heaven\'s sake', 'sort it out', 'grow up', 'get a grip', 'pathetically', 'laughable',
];

/** Blaming address to the reader or to "you": each distinct one counts once. */
export const ACCUSATIONS: readonly string[] = [
  'you should be ashamed', 'you ought to be ashamed', "you don't care", 'you do not care', 'you never',
  'you always', 'you clearly', 'you have no idea', "you've got no idea", 'you have no clue', 'you obviously',
  'you lot', 'you people', 'who do you think you are', 'how many times', 'for the last time',
  'i told you so', 'told you so', "don't you dare", 'stop pretending', 'stop lying', 'stop ignoring',
  "they don't care", 'they never', 'they clearly', 'they obviously', 'thanks for nothing',
  'every single one of them', 'every single time', 'yet again', 'as usual', 'same old',
];
