/**
 * Word lists for `neutrality`. Offices add their own country's parties, politicians and partisan
 * hashtags in `settings.political` (no code needed); these lists hold the general vocabulary of
 * elections, campaigns and political side-taking.
 */

/** Elected offices and seats: "I'm backing her for mayor", "Okafor for President". */
export const OFFICES: readonly string[] = [
  'president', 'presidency', 'prime minister', 'pm', 'premier', 'chancellor', 'governor', 'mayor', 'senator',
  'senate', 'congress', 'congresswoman', 'congressman', 'parliament', 'mp', 'council', 'city council',
  'county council', 'councillor', 'councilor', 'assembly', 'state assembly', 'legislature', 'office',
  're-election', 'reelection', 'prime minister', 'vice president', 'vp', 'deputy mayor', 'attorney general',
  'sheriff', 'school board', 'state senate', 'the senate', 'the house', 'house of representatives',
  'national assembly', 'district assembly', 'ward', 'alderman', 'regional council',
];

/** Words that make a sentence electoral. */
export const ELECTION_WORDS: readonly string[] = [
  'election', 'elections', 'electoral', 'ballot', 'ballots', 'polls', 'polling day', 'election day',
  'voting day', 'primary', 'primaries', 'referendum', 'plebiscite', 'runoff', 'run-off', 'by-election',
  'midterms', 'midterm', 'candidate', 'candidates', 'candidacy', 'campaign trail', 'incumbent', 'challenger',
  'manifesto', 'electorate', 'constituency', 'ticket', 'vote', 'votes', 'voting', 'voters', 're-election',
  'reelection', 'caucus', 'mandate', 'the race', 'this race', 'mayoral', 'presidential', 'parliamentary',
  'gubernatorial', 'senatorial', 'congressional',
];

/** Words of political figures and bodies that make content political. */
export const POLITICAL_FIGURES: readonly string[] = [
  'politician', 'politicians', 'candidate', 'candidates', 'senator', 'senators', 'congressman', 'congresswoman',
  'congressmen', 'congresswomen', 'mp', 'mps', 'minister', 'ministers', 'prime minister', 'president',
  'presidential', 'governor', 'mayor', 'party leader', 'opposition leader', 'opposition', 'ruling party',
  'political party', 'campaign team', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'parliamentarian', 'parliamentarians', 'councillor', 'councilor', 'cabinet secretary',
  'secretary of state', 'chief minister', 'premier', 'chancellor', 'junta', 'regime', 'manifesto', 'campaign ad',
  'campaign video', 'campaign speech', 'election ad', 'attack ad', 'party leader\'s', 'opposition leader\'s',
];

/**
 * Generic names of parties found in many countries, capitalised. Country-specific names belong
 * in `settings.political.parties`.
 */
export const PARTY_NAMES: readonly string[] = [
  'Democrats', 'Republicans', 'GOP', 'Labour', 'Tories', 'Conservatives', 'Liberals', 'Lib Dems',
  'Liberal Democrats', 'Greens', 'Socialists', 'Social Democrats', 'Christian Democrats', 'Libertarians',
  'Communists', 'Democratic Party', 'Republican Party', 'Labour Party', 'Conservative Party', 'Liberal Party',
  'Green Party', 'Socialist Party', 'Communist Party', 'Tory Party', 'Workers\' Party', 'Democrat', 'Republican',
  'Conservative', 'Liberal', 'Socialist', 'Communist', 'Green', 'Tory', 'Lib Dem', 'Libertarian',
];

