/**
 * Profanity and slurs for `think-before-posting/profanity`.
 *
 * The base list is the `cuss` package (maintained, MIT): a map of English words to a sureness
 * rating, 0 = usually clean, 1 = often clean, 2 = almost always profane or a slur. We flag words
 * rated 2 (PROFANITY_MIN_SURENESS), minus the entries below that have an everyday clean sense in
 * the kind of writing staff do (sanitation, health, livestock, names, places, crafts), plus a few
 * words cuss rates lower that are profane in ordinary posts.
 *
 * To extend: add a word to EXTRA_PROFANITY, or to CLEAN_SENSES to stop flagging it. Offices can
 * do the same without code with the `allowWords` and `extraWords` options.
 */

/** Lowest cuss rating that counts as profanity. 1 would flag "drug", "HIV", "abuse", "god". */
export const PROFANITY_MIN_SURENESS = 2;

/** Words cuss rates 2 that we do not flag, grouped by why. */
export const CLEAN_SENSES: readonly string[] = [
  // Health, sanitation and bodily words used in public-health and WASH writing.
  'faeces', 'vomit', 'puke', 'barf', 'poo', 'poop', 'pooper', 'pooping', 'pooperscooper', 'doodoo', 'peepee',
  'weewee', 'fellatio', 'masturbate', 'masturbating', 'spermacide', 'sodomy', 'sodomize', 'sodomise',
  'transvestite', 'teste', 'gonorrehea',
  // Everyday words and technical terms.
  'welfare', 'slave', 'spit', 'spitter', 'stringer', 'tinker', 'tinkers', 'rigger', 'reefer', 'flange',
  'gables', 'beanbag', 'beanbags', 'booby', 'booty', 'bong', 'bung', 'chug', 'chugs', 'chunky', 'cocky',
  'dipstick', 'dope', 'geezer', 'geez', 'jeez', 'jig', 'jigs', 'jigger', 'jiggers', 'jiggy', 'pansy',
  'pansies', 'quickie', 'rearend', 'rearentry', 'scallywag', 'sexed', 'sexing', 'spunk', 'spunky', 'sucker',
  'swallower', 'swalow', 'tang', 'threeway', 'triplex', 'turnon', 'whacker', 'whiz', 'yank', 'yanks',
  'weenie', 'twinkie', 'muff', 'muncher', 'hobo', 'pimp', 'pimped', 'hooker', 'hookers', 'hooters', 'boner',
  'poof', 'puss', 'prick', 'cockfight', 'deepthroat', 'rimming', 'eight ball', 'eight balls', 'sixtynine',
  'magicwand', 'loadedgun', 'stripclub', 'upskirt', 'dragqueen', 'dragqween', 'clamdigger', 'clamdiver',
  'thirdeye', 'thirdleg', 'sixsixsix', 'cumquat', 'kumquat', 'carpetmuncher', 'footstar', 'footlicker',
  'chonky', 'chunkies', 'chunkys', 'wetspot', 'gangsta', 'juggalo', 'hillbilly', 'hillbillies', 'perv',
  'skum', 'slimeball', 'sleezebag', 'sleezeball', 'slimebucket', 'slavedriver', 'lowlife', 'loser', 'looser',
  'idiot', 'moron', 'stupid', 'dumb', 'sissy', 'wuss', 'fatso', 'fatass', 'piker', 'welcher',
  // Names, surnames, places, currencies and words of other languages.
  'fu', 'ho', 'dong', 'fok', 'kum', 'cum', 'dix', 'ero', 'noonan', 'carruth', 'dahmer', 'usama', 'fatah',
  'pollock', 'pollocks', 'willie', 'bule', 'bules', 'kushi', 'kushis', 'cushi', 'cushis', 'gora', 'goras',
  'hapa', 'haole', 'haoles', 'hori', 'horis', 'gyopo', 'gyopos', 'kyopo', 'kyopos', 'mzungu', 'mzungus',
  'pocha', 'pochas', 'pocho', 'pochos', 'payo', 'indon', 'indons', 'lugan', 'lugans', 'mabuno', 'mabunos',
  'mahbuno', 'mahbunos', 'hadji', 'hadjis', 'haji', 'hajis', 'hajji', 'hajjis', 'mau mau', 'mau maus',
  'maumau', 'maumaus', 'clansman', 'clansmen', 'clanswoman', 'clanswomen', 'kkk', 'macaca', 'macacas',
  'moslem', 'shylock', 'shylocks', 'gypsy', 'gypsies', 'gypsys', 'bogan', 'argie', 'pom', 'poms', 'yarpie',
  'yarpies', 'kanake', 'kwa', 'ikwe', 'skwe', 'xkwe', 'sqeh', 'wn', 'uck', 'wab', 'whop', 'whash', 'wetb',
  'evl', 'floo', 'forni', 'geni', 'gipp', 'gipps', 'gubs', 'gummer', 'honger', 'hore', 'hork', 'kondum',
  'mams', 'moky', 'mockey', 'mockie', 'mocky', 'nudger', 'orga', 'panti', 'pohm', 'pohms', 'quashie',
  'redleg', 'redlegs', 'reestie', 'rere', 'sadis', 'sadom', 'sandm', 'shav', 'spig', 'spigotty', 'stuinties',
  'taff', 'tortur', 'vibr', 'vibrater', 'dyefly', 'exkwew', 'flydie', 'flydye', 'chunger', 'chungers',
  'cohee', 'boonie', 'boonies', 'bunga', 'bungas', 'dink', 'dinks', 'nip', 'nig', 'nigs', 'limy', 'lebo',
  'lebos', 'titbitnipply', 'sooty', 'sooties', 'jebus', 'diddle', 'tuckahoe', 'cheesehead', 'cheeseheads',
  'chink', 'chinks', 'hoser', 'hussy', 'piky', 'gubba', 'gubbas', 'homo', 'yellowman', 'honkers',
  // GYP is a build system ("node-gyp"); "plus tard", "en retard" are French for "later", "late".
  'gyp', 'tard', 'retard',
  // Not slurs, though they sound like one: "a niggle", "niggardly" (stingy).
  'niggle', 'niggled', 'niggles', 'niggling', 'nigglings', 'niggard', 'niggarded', 'niggarding',
  'niggardliness', 'niggardlinesss', 'niggards',
];

/** Words and phrases cuss rates below 2 (or lacks) that are profane in ordinary posts. */
export const EXTRA_PROFANITY: readonly string[] = [
  'shit', 'shitshow', 'shithole', 'shitstorm', 'bullshitting', 'horseshit', 'batshit', 'apeshit',
  'bitch', 'bitches', 'bastard', 'bastards', 'damn', 'goddamn', 'clusterfuck', 'fuckwit', 'fuckwits',
  'motherfuckers', 'fucked-up', 'fuckery', 'arseholes', 'assholes', 'dickheads', 'twats', 'wankers',
  'tossers', 'bellend', 'bellends', 'knobhead', 'knobheads', 'pisstake', 'piss-take', 'pissed off',
  'piss off', 'sod off', 'bugger off', 'screw you', 'go to hell', 'what the hell', 'to hell with',
  'hell no', 'bloody hell', 'stfu', 'gtfo', 'omfg', 'lmfao', 'fml', 'ffs', 'retards',
];

/** Words that are only profane in a form such as "a dick", "such a prick" (lower case). */
export const INSULT_ONLY_PROFANITY: readonly string[] = ['dick', 'dicks', 'prick', 'pricks', 'twat'];
