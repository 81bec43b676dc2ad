/**
 * Words for `think-before-posting/gossip`: complaints and gossip about colleagues, managers or the
 * workplace, the kind of post the guidance says you would not want your boss to read. A complaint
 * needs both a workplace subject ("my boss", "HQ", "management") and a complaint about them;
 * praise ("my manager always makes time for us") is not a finding.
 */

/** People at work a complaint is about, after "my", "our" or "the" ("my line manager", "the boss"). */
export const WORKPLACE_PEOPLE: readonly string[] = [
  'boss', 'bosses', 'manager', 'managers', 'line manager', 'supervisor', 'director', 'country director',
  'regional director', 'deputy director', 'head of office', 'head of unit', 'head of section', 'team leader',
  'team lead', 'rep', 'country rep', 'deputy', 'chief', 'colleague', 'colleagues', 'co-worker', 'co-workers',
  'coworker', 'coworkers', 'officemate', 'office mate', 'deskmate', 'desk mate', 'higher-ups', 'higher ups',
  'top brass', 'new hire', 'predecessor', 'successor', 'intern', 'admin assistant', 'focal point',
  'senior management', 'management', 'leadership', 'HR', 'human resources', 'finance team', 'procurement team',
  'team mates', 'teammates', 'admin team', 'finance team', 'hr team', 'it team', 'logistics team',
  'security team', 'management team', 'leadership team', 'country team', 'senior team', 'front office',
];

/** Places and bodies at work, after "my", "our" or "this" ("my office", "this place"). */
export const WORKPLACE_PLACES: readonly string[] = [
  'office', 'team', 'department', 'unit', 'section', 'workplace', 'job', 'agency', 'organisation',
  'organization', 'duty station', 'compound', 'mission', 'place', 'HQ', 'headquarters', 'country office',
];

/** Workplace subjects that need no "my"/"our" before them. */
export const BARE_WORKPLACE_SUBJECTS: readonly string[] = ['management', 'senior management', 'HQ', 'headquarters', 'the higher-ups', 'the top brass', 'leadership'];

/**
 * States a complaint ascribes, right after "is/are/was/were" ("my boss is useless"); a few words
 * may stand between the subject and the verb ("my new manager at HQ is useless").
 */
export const COMPLAINT_STATES: readonly string[] = [
  'useless', 'lazy', 'incompetent', 'clueless', 'hopeless', 'a nightmare', 'the worst', 'annoying', 'toxic',
  'unbearable', 'insufferable', 'impossible to work with', 'a control freak', 'a joke', 'a disaster', 'a mess',
  'a shambles', 'a micromanager', 'rude', 'arrogant', 'two-faced', 'a bully', 'awful', 'terrible', 'horrible',
  'dreadful', 'a tyrant', 'spineless', 'a pushover', 'a liar', 'a snake', 'a creep', 'creepy', 'sexist',
  'racist', 'drunk', 'hungover', 'a madhouse', 'a circus', 'a zoo', 'hell', 'falling apart', 'killing me',
  'always late', 'never around', 'never here', 'out of touch', 'a waste of space', 'so slow', 'a mess again',
];

/** Things a complaint says someone does, up to six words after the subject ("my boss never replies"). */
export const COMPLAINT_ACTIONS: readonly string[] = [
  'never listens', 'never replies', 'never answers', 'never reads', 'never shows up', 'never turns up',
  'never helps', 'never says thank', 'never thanks', 'never does anything', 'never does any', 'never pulls',
  'always complaining', 'always moaning', 'always yelling', 'always shouting', 'always takes credit',
  'always blames', 'takes credit', 'took credit', 'steals credit', 'stole credit', 'stole my idea',
  'steals my ideas', 'micromanages', 'micromanaging', 'yells at', 'yelled at', 'shouts at', 'shouted at',
  'screams at', 'screamed at', 'throws tantrums', 'threw a tantrum', 'has no idea what', 'have no idea what',
  'had no idea what', 'has no clue', 'have no clue', "doesn't have a clue", "couldn't care less",
  "doesn't know what he's doing", "doesn't know what she's doing", "don't know what they're doing",
  "doesn't know what they're doing", "can't manage", "can't lead", "can't make a decision", "can't organise",
  "can't organize", 'drives me crazy', 'drives me mad', 'drives me nuts', 'drives me up the wall',
  'driving me crazy', 'driving me mad', 'driving me nuts', 'gets on my nerves', 'getting on my nerves',
  'is having an affair', 'are having an affair', 'is sleeping with', 'got fired', 'got sacked', 'got demoted',
  'is getting fired', 'is being fired', 'is being investigated', 'got a warning', 'got reprimanded',
  'plays favourites', 'plays favorites', 'playing favourites', 'playing favorites', 'blames everyone',
  'blamed me', 'blames me', 'keeps cancelling', 'keeps canceling', 'keeps forgetting', 'keeps ignoring',
  'keeps interrupting', 'keeps taking credit', 'ignores me', 'ignored me', 'ignores our', 'sleeps in meetings',
  'slept through', 'fell asleep in', 'sucks', 'suck', 'cheats', 'cheated on', 'lies to', 'lied to',
  'backstabbing', 'gossips about', 'bitches about', 'moans about', 'whines about', 'slacks off', 'slacking off',
  'only got the job because', 'got the job because', 'only got promoted because', 'got promoted because',
  'only got the post because', 'is sleeping with', 'drinks on the job', 'was drunk at',
  'skives off', 'hits on', 'hit on me', 'hates me', 'hates us', 'treats us like', 'treats me like',
];

/** Complaints and gossip set phrases, flagged wherever they stand. */
export const GOSSIP_PHRASES: readonly string[] = [
  'i hate my job', 'i hate my boss', 'i hate my manager', 'i hate my team', 'i hate my colleagues',
  'i hate this job', 'i hate this place', 'hate working here', 'i hate working here',
  "i can't stand my boss", "i can't stand my manager", "i can't stand my colleague", "can't stand my boss",
  "can't stand my manager", "can't stand my colleagues", 'sick of my boss', 'sick of my manager', 'sick of my job',
  'sick of this job', 'sick of this place', 'sick of management', 'tired of my boss', 'tired of my manager',
  'fed up with my boss', 'fed up with my manager', 'fed up with my job', 'fed up with this job',
  'fed up with this place', 'fed up with management', 'fed up with hq', 'worst boss', 'worst manager',
  'worst supervisor', 'worst job', 'worst team', 'worst office', 'worst workplace', 'worst place to work',
  'toxic workplace', 'toxic office', 'toxic team', 'toxic boss', 'toxic manager', 'toxic work environment',
  'toxic work culture', 'office drama', 'office politics', 'office gossip', 'corridor gossip', 'water cooler gossip',
  'guess who got fired',
  'guess who got sacked', 'guess who got caught', 'guess who is leaving', "guess who's leaving",
  'guess who is dating', "guess who's dating", "you'll never guess who", 'you will never guess who',
  'spill the tea', 'spilling the tea', 'the tea on', 'this place is a joke', 'this place is a mess',
  'this place is a nightmare', 'this office is a joke', 'this office is a mess', 'this job is killing me',
  'this job sucks', 'my job sucks', 'work sucks', 'counting the days until i quit', 'so done with this place',
  'juicy stuff', 'juicy gossip', 'juicy details', 'the talk of the office', 'whole office is talking',
  'the whole office knows', 'everyone in the office is talking', 'everybody in the office is talking',
];
