/**
 * Word and phrase lists of the `trustworthiness` checks. Plain lists that a communications officer
 * can read and extend: phrases match case-insensitively, any run of spaces matches a space, and a
 * straight apostrophe also matches a curly one.
 */

/** Phrases that present a claim as second-hand and unverified. */
export const HEARSAY_PHRASES = [
  'rumour has it', 'rumor has it', 'rumours have it', 'rumors have it',
  'rumours are circulating', 'rumors are circulating', 'rumours are going around', 'rumors are going around',
  'rumours are flying', 'rumors are flying', 'rumours are spreading', 'rumors are spreading',
  'there are rumours', 'there are rumors', 'there is a rumour', 'there is a rumor', "there's a rumour", "there's a rumor",
  'it is rumoured', 'it is rumored', "it's rumoured", "it's rumored", 'is rumoured to', 'is rumored to', 'are rumoured to', 'are rumored to',
  'word on the street', 'word has it', 'the word going around', 'from what I hear', 'from what I have heard', "from what I've heard",
  'sources say', 'sources said', 'sources tell me', 'sources told me', 'sources tell us', 'sources told us', 'sources claim',
  'sources close to', 'according to sources', 'according to unnamed sources', 'according to some sources',
  'unnamed sources', 'anonymous sources', 'a source told me', 'a source tells me', 'an insider told me', 'insiders say',
  'unconfirmed reports', 'unconfirmed report', 'unconfirmed news', 'unconfirmed information', 'unconfirmed figures', 'unconfirmed claims',
  'unverified reports', 'unverified report', 'unverified information', 'unverified claims', 'unverified figures',
  'a friend of a friend', 'a friend told me', 'a friend of mine told me', 'someone told me', 'somebody told me',
  'someone said that', 'somebody said that', 'I was told that', 'I was told by', 'I was told unofficially', "I've been told unofficially", 'I have been told unofficially',
  'I was told privately', 'off the record', 'I hear that', 'I hear from a friend',
  "I can't confirm", 'I cannot confirm', "I couldn't confirm", "can't verify", 'cannot verify', "couldn't verify",
  "haven't been able to verify", 'have not been able to verify', "haven't been able to confirm", 'have not been able to confirm',
  'not sure if this is true', 'not sure if it is true', "not sure if it's true", 'not sure whether this is true',
  'no idea if this is true', "don't know if this is true", 'do not know if this is true', 'may or may not be true',
  'if this is true', 'if these reports are true', 'if the reports are true', 'if true,',
  'forwarded as received', 'forwarded many times', 'received this on WhatsApp', 'going around on WhatsApp',
  'circulating on WhatsApp', 'doing the rounds on WhatsApp', 'circulating on social media', 'going around on social media',
  'everyone is saying', 'everybody is saying', 'this is hearsay', 'just hearsay',
  'only hearsay', 'pure hearsay', 'through the grapevine', 'on the grapevine', 'heard from a friend', 'heard it from a friend',
  'heard from someone', 'heard from somebody', 'heard it from someone', 'a little bird told me', 'a friend at the ministry told me',
] as const;

/** Adverbs that mark a claim as second-hand; flagged where they qualify a whole clause. */
export const HEARSAY_ADVERBS = ['apparently', 'supposedly', 'reportedly', 'allegedly', 'purportedly', 'rumouredly', 'rumoredly'] as const;

/** Nouns counted by statistics: "2.3 million people", "over 40,000 children". */
export const POPULATION_NOUNS = [
  'people', 'persons', 'individuals', 'children', 'kids', 'adolescents', 'teenagers', 'youth', 'youths', 'young people', 'adults', 'elderly',
  'women', 'girls', 'boys', 'men', 'mothers', 'fathers', 'babies', 'infants', 'newborns', 'refugees', 'migrants', 'asylum seekers',
  'asylum-seekers', 'displaced', 'IDPs', 'returnees', 'stateless', 'families', 'households', 'residents', 'citizens', 'inhabitants',
  'civilians', 'patients', 'new cases', 'confirmed cases', 'suspected cases', 'reported cases', 'cases of', 'infections', 'deaths', 'dead', 'fatalities', 'victims', 'casualties', 'survivors', 'injured',
  'wounded', 'students', 'pupils', 'learners', 'workers', 'labourers', 'laborers', 'farmers', 'smallholders', 'voters', 'jobs', 'homes',
  'houses', 'buildings', 'schools', 'classrooms', 'hospitals', 'clinics', 'health facilities', 'lives', 'births', 'pregnancies',
  'marriages', 'species', 'hectares', 'acres', 'tonnes', 'tons', 'animals', 'livestock', 'cattle', 'trees', 'villages', 'communities',
  'orphans', 'widows', 'unemployed', 'poor', 'hungry', 'malnourished', 'undernourished', 'homeless', 'illiterate',
  'Americans', 'Europeans', 'Africans', 'Canadians', 'Kenyans', 'Ukrainians', 'Syrians', 'Afghans', 'Somalis', 'Sudanese', 'Yemenis',
] as const;