/** Capitalised words before "Party" that do not make a political party. */
export const NON_POLITICAL_PARTIES: readonly string[] = [
  'Working', 'Birthday', 'Christmas', 'Holiday', 'Launch', 'Farewell', 'Pool', 'Block', 'Dinner', 'Garden',
  'Pizza', 'Release', 'Third', 'Interested', 'Contracting', 'State', 'States', 'Host', 'Responsible',
  'Injured', 'Requesting', 'Requested', 'Receiving', 'Sending', 'Engagement', 'Wedding', 'Welcome', 'Office',
  'Retirement', 'Leaving', 'Costume', 'Dance', 'Street', 'House', 'Watch', 'Viewing', 'Hack', 'Hackathon',
  'Docs', 'Documentation', 'Bug', 'Bugs', 'Triage', 'Reading', 'Writing', 'Coding', 'Tea', 'Coffee',
  'Cocktail', 'Lunch', 'Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Year-End', 'End', 'Christening',
  'Search', 'Rescue', 'Hunting', 'Boarding', 'Advance', 'Landing', 'Relying', 'Calling', 'Called', 'Other',
  'First', 'Second', 'Any', 'Each', 'Every', 'The', 'A', 'Technical', 'Expert', 'Drafting', 'Task',
  // Before "Alliance", "Movement", "Coalition", "Congress", "League", "Front": networks and events.
  'Global', 'International', 'World', 'Regional', 'Humanitarian', 'Health', 'Climate', 'Education', 'Nutrition',
  'Water', 'Business', 'Research', 'Scaling', 'Open', 'Cold', 'Home', 'Western', 'Eastern', 'Northern', 'Southern',
  'Ivy', 'Premier', 'Football', 'Rugby', 'Cricket', 'Basketball', 'Baseball', 'Little', 'Major', 'Minor',
  'Champions', 'Justice', 'Data', 'Digital', 'Vaccine', 'Vaccines', 'Literacy', 'Peace', 'Refugee', 'Women',
  'Youth', 'Students', 'Student', 'Medical', 'Scientific', 'Annual', 'Biennial', 'Rust', 'Node',
];

/** Verbs of support or opposition that make a political target endorsed or opposed. */
export const STANCE_VERBS: readonly string[] = [
  'vote for', 'voting for', 'voted for', 'vote', 'voting', 'back', 'backing', 'support', 'supporting',
  'endorse', 'endorsing', 'elect', 're-elect', 'reelect', 'stand with', 'standing with', 'rooting for',
  'cheering for', 'campaign for', 'campaigning for', 'campaigned for', 'fight for', 'fighting for',
  'rally behind', 'rallying behind', 'get behind', 'getting behind', 'choose', 'pick', 'go with',
  'cast my vote for', 'cast our votes for', 'give my vote to', 'am with', '\'m with', 'are with',
  '\'re with', 'love', 'adore', 'believe in', 'trust', 'defeat', 'beat', 'dump', 'oust', 'stop',
  'kick out', 'throw out', 'get rid of', 'vote against', 'voting against', 'never vote for', 'not vote for',
  'don\'t vote for', 'do not vote for', 'won\'t vote for', 'will never vote for', 'anyone but', 'go', 'team',
];

/** Campaign work that endorses whoever it is done for: "knocking on doors for Amina". */
export const CAMPAIGN_WORK: readonly string[] = [
  'knocking on doors', 'knock on doors', 'knocked on doors', 'door-knocking', 'door knocking', 'canvassing',
  'canvass', 'canvassed', 'phone banking', 'phone-banking', 'phonebanking', 'phone bank', 'handing out leaflets',
  'handing out flyers', 'handed out leaflets', 'handed out flyers', 'leafleting', 'leafletting',
  'putting up campaign posters', 'driving voters to the polls', 'poll watching', 'working the phones',
  'volunteered', 'volunteering', 'volunteer',
];

/** Campaign work that is political only when done for a party or candidate, not for any name. */
export const GENERIC_WORK: readonly string[] = ['volunteered', 'volunteering', 'volunteer'];

/** Gatherings that are political activity to join or call others to. */
export const PROTEST_NOUNS: readonly string[] = [
  'protest', 'protests', 'rally', 'rallies', 'march', 'demonstration', 'demonstrations', 'sit-in', 'picket',
  'picket line', 'blockade', 'walkout', 'general strike', 'climate strike', 'die-in', 'counter-protest',
  'counterprotest', 'vigil against', 'mass action', 'street action', 'campaign rally', 'protest march', 'strike',
  'party convention', 'party congress', 'party conference', 'party rally', 'party meeting', 'campaign event',
  'campaign launch', 'campaign meeting', 'campaign office', 'election rally', 'victory party',
];

/** Words before "march" that make it something else: "the March 5 meeting", "a march past". */
export const NOT_A_MARCH: readonly string[] = ['past', 'band', 'pane'];

