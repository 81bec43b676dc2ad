/**
 * Words for `think-before-posting/insult`: insults and mocking aimed at people, colleagues,
 * beneficiaries, the organisation or other agencies. Each list says how a word must be used to
 * count, so that "the clowns visited the ward" or "a stupid mistake" stay clean.
 */

/** Name-calling that is an insult wherever it stands ("those idiots", "idiots in HQ"). */
export const STRONG_INSULT_NOUNS: readonly string[] = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits',
  'half-wit', 'half-wits', 'dimwit', 'dimwits', 'nitwit', 'nitwits', 'numpty', 'numpties', 'buffoon',
  'buffoons', 'nincompoop', 'nincompoops', 'dunce', 'dunces', 'scumbag', 'scumbags', 'lowlife', 'lowlifes',
  'douchebag', 'douchebags', 'pillock', 'pillocks', 'plonker', 'plonkers', 'dumbo', 'dumbos', 'simpleton',
  'simpletons', 'pen-pushers', 'paper-pushers', 'bean-counters', 'slimeball', 'slimeballs', 'sleazebag',
  'sleazebags', 'windbag', 'windbags', 'blockhead', 'blockheads', 'bonehead', 'boneheads', 'knucklehead',
  'knuckleheads', 'dingbat', 'dingbats', 'freeloader', 'freeloaders', 'scrounger', 'scroungers', 'bootlicker',
  'bootlickers', 'brown-noser', 'brown-nosers', 'charlatan', 'charlatans', 'slackers',
];

/**
 * Words that insult only when aimed at someone: "he is a clown", "you fool", "a lying clown",
 * "bunch of clowns". Alone they are often clean ("the clowns visited", "knee-jerk").
 */
export const WEAK_INSULT_NOUNS: readonly string[] = [
  'clown', 'clowns', 'fool', 'fools', 'jerk', 'jerks', 'loser', 'losers', 'liar', 'liars', 'hypocrite',
  'hypocrites', 'crook', 'crooks', 'muppet', 'muppets', 'prat', 'prats', 'twit', 'twits', 'wimp', 'wimps',
  'weasel', 'weasels', 'incompetent', 'incompetents', 'wannabe', 'wannabes', 'slacker', 'suck-up', 'suck-ups',
  'frauds', 'joke', 'deadweight', 'dead weight', 'sod', 'git', 'gits', 'berk', 'twerp', 'twerps', 'numbskull',
  'airhead', 'airheads', 'crybaby', 'coward', 'cowards', 'brat', 'brats', 'creep', 'creeps', 'weirdo', 'weirdos',
  'snob', 'snobs', 'thief', 'thieves', 'snake', 'rat', 'pig', 'pigs',
];

/** Adjectives that insult when they describe people: "useless bureaucrats", "lazy colleagues". */
export const DEROGATORY_ADJECTIVES: readonly string[] = [
  'useless', 'incompetent', 'clueless', 'brainless', 'witless', 'gormless', 'lazy', 'stupid', 'dumb',
  'idiotic', 'moronic', 'pathetic', 'worthless', 'spineless', 'gutless', 'ignorant', 'overpaid', 'pompous',
  'arrogant', 'self-important', 'two-faced', 'lying', 'greedy', 'ungrateful', 'filthy', 'smelly',
  'primitive', 'backward', 'uncivilised', 'uncivilized', 'savage', 'dim-witted', 'thick-headed',
  'good-for-nothing', 'do-nothing', 'bumbling', 'inept',
];

/** Nouns for people (and bodies of people) that insults target. */
export const PEOPLE_NOUNS: readonly string[] = [
  'bureaucrats', 'bureaucrat', 'colleagues', 'colleague', 'coworkers', 'co-workers', 'coworker', 'co-worker',
  'managers', 'manager', 'management', 'bosses', 'boss', 'supervisor', 'supervisors', 'staff', 'staffers',
  'officials', 'official', 'donors', 'donor', 'beneficiaries', 'beneficiary', 'refugees', 'migrants',
  'asylum seekers', 'displaced people', 'IDPs', 'locals', 'villagers', 'people', 'folks', 'consultants',
  'consultant', 'interns', 'intern', 'experts', 'diplomats', 'journalists', 'reporters', 'volunteers',
  'partners', 'counterparts', 'clerks', 'drivers', 'guards', 'suits', 'desk jockeys', 'directors',
  'director', 'leadership', 'leaders', 'team', 'teammates', 'admins', 'administrators', 'HQ', 'headquarters',
  'agency', 'agencies', 'NGOs', 'NGO', 'organisation', 'organization', 'office', 'ministry', 'officers',
  'officer', 'mothers', 'women', 'men', 'kids', 'youth', 'farmers', 'nurses', 'teachers', 'residents',
  'citizens', 'foreigners', 'immigrants', 'tourists', 'clients', 'users', 'customers', 'recipients',
  'workers', 'employees', 'lot', 'bunch',
];

/** Terms that dehumanise people when applied to them ("refugees are parasites"). */
export const DEHUMANISING_NOUNS: readonly string[] = [
  'animals', 'cockroaches', 'vermin', 'parasites', 'leeches', 'savages', 'rats', 'pests', 'locusts',
  'freeloaders', 'scroungers', 'beggars', 'sheep', 'swine', 'pigs', 'monkeys', 'apes', 'insects', 'plague',
  'infestation',
];

/** Groups that dehumanising language is often aimed at (subject of "are ..."). */
export const VULNERABLE_GROUPS: readonly string[] = [
  'refugees', 'migrants', 'immigrants', 'asylum seekers', 'asylum-seekers', 'displaced people', 'IDPs',
  'beneficiaries', 'foreigners', 'villagers', 'locals', 'these people', 'those people', 'the poor',
  'slum dwellers', 'nomads', 'herders', 'returnees', 'newcomers', 'minorities', 'they', 'them',
];

/** Mocking set phrases, flagged wherever they stand. */
export const MOCKING_PHRASES: readonly string[] = [
  'laughing stock', 'laughing-stock', 'clown show', 'clown car', 'circus act', 'amateur hour',
  'bunch of amateurs', "couldn't organise a", "couldn't organize a", 'could not organise a',
  'could not organize a', "couldn't run a bath", 'two brain cells', 'single brain cell', 'IQ of a',
  'the brains of a', 'dumber than a', 'thick as a brick', 'thick as two short planks', 'what a joke',
  'a total joke', 'a complete joke', 'an absolute joke', 'lights are on but nobody', 'not the sharpest',
  'few sandwiches short', 'few fries short', 'waste of oxygen', 'waste of skin',
  'useless lot', 'useless bunch',
];