/** Verb phrases that make a bare count a claim: "2 million live below the poverty line". */
export const POPULATION_VERBS = [
  'live in', 'live on', 'live below', 'live without', 'lack', 'lacks', 'go hungry', 'went hungry', 'die', 'died', 'die each', 'die every',
  'are displaced', 'were displaced', 'have been displaced', 'have fled', 'fled', 'were killed', 'have been killed', 'are killed',
  'are malnourished', 'are out of school', 'are unemployed', 'are food insecure', 'face hunger', 'face famine', 'suffer from',
  'need humanitarian', 'are in need', 'remain displaced', 'are affected', 'were affected', 'have been affected', 'are at risk',
] as const;

/** Verbs of the author's own work: "we trained 40 nurses" needs no source. */
export const ACTIVITY_VERBS = [
  'trained', 'train', 'reached', 'reach', 'distributed', 'distribute', 'delivered', 'deliver', 'vaccinated', 'immunized', 'immunised',
  'treated', 'served', 'serve', 'supported', 'support', 'helped', 'help', 'built', 'rebuilt', 'hosted', 'host', 'met', 'interviewed',
  'surveyed', 'visited', 'registered', 'enrolled', 'provided', 'provide', 'organized', 'organised', 'ran', 'run', 'held', 'launched',
  'released', 'published', 'received', 'collected', 'raised', 'planted', 'rehabilitated', 'repaired', 'hired', 'recruited', 'screened',
  'tested', 'counted', 'spent', 'processed', 'answered', 'handled', 'mentored', 'taught', 'fed', 'sheltered', 'housed', 'assisted',
  'evacuated', 'relocated', 'resettled', 'employed', 'welcomed', 'gathered', 'documented', 'recorded', 'logged', 'identified', 'found',
  'analysed', 'analyzed', 'reviewed', 'shipped', 'installed', 'set up', 'opened', 'completed', 'finished', 'conducted', 'facilitated',
  'convened', 'brought', 'gave', 'donated', 'funded', 'awarded', 'granted', 'paid', 'disbursed', 'allocated', 'cleared', 'fixed',
  'merged', 'closed', 'sent', 'made', 'produced', 'printed', 'wrote', 'drafted', 'translated', 'saw', 'seen', 'grew', 'increased',
  'reduced', 'cut', 'doubled', 'tripled', 'improved', 'saved', 'achieved', 'exceeded', 'expect', 'aim', 'plan', 'hope', 'target',
  'intend', 'managed', 'manage', 'reached out to', 'worked with', 'work with', 'partnered with', 'signed up', 'onboarded', 'migrated',
  'moved', 'handed out', 'gave out', 'checked', 'inspected', 'measured', 'mapped', 'rescued', 'cared for', 'looked after', 'test',
  'track', 'tracked', 'see', 'count', 'process', 'cover', 'covered', 'use', 'used', 'measure', 'get', 'receive', 'grow', 'build',
  'deliver', 'distribute', 'vaccinate', 'treat', 'visit', 'interview', 'survey', 'register', 'enrol', 'enroll', 'enrolled',
  'trained up', 'organise', 'organize', 'hire', 'recruit', 'screen', 'employ', 'welcome', 'feed', 'shelter', 'assist', 'pay', 'spend',
  'discovered', 'learned', 'learnt', 'noticed', 'observed', 'realized', 'realised', 'seeing', 'found out', 'measured', 'estimate',
  'save', 'handle', 'got', 'have', 'had',
] as const;

/** Words after "of our" that do not make a figure the author's own ("40% of our children"). */
export const NOT_OWN = [
  'country', 'countries', 'world', 'planet', 'region', 'society', 'societies', 'nation', 'continent', 'city', 'town', 'generation',
  'people', 'population', 'economy', 'children', 'youth', 'young people', 'women', 'girls', 'communities', 'citizens', 'oceans', 'earth',
] as const;