/** Loaded words that take a side when said of governments, parties or politicians. */
export const LOADED_NOUNS: readonly string[] = [
  'liars', 'liar', 'crooks', 'crook', 'criminals', 'thieves', 'thugs', 'traitors', 'traitor', 'fascists',
  'fascist', 'nazis', 'tyrants', 'tyrant', 'dictators', 'dictator', 'despots', 'despot', 'puppets', 'puppet',
  'clowns', 'clown', 'idiots', 'idiot', 'morons', 'moron', 'murderers', 'butchers', 'war criminals',
  'cowards', 'frauds', 'fraud', 'a disgrace', 'a joke', 'a dictatorship', 'a tyranny', 'a mafia', 'mafia',
  'a cartel', 'kleptocrats', 'kleptocracy', 'gangsters', 'snakes', 'vermin', 'scum', 'terrorists',
  'a terrorist', 'enemies of the people', 'enemy of the people', 'lapdogs', 'lackeys', 'stooges', 'sellouts',
  'an embarrassment', 'a national embarrassment', 'a national disgrace', 'a catastrophe', 'a disaster', 'a failure',
  'an idiot', 'a moron', 'a clown', 'a crook', 'a liar', 'a thief', 'a traitor', 'a criminal', 'a fraud',
  'sell-outs', 'warmongers', 'a laughing stock', 'incompetents', 'parasites', 'bootlickers',
];

/** Loaded adjectives said of, or put before, governments, parties or politicians. */
export const LOADED_ADJECTIVES: readonly string[] = [
  'corrupt', 'criminal', 'crooked', 'lying', 'illegitimate', 'puppet', 'murderous', 'bloodthirsty', 'fascist',
  'fascistic', 'nazi', 'totalitarian', 'tyrannical', 'despotic', 'evil', 'disgraceful', 'incompetent',
  'useless', 'treasonous', 'traitorous', 'rogue', 'thieving', 'rotten', 'spineless', 'kleptocratic',
  'dictatorial', 'shameless', 'genocidal', 'fraudulent', 'so-called', 'clueless', 'pathetic', 'despicable',
  'brutal', 'barbaric', 'criminally negligent', 'a disgrace', 'shameful', 'heartless', 'cowardly',
];

/** What "the regime's ..." or "... of the government" is when it takes sides. */
export const LOADED_POSSESSIONS: readonly string[] = [
  'lies', 'propaganda', 'crimes', 'thugs', 'cronies', 'puppets', 'lackeys', 'goons', 'henchmen', 'lapdogs',
  'brainwashing', 'lie', 'war on its own people', 'war on the people', 'campaign of terror', 'reign of terror',
  'stooges', 'mouthpieces', 'mouthpiece', 'disinformation', 'death squads', 'bloodbath',
];

/** Words after which "regime" is a system of rules, not a government: "tax regime". */
export const REGIME_SYSTEMS: readonly string[] = [
  'tax', 'visa', 'sanctions', 'sanction', 'trade', 'exchange', 'exchange-rate', 'currency', 'customs',
  'regulatory', 'legal', 'licensing', 'data protection', 'privacy', 'compliance', 'training', 'treatment',
  'dosing', 'drug', 'medication', 'exercise', 'diet', 'fire', 'flow', 'rainfall', 'temperature', 'wind',
  'hydrological', 'ownership', 'tariff', 'pension', 'benefits', 'inspection', 'reporting', 'testing',
  'security', 'patent', 'copyright', 'accounting', 'investment', 'monetary', 'fiscal', 'market', 'price',
  'immigration', 'asylum', 'protection', 'safeguards', 'verification', 'non-proliferation', 'export control',
  'liability', 'insurance', 'tenure', 'land', 'water', 'management', 'grazing', 'feeding', 'vaccination',
  'sampling', 'monitoring', 'disclosure', 'transparency', 'refugee', 'migration', 'subsidy', 'quota',
  'regulation', 'climate', 'ice', 'flood', 'fishing', 'harvest', 'irrigation', 'energy', 'emissions',
];

/** Attribution before a loaded statement: the draft reports someone else's view. */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'says', 'said', 'claim', 'claims', 'claimed', 'allege', 'alleges', 'alleged', 'accuse', 'accuses', 'accused',
  'calls', 'called', 'chant', 'chants', 'chanted', 'argue', 'argues', 'argued', 'described', 'branded',
  'denounce', 'denounces', 'denounced', 'labelled', 'labeled', 'insist', 'insists', 'insisted', 'shouted',
  'wrote', 'tweeted', 'posted', 'believes', 'according to', 'reportedly', 'allegedly', 'reports of',
  'claims of', 'allegations of', 'accusations of', 'claims that', 'told reporters', 'told the press',
]

/** Prefixes of hashtags that take a side wherever they stand: #VoteNo, #NotMyPresident. */
export const PARTISAN_HASHTAG_PREFIXES: readonly string[] = ['Elect', 'ReElect', 'Reelect', 'NotMy', 'Impeach', 'DownWith'];

/**
 * What follows "#Vote" (or "#VoteFor") when the hashtag takes a side: #VoteNo, #VoteLabour,
 * #VoteThemOut. Civic hashtags such as #VoteEarly or #VoteUSA do not.
 */
export const VOTE_HASHTAG_SIDES: readonly string[] = [
  'yes', 'no', 'leave', 'remain', 'blue', 'red', 'green', 'out', 'them', 'him', 'her', 'against', 'labour',
  'labor', 'tory', 'tories', 'conservative', 'conservatives', 'liberal', 'liberals', 'democrat', 'democrats',
  'dem', 'dems', 'republican', 'republicans', 'gop', 'socialist', 'greens', 'left', 'right', 'change',
];

/**
 * Prefixes that take a side only in an electoral paragraph or before a configured name:
 * #NeverOkafor, but #NeverAgain and #NeverGiveUp are not political.
 */
export const CONTEXT_HASHTAG_PREFIXES: readonly string[] = ['Never', 'Dump', 'Defeat', 'Oust', 'Recall', 'Fire', 'Stop', 'Ban', 'Free'];

/** Suffixes of hashtags that take a side: #OkaforForPresident, #MinisterMustGo. */
export const PARTISAN_HASHTAG_SUFFIXES: readonly string[] = [
  'ForPresident', 'ForMayor', 'ForGovernor', 'ForSenate', 'ForCongress', 'ForPM', 'ForPrimeMinister',
  'ForParliament', 'MustGo', 'MustResign', 'MustFall', 'Resign', 'IsACriminal', 'IsALiar', 'Traitor',
  'Traitors',
];

/** Hashtag words that look partisan but name events or civic calls: #VoteForYourFavourite. */
export const CIVIC_HASHTAGS: readonly string[] = [
  'VoteForYourFavourite', 'VoteForYourFavorite', 'VoteForTheWinner', 'VoteNow', 'VoteEarly', 'VoteSafe',
  'VoteReady', 'VoteInfo', 'RegisterToVote', 'NationalVoterRegistrationDay', 'VoterRegistration',
  'StopTB', 'StopMalaria', 'StopPolio', 'StopAIDS', 'StopTheSpread', 'StopCOVID', 'StopCovid19',
  'FreeTheChildren', 'FreeWifi', 'FreeWiFi', 'FreeSoftware', 'StopTheBleed', 'BanTheBox', 'FireSafety',
  'FireWeather', 'StopBullying', 'EndPolio', 'StopChildLabour', 'StopChildLabor', 'StopGBV', 'StopTrafficking',
  'BoycottPlastic', 'StopFGM', 'StopTheStigma', 'LockDown', 'Lockdown', 'LockedDown', 'NeverAgain',
  'NeverForget', 'NeverGiveUp', 'NeverStopLearning', 'NeverAlone',
];

/** Words before a four-digit year in a hashtag that name an event, not a candidate. */
export const EVENT_HASHTAG_WORDS: readonly string[] = [
  'conf', 'fest', 'summit', 'day', 'week', 'census', 'expo', 'hack', 'cup', 'games', 'olympics', 'report',
  'plan', 'agenda', 'vision', 'strategy', 'cop', 'iwd', 'wha', 'unga', 'hlpf', 'rust', 'node', 'edition',
  'release', 'budget', 'goals', 'review', 'forum', 'conference', 'worldcup', 'awards', 'marathon', 'year',
  'inreview', 'recap', 'challenge', 'jam', 'camp', 'con', 'meetup', 'session', 'sdg', 'sdgs', 'csw',
];

/** Subjects that speak for the author: "I", "we", "my family", "you should" (a call). */
export const FIRST_PERSON: readonly string[] = [
  'I', 'I\'m', 'I am', 'I\'ll', 'I will', 'I\'ve', 'I have', 'I\'d', 'I would', 'I was', 'I just', 'I also',
  'we', 'we\'re', 'we are', 'we\'ll', 'we will', 'we\'ve', 'we have', 'we were', 'my family', 'our family',
  'me and my', 'everyone', 'everybody', 'you should', 'you must', 'you need to', 'you have to', 'you gotta',
  'please', 'let\'s', 'let us', 'proud to', 'so proud to', 'honoured to', 'honored to', 'excited to',
  'can\'t wait to', 'going to', 'gonna', 'all of us', 'time to', 'it\'s time to', 'high time to',
];