/** Topics of figures about the world rather than about the author's own work: "GDP fell 5%". */
export const WORLD_TOPICS = [
  'GDP', 'economy', 'inflation', 'prices', 'price of', 'income', 'incomes', 'wages', 'poverty', 'unemployment', 'employment', 'emissions',
  'temperature', 'temperatures', 'rainfall', 'harvest', 'harvests', 'crops', 'crop', 'yields', 'food production', 'exports', 'imports',
  'funding', 'funded', 'appeal', 'humanitarian aid', 'mortality', 'prevalence', 'vaccination coverage', 'immunization coverage',
  'immunisation coverage', 'health coverage', 'literacy', 'enrolment', 'enrollment',
  'school attendance', 'malnutrition', 'stunting', 'wasting', 'hunger', 'obesity', 'infection', 'transmission', 'immunization',
  'immunisation', 'vaccination rate', 'vaccination rates', 'population', 'the world', "world's", 'worldwide', 'globally', 'global',
  'nationally', 'nationwide', 'country', 'countries', 'the planet', 'forest', 'forests', 'deforestation', 'drinking water', 'sanitation',
  'electricity', 'violence', 'child marriage', 'HIV', 'malaria', 'cholera', 'measles', 'tuberculosis', 'diabetes', 'cancer', 'disease',
  'diseases', 'outbreak', 'epidemic', 'pandemic', 'rate of', 'rates of', 'share of', 'proportion of', 'the poor', 'the rich',
  'life expectancy', 'birth rate', 'fertility', 'maternal', 'refugee', 'displacement', 'migration', 'climate', 'sea level', 'drought',
  'famine', 'floods', 'crime', 'homicide', 'suicide', 'internet access', 'access to',
] as const;

/** After a count of people: what happens to them that makes the count a claim about the world. */
export const COUNT_STATE_AFTER = [
  'are displaced', 'were displaced', 'have been displaced', 'remain displaced', 'are internally displaced', 'have fled', 'fled',
  'have crossed', 'crossed', 'have arrived', 'arrived', 'are at risk', 'were at risk', 'are in need', 'need', 'needs', 'lack', 'lacks',
  'live in', 'live on', 'live below', 'live without', 'live with', 'lives in', 'die', 'died', 'dies', 'have died', 'were killed',
  'have been killed', 'are killed', 'lost their lives', 'were injured', 'have been injured', 'were wounded', 'are affected',
  'were affected', 'have been affected', 'are infected', 'were infected', 'have been infected', 'are malnourished', 'suffer',
  'suffer from', 'suffered', 'face', 'faced', 'are facing', 'go hungry', 'went hungry', 'are out of school', 'are unemployed',
  'are food insecure', 'are missing', 'went missing', 'are homeless', 'were evacuated', 'have been evacuated', 'were forced',
  'have been forced', 'are trapped', 'were trapped', 'are stranded', 'are refugees', 'are stateless', 'are married', 'marry',
  'are pregnant', 'give birth', 'are removed', 'were removed', 'receive', 'depend on', 'rely on', 'are living', 'were living',
] as const;

/** Before a count of people: harm that makes it a claim ("the floods killed 1,200 people"). */
export const COUNT_HARM_BEFORE = [
  'killed', 'kills', 'injured', 'wounded', 'displaced', 'uprooted', 'affected', 'affects', 'infected', 'infects', 'threatens',
  'threatened', 'endangers', 'left', 'claimed the lives of', 'claims the lives of', 'forced', 'an estimated', 'estimated',
  'approximately', 'roughly', 'some', 'up to',
] as const;

/** Words that make a count a rate of the world: "each year", "worldwide". */
export const COUNT_SCOPE = [
  'each year', 'every year', 'per year', 'a year', 'annually', 'each month', 'every month', 'per month', 'a month', 'each day',
  'every day', 'per day', 'a day', 'each week', 'every week', 'worldwide', 'globally', 'in the world', 'around the world',
  'nationwide', 'across the country', 'in the country', 'in the region', 'across the region', 'since the start', 'so far this year',
] as const;

/** Words that place a figure in the world at large rather than in the author's own work. */
export const WORLD_SCOPE = [
  'world', "world's", 'worldwide', 'global', 'globally', 'country', "country's", 'countries', 'nation', 'national', 'nationwide',
  'population', 'region', 'regional', 'province', 'district', 'county', 'state', 'city', 'village', 'camp', 'camps', 'continent',
  'Africa', 'Asia', 'Europe', 'Latin America', 'the Americas', 'Middle East', 'Americans', 'Canadians', 'Europeans', 'Africans',
  'every year', 'each year', 'per year', 'a year', 'annually', 'children', 'women', 'girls', 'refugees', 'migrants', 'households',
] as const;

/** Matters of fact that opinion should not settle: "I think the outbreak is over". */
export const CONTESTED_TOPICS = [
  'outbreak', 'epidemic', 'pandemic', 'virus', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'disease', 'infection rate',
  'infections', 'cholera', 'malaria', 'ebola', 'measles', 'polio', 'covid', 'covid-19', 'coronavirus', 'mpox', 'hiv', 'aids',
  'data', 'figures', 'numbers', 'statistics', 'stats', 'death toll', 'casualties', 'casualty figures', 'cases', 'case numbers',
  'report', 'study', 'studies', 'research', 'science', 'scientists', 'evidence', 'survey', 'census', 'estimates', 'results',
  'climate change', 'global warming', 'drought', 'famine', 'flood', 'floods', 'crisis', 'war', 'conflict', 'ceasefire', 'genocide',
  'election', 'elections', 'vote', 'government', 'ministry', 'authorities', 'sanctions', 'refugees', 'migrants', 'migration',
  'economy', 'inflation', 'poverty', 'unemployment', 'treatment', 'cure', 'medicine', 'drugs', 'aid', 'funding', 'the UN',
  'United Nations', 'WHO', 'UNICEF', 'UNHCR', 'WFP', 'mortality', 'malnutrition', 'hunger', 'food insecurity', 'displacement',
] as const;

/** What an opinion asserts as true or false: "is over", "is wrong", "is exaggerated". */
export const FACT_PREDICATES = [
  'is over', 'are over', 'is finished', 'has ended', 'is ending', 'will end', 'is under control', 'are under control', 'is not under control',
  'is wrong', 'are wrong', 'is false', 'are false', 'is fake', 'are fake', 'is a hoax', 'a hoax', 'is a lie', 'are lies', 'are lying',
  'is lying', 'is made up', 'are made up', 'is exaggerated', 'are exaggerated', 'is overblown', 'are overblown', 'is inflated',
  'are inflated', 'is rigged', 'was rigged', 'were rigged', 'is not real', "isn't real", 'is real', 'does not exist', "doesn't exist",
  'is true', 'are true', 'is not true', "isn't true", "aren't true", 'is correct', 'are correct', 'is incorrect', 'are incorrect',
  'is accurate', 'are accurate', 'is inaccurate', 'are inaccurate', 'is safe', 'are safe', 'is not safe', "isn't safe", 'is dangerous',
  'are dangerous', 'is harmful', 'are harmful', 'is effective', 'are effective', 'is ineffective', 'are ineffective', "doesn't work",
  "don't work", 'does not work', 'do not work', 'works', 'is caused by', 'are caused by', 'was caused by', 'were caused by', 'caused',
  'is to blame', 'are to blame', 'is responsible for', 'are responsible for', 'is much higher', 'are much higher', 'is higher', 'are higher',
  'is much lower', 'are much lower', 'is lower', 'are lower', 'is underreported', 'are underreported', 'is overestimated',
  'are overestimated', 'is underestimated', 'are underestimated', 'is getting worse', 'are getting worse', 'is getting better',
  'is worsening', 'is improving', 'is spreading', 'is not spreading', 'is contained', 'has peaked', 'is a myth', 'a myth',
  'is a scam', 'a scam', 'is a conspiracy', 'a conspiracy', 'is manipulated', 'are manipulated', 'was manipulated', 'were manipulated',
  'is hiding', 'are hiding', 'is covering up', 'are covering up', 'covered up', 'is concealing', 'are concealing', 'is manipulating',
  'are manipulating', 'is inflating', 'are inflating', 'is underreporting', 'are underreporting', 'is overstating', 'are overstating',
] as const;

/** Words of the media that may need a credit. */
export const MEDIA_NOUNS = [
  'photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'photograph', 'photographs', 'shot', 'shots', 'video',
  'videos', 'clip', 'clips', 'meme', 'memes', 'graphic', 'graphics', 'infographic', 'infographics', 'map', 'maps', 'drawing', 'drawings',
  'illustration', 'illustrations', 'cartoon', 'cartoons', 'gif', 'gifs', 'artwork', 'chart', 'charts', 'screenshot', 'screenshots',
  'footage', 'poster', 'posters', 'photo essay',
] as const;

/** Places media are found without their maker: "found this photo on Facebook". */
export const MEDIA_PLATFORMS = [
  'the internet', 'the web', 'the net', 'internet', 'online', 'google', 'google images', 'twitter', 'x', 'facebook', 'fb', 'instagram',
  'insta', 'whatsapp', 'telegram', 'tiktok', 'pinterest', 'reddit', 'linkedin', 'youtube', 'flickr', 'tumblr', 'imgur', 'social media',
  'a group', 'a facebook group', 'a whatsapp group', 'a telegram group', 'a website', 'a blog', 'a forum', 'my feed', 'my timeline',
  'my newsfeed', 'somewhere online', 'the timeline', 'the feed',
] as const;

/** Words that sign off a shared link as read: "haven't read it yet, but". */
export const SHARE_WORDS = [
  'share', 'sharing', 'shared', 'reshare', 'resharing', 'retweet', 'retweeting', 'rt', 'repost', 'reposting', 'passing this on',
  'passing it on', 'check it out', 'check this out', 'worth a read', 'worth reading', 'worth a look', 'worth watching', 'must read',
  'must-read', 'recommend', 'recommended', 'highly recommend', 'link', 'link below', 'thread', 'read this', 'watch this', 'looks great',
  'looks interesting', 'looks good', 'looks important', 'sounds great', 'sounds interesting', 'sounds important', 'bookmarking',
] as const;
