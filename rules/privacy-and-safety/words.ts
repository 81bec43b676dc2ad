/**
 * Word lists for `privacy-and-safety`. A communications officer can read and extend these: each
 * list is plain words or phrases (case does not matter; a space matches any run of spaces).
 * `patterns.ts` compiles them into regular expressions once, at load time.
 */

/** Words that present a phone number, e-mail or address as an official, published contact. */
export const OFFICIAL_CONTACT_WORDS = [
  'press office', 'press officer', 'media office', 'media desk', 'media enquiries', 'media inquiries', 'press enquiries',
  'press inquiries', 'media relations', 'press line', 'hotline', 'hot line', 'helpline', 'help line', 'help desk', 'helpdesk',
  'switchboard', 'reception', 'front desk', 'call centre', 'call center', 'contact centre', 'contact center',
  'information line', 'info line', 'toll-free', 'toll free', 'freephone', 'main line', 'main number', 'office line',
  'office number', 'office phone', 'office landline', 'general enquiries', 'general inquiries', 'customer service',
  'service desk', 'duty officer', 'duty phone', 'emergency line', 'complaints line', 'complaint line', 'feedback line',
  'report fraud', 'reporting line', 'headquarters', 'head office', 'country office', 'field office', 'regional office',
  'liaison office', 'public information', 'communications unit', 'communications office', 'secretariat', 'for more information',
  'for further information', 'contact us', 'call us', 'email us', 'e-mail us', 'write to us', 'reach us', 'contact the office',
  'our office', 'the office', 'official', 'registry', 'embassy', 'consulate', 'ministry', 'mission office', 'media contact',
  'press contact', 'media contacts', 'press contacts', 'dial-in', 'dial in', 'conference line', 'conference call', 'call-in',
  'bridge line', 'passcode', 'access code', 'meeting id', 'webinar',
];

/** Words that make a contact personal even where an office is mentioned ("not the office line, my mobile"). */
export const PERSONAL_CONTACT_WORDS = [
  'my mobile', 'my cell', 'my cellphone', 'my phone', 'my number', 'my personal', 'my private', 'my whatsapp', 'my signal',
  'my home', 'my own', 'her mobile', 'his mobile', 'her number', 'his number', 'her phone', 'his phone', 'her whatsapp',
  'his whatsapp', 'their mobile', 'their number', 'home phone', 'home number', 'personal number', 'personal phone',
  'personal mobile', 'private number', 'private phone', 'personal email', 'personal e-mail', 'private email', 'private e-mail',
  'my email', 'my e-mail', 'my gmail', 'her email', 'his email', 'her e-mail', 'his e-mail', 'call me', 'text me', 'ring me',
  'whatsapp me', 'message me', 'email me', 'e-mail me', 'reach me', 'contact me', 'write to me', 'my wife', 'my husband',
  'my mother', 'my father', 'my sister', 'my brother', 'my son', 'my daughter', 'my family', 'my landlord', 'my neighbour',
  'my neighbor',
];

/** Words that say a number is a phone number (used where the number alone is ambiguous). */
export const PHONE_CONTEXT_WORDS = [
  'phone', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'call', 'calling', 'ring', 'text', 'sms', 'whatsapp', 'signal',
  'viber', 'telegram', 'number', 'no', 'dial', 'reach', 'contact', 'landline', 'fax', 'line', 'extension', 'ext',
];

/** Local parts of e-mail addresses that belong to a role or a team, not a person. */
export const ROLE_MAILBOXES = [
  'info', 'information', 'contact', 'contacts', 'press', 'media', 'news', 'newsroom', 'newsletter', 'support', 'help', 'helpdesk',
  'hello', 'hi', 'team', 'feedback', 'inquiries', 'inquiry', 'enquiries', 'enquiry', 'questions', 'security', 'admin',
  'administrator', 'office', 'jobs', 'careers', 'recruitment', 'hr', 'webmaster', 'web', 'editor', 'editors', 'editorial',
  'communications', 'comms', 'partnerships', 'partners', 'events', 'event', 'registration', 'register', 'rsvp', 'privacy',
  'legal', 'sales', 'billing', 'abuse', 'noreply', 'no-reply', 'donate', 'donations', 'volunteer', 'volunteers', 'service',
  'services', 'secretariat', 'registry', 'hotline', 'report', 'reports', 'complaints', 'complaint', 'ethics', 'integrity',
  'investigations', 'ombudsman', 'procurement', 'tenders', 'bids', 'accessibility', 'community', 'digital', 'library',
  'archives', 'publications', 'pubs', 'dpo', 'dataprotection', 'it', 'servicedesk', 'grants', 'fellowship', 'fellowships',
  'internships', 'interns', 'unit', 'desk', 'group', 'program', 'programme', 'project', 'committee', 'board', 'council',
  'policy', 'research', 'data', 'opendata', 'foia', 'protection', 'psea', 'fraud', 'general', 'main', 'mail', 'postmaster',
  'outreach', 'engagement', 'learning', 'training', 'education', 'ops', 'operations', 'staff', 'bureau', 'directorate',
  'division', 'department', 'section', 'center', 'centre', 'lab', 'labs', 'studio', 'workshop', 'conference', 'summit',
  'forum', 'network', 'coalition', 'initiative', 'campaign', 'challenge', 'challenges', 'awards', 'prize', 'contest',
];

/** Domains reserved for examples (RFC 2606 and friends): never a real person's address. */
export const PLACEHOLDER_DOMAINS = ['example.com', 'example.org', 'example.net', 'example.edu', 'example', 'test', 'invalid', 'localhost', 'domain.com', 'email.com', 'yourdomain.com', 'yourcompany.com', 'company.com'];

/** Street types in English and in the languages of many duty stations (French, Spanish, Portuguese, ...). */
export const STREET_TYPES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Way', 'Close',
  'Crescent', 'Court', 'Ct', 'Place', 'Pl', 'Terrace', 'Square', 'Sq', 'Highway', 'Hwy', 'Parkway', 'Pkwy', 'Circle',
  'Mews', 'Grove', 'Gardens', 'Row', 'Alley', 'Drive-in', 'Estate',
];

/** Street words that come BEFORE the name in many languages (`rue de la Paix`, `Calle Mayor`, `Rua Augusta`). */
export const STREET_WORDS_BEFORE = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'blvd', 'chemin', 'impasse', 'allée', 'allee', 'quai', 'calle', 'carrera',
  'avenida', 'avda', 'paseo', 'camino', 'callejón', 'callejon', 'rua', 'travessa', 'estrada', 'praça', 'praca', 'viale',
  'piazza', 'corso', 'strada', 'ulitsa', 'vulytsia', 'prospekt', 'sharia', 'jalan', 'jl', 'đường', 'duong', 'sokak',
  'caddesi', 'cadde',
];

/** Street words that are also English words (`via`, `route`, `place`): only with a capital letter (`Via Roma 12`). */
export const STREET_WORDS_CAPITAL_ONLY = ['Via', 'Route', 'Place', 'Cours', 'Largo', 'Calle', 'Strasse', 'Straße'];

/** Words that open a house number in forms common in East Africa and South Asia (`Plot 12`, `House No. 5`). */
export const HOUSE_NUMBER_WORDS = ['plot', 'house no', 'house number', 'house #', 'hse no', 'h.no', 'h. no', 'h no', 'flat no', 'flat', 'apartment', 'apt', 'door no', 'stand no', 'erf', 'lot', 'block', 'sector'];

/** Nouns for where someone lives. */
export const HOME_NOUNS = [
  'home', 'house', 'flat', 'apartment', 'place', 'residence', 'room', 'bedsit', 'digs', 'family home', 'parents\' house',
  'parents\' home', 'rented room', 'rental', 'bungalow', 'villa', 'cottage', 'hut', 'tent', 'shelter', 'studio',
];

/** Landmarks people use to give directions where streets have no numbers. */
export const LANDMARKS = [
  'mosque', 'church', 'cathedral', 'temple', 'shrine', 'market', 'marketplace', 'pharmacy', 'chemist', 'petrol station',
  'gas station', 'filling station', 'fuel station', 'school', 'primary school', 'secondary school', 'hospital', 'clinic',
  'health centre', 'health center', 'police station', 'police post', 'checkpoint', 'post office', 'bank', 'supermarket',
  'bakery', 'butcher', 'roundabout', 'water tower', 'water point', 'junction', 'crossroads', 'bus stop', 'bus station',
  'bus park', 'taxi rank', 'matatu stage', 'boda stage', 'stage', 'football pitch', 'football field', 'stadium', 'cinema',
  'shop', 'kiosk', 'duka', 'restaurant', 'hotel', 'bridge', 'well', 'borehole', 'mango tree', 'baobab', 'big tree',
  'blue gate', 'green gate', 'red gate', 'black gate', 'gate', 'bar', 'nightclub', 'tea shop', 'tea stall', 'mill',
  'river', 'railway', 'railway station', 'train station', 'level crossing', 'airstrip', 'airport', 'cemetery', 'graveyard',
  'madrasa', 'madrassa', 'chief\'s office', 'district office', 'barracks', 'army camp',
];

/** Prepositions that place a building relative to a landmark or a road. */
export const PLACE_PREPOSITIONS = [
  'behind', 'opposite', 'next to', 'near', 'beside', 'across from', 'across the road from', 'across the street from',
  'in front of', 'above', 'below', 'upstairs from', 'around the corner from', 'round the corner from', 'down the road from',
  'up the road from', 'just off', 'off', 'just past', 'past', 'at the end of', 'at the corner of', 'on the corner of',
  'facing', 'adjacent to', 'a few doors from', 'two doors from', 'next door to', 'right by', 'close to', 'by',
];

/** Words that make an address public: an office, a venue, an event. */
export const PUBLIC_PLACE_WORDS = [
  'office', 'offices', 'headquarters', 'hq', 'head office', 'un house', 'secretariat', 'embassy', 'consulate', 'ministry',
  'venue', 'event', 'events', 'conference', 'conference centre', 'conference center', 'convention centre',
  'convention center', 'held at', 'hosted at', 'takes place', 'take place', 'taking place', 'will be held', 'join us',
  'meetup', 'meet-up', 'workshop', 'hackathon', 'summit', 'forum', 'open house', 'exhibition', 'museum', 'library',
  'university', 'college', 'campus', 'auditorium', 'town hall', 'city hall', 'theatre', 'theater', 'gallery', 'register',
  'registration', 'rsvp', 'tickets', 'where:', 'location:', 'address:', 'visit us', 'drop by', 'store', 'shop', 'restaurant',
  'café', 'cafe', 'hotel', 'building', 'tower', 'plaza', 'center', 'centre', 'hall', 'hub', 'station', 'airport', 'park',
  'find us', 'our offices', 'mailing address', 'postal address', 'registered office', 'send applications', 'mail your', 'mail it to', 'white house',
  'capitol', 'parliament', 'court', 'courthouse', 'mission', 'permanent mission', 'agency', 'department', 'bureau',
  'company', 'organisation', 'organization', 'ngo', 'partner', 'firm', 'bank', 'school', 'hospital', 'clinic', 'church',
  'mosque', 'blog', 'website', 'site',
];

/** Words that make a place an operational site where staff stay or work. */
export const SITE_NOUNS = [
  'compound', 'guesthouse', 'guest house', 'base', 'team base', 'field base', 'operating base', 'camp', 'staff house',
  'team house', 'safe house', 'safehouse', 'residential compound', 'accommodation', 'quarters', 'living quarters',
  'staff accommodation', 'containers', 'bunker', 'warehouse', 'hub', 'sub-office', 'field office', 'office', 'hotel',
  'lodge', 'hostel', 'motel', 'inn',
];

/** Verbs and phrases that say where someone is staying now. */
export const STAY_VERBS = [
  'staying at', 'staying in', 'sleeping at', 'sleeping in', 'living at', 'living in', 'based at', 'based in', 'holed up at',
  'holed up in', 'sheltering at', 'sheltering in', 'hiding at', 'hiding in', 'hunkered down at', 'hunkered down in',
  'locked down at', 'locked down in', 'confined to', 'relocated to', 'lodging at', 'lodged at', 'camped at', 'camping at',
  'put up at', 'checked into', 'checked in at', 'booked into',
];

/** Words that mark a consent note next to a photo. Configurable with the `consentPhrases` option. */
export const CONSENT_PHRASES = [
  'with consent', 'with their consent', 'with her consent', 'with his consent', 'with the consent', 'with written consent',
  'with informed consent', 'with parental consent', 'with consent of', 'consent obtained', 'consent was obtained',
  'consent given', 'gave consent', 'gave their consent', 'gave permission', 'gave their permission', 'with permission',
  'with their permission', 'with her permission', 'with his permission', 'with the permission', 'permission obtained',
  'used with permission', 'published with permission', 'shared with permission', 'photographed with permission',
  'consented', 'agreed to be photographed', 'agreed to be pictured', 'agreed to share', 'agreed to appear',
  'signed a consent', 'signed consent', 'consent form', 'release form', 'model release', 'faces blurred', 'face blurred',
  'faces have been blurred', 'blurred to protect', 'faces pixelated', 'face pixelated', 'faces hidden', 'face hidden',
  'not identifiable', 'cannot be identified', 'can not be identified', 'unidentifiable', 'photographed from behind',
  'from behind', 'silhouette', 'anonymised', 'anonymized', 'names have been changed', 'name has been changed',
  'name changed', 'names changed', 'faces not shown', 'no faces', 'hands only', 'consentement', 'consentimiento',
];

/** Words in alt text, captions or file names that show a child. */
export const CHILD_WORDS = [
  'child', 'children', 'childs', "child's", "children's", 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'baby', 'babies',
  'infant', 'infants', 'toddler', 'toddlers', 'newborn', 'newborns', 'pupil', 'pupils', 'schoolchild', 'schoolchildren',
  'schoolgirl', 'schoolgirls', 'schoolboy', 'schoolboys', 'school girl', 'school girls', 'school boy', 'school boys',
  'orphan', 'orphans', 'orphaned', 'minors', 'unaccompanied minor', 'unaccompanied minors', 'teenager', 'teenagers',
  'teen', 'teens', 'adolescent', 'adolescents', 'youngster', 'youngsters', 'her son', 'his son', 'their son', 'my son',
  'our son', 'her daughter', 'his daughter', 'their daughter', 'my daughter', 'our daughter', 'daughters', 'sons',
  'schoolkids', 'kindergarten',
  'preschooler', 'preschoolers', 'enfant', 'enfants', 'niño', 'niños', 'niña', 'niñas', 'criança', 'crianças',
  'child soldier', 'child soldiers', 'street children', 'students at the primary school', 'primary school pupils',
];

/** Words that show a vulnerable adult in a photo (patients, survivors, detainees, ...). */
export const VULNERABLE_WORDS = [
  'patient', 'patients', 'survivor', 'survivors', 'detainee', 'detainees', 'prisoner', 'prisoners', 'inmate', 'inmates',
  'victim', 'victims', 'asylum seeker', 'asylum seekers', 'asylum-seeker', 'asylum-seekers', 'trafficked', 'trafficking',
  'sex worker', 'sex workers', 'living with hiv', 'hiv-positive', 'hiv positive', 'malnourished', 'wounded', 'injured',
  'amputee', 'amputees', 'ex-combatant', 'ex-combatants', 'former combatant', 'former combatants', 'deportee', 'deportees',
  'gbv', 'rape', 'sexual violence', 'domestic violence', 'torture', 'mental health', 'psychiatric', 'leprosy', 'ebola patient',
  'cholera patient', 'in hospital', 'hospital bed', 'on a drip', 'stateless', 'undocumented', 'migrant worker',
];

/** Words for refugees and displaced people: a finding only with a personal name next to them. */
export const DISPLACED_WORDS = [
  'refugee', 'refugees', 'displaced', 'idp', 'idps', 'internally displaced', 'returnee', 'returnees', 'migrant', 'migrants',
];

/** Words that say an image is not a photo of a person (a chart, a drawing, a logo). */
export const NOT_A_PHOTO_WORDS = [
  'drawing', 'drawings', 'illustration', 'illustrations', 'painting', 'paintings', 'chart', 'graph', 'diagram', 'map',
  'logo', 'icon', 'infographic', 'screenshot', 'screen shot', 'cartoon', 'clip art', 'clipart', 'poster', 'artwork',
  'mural', 'sketch', 'comic', 'emoji', 'avatar', 'book cover', 'cover of', 'toy', 'toys', 'doll', 'dolls', 'statue',
  'sculpture', 'stock photo', 'silhouette', 'shadow', 'shadows', 'website', 'web site', 'homepage', 'home page', 'web page',
  'webpage', 'screen', 'interface', 'dashboard', 'form', 'template', 'slide', 'table', 'graphic', 'seal', 'badge', 'mockup',
  'wireframe', 'prototype', 'survey results', 'results', 'note', 'letter', 'document', 'flyer', 'brochure', 'card',
  'banner', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'shoes', 'clothes', 'blocks',
  'building blocks', 'capture d’écran', "capture d'écran", 'captura de pantalla', 'dessin',
  'graphique', 'tableau', 'carte', 'affiche', 'gráfico', 'mapa', 'dibujo',
];

/** Stock-photo sources: their photos come with model releases. */
export const STOCK_SOURCES = ['thinkstock', 'istock', 'istockphoto', 'getty images', 'gettyimages', 'shutterstock', 'adobe stock', 'adobestock', 'stock photo', 'dreamstime', 'depositphotos', 'alamy', 'unsplash', 'pexels', 'pixabay', 'jupiterimages', 'liquidlibrary', 'hemera', 'photoobjects', 'moodboard'];

/** Health states that are private by themselves when said of a named person ("Amina is pregnant"). */
export const HEALTH_STATES = [
  'pregnant', 'pregnancy', 'miscarriage', 'miscarried', 'hospitalised', 'hospitalized', 'in hospital', 'in the hospital',
  'in intensive care', 'in icu', 'in the icu', 'on sick leave', 'on medical leave', 'on sick-leave', 'medevaced',
  'medevac', 'medically evacuated', 'medical evacuation', 'bedridden', 'quarantined', 'in quarantine', 'self-isolating',
  'diagnosed', 'tested positive', 'chemotherapy', 'chemo', 'surgery', 'operated on', 'on dialysis', 'sick', 'ill',
  'burnout', 'burn-out', 'nervous breakdown', 'breakdown', 'depressed', 'depression', 'in rehab', 'in therapy',
  'seeing a therapist', 'hiv-positive', 'hiv positive', 'disabled', 'injured', 'wounded', 'broken leg', 'broken arm',
  'fever', 'ivf', 'fertility treatment', 'suicidal', 'overdose',
];

/** Diseases and conditions: private when a named person has them ("Joseph has malaria", "recovering from typhoid"). */
export const DISEASES = [
  'malaria', 'typhoid', 'cholera', 'dengue', 'ebola', 'covid', 'covid-19', 'coronavirus', 'tuberculosis', 'tb', 'hiv',
  'aids', 'hepatitis', 'measles', 'pneumonia', 'cancer', 'breast cancer', 'a tumour', 'a tumor', 'tumour', 'tumor',
  'diabetes', 'a stroke', 'stroke', 'a heart attack', 'heart attack', 'seizures', 'epilepsy', 'anxiety', 'ptsd',
  'mental illness', 'addiction', 'alcoholism', 'asthma', 'an infection', 'infection', 'the flu', 'flu', 'mpox',
  'monkeypox', 'yellow fever', 'lassa fever', 'meningitis', 'leprosy', 'sickle cell', 'kidney failure', 'long covid',
  'surgery', 'an operation', 'a miscarriage', 'a breakdown', 'a fever', 'fever', 'complications',
];

/** Verbs that say a named person has a condition (followed by one of `DISEASES`). */
export const HAS_CONDITION = [
  'has', 'had', 'have', 'got', 'caught', 'contracted', 'recovering from', 'recovered from', 'recovers from',
  'diagnosed with', 'down with', 'suffering from', 'suffers from', 'suffered from', 'battling', 'fighting', 'treated for',
  'being treated for', 'tested positive for', 'living with', 'struggling with', 'undergoing', 'underwent', 'admitted with',
  'hospitalised with', 'hospitalized with', 'evacuated with', 'sick with', 'ill with', 'came down with', 'coming down with',
];

/** Family and private-life words: a named person with one of these is sharing private details. */
export const FAMILY_WORDS = [
  'divorce', 'divorced', 'divorcing', 'separated from', 'split up', 'custody', 'custody battle', 'affair', 'gay', 'lesbian', 'bisexual', 'transgender', 'came out', 'coming out', 'arrested', 'detained', 'in prison', 'in jail',
  'criminal record', 'bankrupt', 'evicted', 'eviction', 'asylum claim', 'asylum application',
  'immigration status', 'visa status', 'undocumented', 'domestic violence', 'abuse', 'abused', 'in debt', 'her debts',
  'his debts', 'gambling',
];

/** Relation words that introduce a person in a draft ("my colleague Amina", "our driver Joseph"). */
export const PERSON_ROLES = [
  'colleague', 'colleagues', 'co-worker', 'coworker', 'teammate', 'team-mate', 'team member', 'staff member', 'friend',
  'neighbour', 'neighbor', 'driver', 'guard', 'security guard', 'cook', 'cleaner', 'nanny', 'housekeeper', 'house help',
  'assistant', 'interpreter', 'translator', 'fixer', 'boss', 'manager', 'supervisor', 'deputy', 'officer', 'intern',
  'volunteer', 'counterpart', 'landlord', 'landlady', 'roommate', 'flatmate', 'housemate', 'wife', 'husband', 'partner',
  'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'mum', 'mom', 'dad', 'cousin', 'uncle', 'aunt', 'niece',
  'nephew', 'grandmother', 'grandfather', 'client', 'beneficiary', 'patient', 'student', 'mentee', 'classmate',
];

/** Words that make a health mention a tribute, a public record or a general remark rather than a private detail. */
export const TRIBUTE_WORDS = ['passed away', 'died', 'death', 'in memory', 'in memoriam', 'rest in peace', 'rip', 'the late', 'obituary', 'tribute', 'condolences', 'mourn', 'mourning', 'killed'];

/** Verbs of movement for travel plans (base, present and -ing forms; past forms are left out on purpose). */
export const MOVE_VERBS = [
  'fly', 'flies', 'flying', 'travel', 'travels', 'travelling', 'traveling', 'head', 'heads', 'heading', 'leave', 'leaves',
  'leaving', 'depart', 'departs', 'departing', 'arrive', 'arrives', 'arriving', 'drive', 'drives', 'driving', 'go', 'goes',
  'going', 'return', 'returns', 'returning', 'land', 'lands', 'landing', 'cross', 'crosses', 'crossing', 'move', 'moves',
  'moving', 'relocate', 'relocating', 'deploy', 'deploys', 'deploying', 'rotate', 'rotating', 'set off', 'sets off',
  'setting off', 'set out', 'sets out', 'setting out', 'take off', 'takes off', 'taking off', 'touch down', 'touching down',
  'fly out', 'flying out', 'fly back', 'flying back', 'drive back', 'driving back', 'head out', 'heading out', 'heading back',
  'go back', 'going back', 'come back', 'coming back', 'visit', 'visiting', 'board', 'boarding', 'transit', 'transiting',
  'overnight', 'overnighting', 'be in', 'be at', 'be back in', 'be based in', 'be staying in', 'be staying at', 'be on the road to',
];

/** Time markers that put a movement in the present or the future. */
export const FUTURE_TIME_WORDS = [
  'tomorrow', 'tonight', 'today', 'this morning', 'this afternoon', 'this evening', 'this weekend', 'this week',
  'this coming', 'next week', 'next month', 'next weekend', 'next monday', 'next tuesday', 'next wednesday',
  'next thursday', 'next friday', 'next saturday', 'next sunday', 'later today', 'later this week', 'early tomorrow',
  'at dawn', 'at first light', 'at sunrise', 'at noon', 'at midnight', 'overnight', 'first thing', 'in the morning',
  'right now', 'at the moment', 'currently', 'as we speak', 'until further notice', 'for the next few days',
  'for the next two weeks', 'for the next week', 'over the weekend', 'this friday', 'this saturday', 'this sunday',
  'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'eta', 'etd',
];

/** Markers that put a sentence in the past (a trip told as a story). */
export const PAST_TIME_WORDS = [
  'yesterday', 'last week', 'last month', 'last year', 'last night', 'last weekend', 'last time', 'last monday',
  'last tuesday', 'last wednesday', 'last thursday', 'last friday', 'last saturday', 'last sunday', 'ago',
  'earlier this year', 'earlier this month', 'earlier this week', 'back in', 'years back', 'when i was', 'used to',
  'in the past', 'previously', 'once upon', 'those days', 'that day', 'that morning', 'that night', 'at the time',
  'the day before', 'the next day', 'the following day', 'the following week', 'had been', 'had to', 'we had', 'i had',
];

/** Airline designators (IATA) common on routes where staff travel; a flight number needs one or the word "flight". */
export const AIRLINE_CODES = [
  'KQ', 'ET', 'QR', 'EK', 'TK', 'LH', 'AF', 'BA', 'KL', 'SN', 'LX', 'OS', 'MS', 'RJ', 'SV', 'WY', 'FZ', 'G9', 'EY', 'GF',
  'AT', 'RW', 'WB', 'TC', 'PW', 'UR', 'UG', 'SA', 'FA', 'MN', 'HF', 'KP', 'W3', 'P4', 'AW', 'UL', 'AI', '6E', 'PK', 'BG',
  'TG', 'SQ', 'MH', 'CX', 'NH', 'JL', 'QF', 'NZ', 'AA', 'UA', 'DL', 'AC', 'WS', 'LA', 'AV', 'CM', 'AM', 'IB', 'UX', 'TP',
  'AZ', 'A3', 'LO', 'OK', 'RO', 'PS', 'SU', 'KC', 'HY', 'J2', 'ZP', 'QS', 'U2', 'FR', 'W6', 'XY', 'J9', 'KU', 'IY', '5Y',
];

/** Movement verbs too common to mean travel alone ("we are moving to a new platform"): they need a travel cue. */
export const WEAK_MOVE_VERBS = ['be at', 'go', 'goes', 'going', 'move', 'moves', 'moving', 'come back', 'coming back', 'go back', 'going back', 'transit', 'transiting', 'board', 'boarding', 'head', 'heads', 'heading', 'visit', 'visiting', 'return', 'returns', 'returning'];

/** Words that make a weak movement verb mean travel. */
export const TRAVEL_CUES = [
  'by road', 'by car', 'by plane', 'by air', 'by helicopter', 'by boat', 'by bus', 'flight', 'fly', 'flying', 'trip', 'mission',
  'field', 'convoy', 'airport', 'airstrip', 'drive', 'driving', 'travel', 'travelling', 'traveling', 'journey', 'road',
  'border', 'checkpoint', 'compound', 'base', 'camp', 'guesthouse', 'hotel', 'UNHAS', 'leave', 'R&R', 'duty station',
  'deployment', 'assessment', 'distribution', 'visit',
];

/** Capitalised words that start sentences but are not people (`This will land in ...`). */
export const NON_PERSON_SUBJECTS = [
  'This', 'That', 'It', 'There', 'These', 'Those', 'Which', 'What', 'Who', 'Whoever', 'The', 'A', 'An', 'Each', 'Every',
  'All', 'Some', 'Many', 'Most', 'Both', 'Such', 'Nothing', 'Everything', 'Something', 'Anything', 'Everyone', 'Anyone',
  'Nobody', 'People', 'Refugees', 'Families', 'Children', 'Thousands', 'Hundreds', 'Millions', 'Migrants', 'Prices',
  'Support', 'Development', 'Work', 'Code', 'Data', 'Traffic', 'Users', 'Updates', 'Changes', 'Funding', 'Aid', 'Food',
  'Water', 'Rain', 'Rains', 'Floods', 'Fighting', 'Violence', 'Cholera', 'Here', 'Now', 'Then', 'Today', 'Tomorrow',
  'Yesterday', 'Once', 'When', 'If', 'As', 'So', 'But', 'And', 'Or', 'They', 'You',
];

/** E-mail providers and internet providers whose addresses belong to private persons. */
export const FREE_MAIL_PROVIDERS = [
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'mac', 'aol',
  'protonmail', 'proton', 'pm', 'gmx', 'web', 'mail', 'yandex', 'qq', '163', '126', 'rediffmail', 'zoho', 'tutanota',
  'tuta', 'hushmail', 'fastmail', 'inbox', 'orange', 'free', 'laposte', 'wanadoo', 'libero', 't-online', 'bluewin', 'ukr',
  'bk', 'list', 'rambler', 'btinternet', 'comcast', 'verizon', 'att', 'sbcglobal', 'bellsouth', 'cox', 'charter', 'shaw',
  'rogers', 'sympatico', 'videotron', 'telus', 'bigpond', 'optusnet', 'xtra', 'sky', 'virginmedia', 'talktalk', 'ntlworld',
  'safaricom', 'airtelmail', 'mweb', 'telkomsa', 'skynet', 'seznam', 'wp', 'o2', 'interia', 'abv', 'walla', 'naver',
  'daum', 'hanmail', 'sina', 'sohu', 'rediff', 'bol', 'uol', 'terra', 'ig', 'arnet', 'fibertel', 'prodigy', 'mailinator',
];

/** Animals: `baby panda`, `kids` of goats. A child word right before one of these is not a child. */
export const ANIMALS = [
  'panda', 'pandas', 'elephant', 'elephants', 'giraffe', 'giraffes', 'goat', 'goats', 'camel', 'camels', 'cow', 'cows',
  'lion', 'lions', 'monkey', 'monkeys', 'gorilla', 'gorillas', 'rhino', 'rhinos', 'turtle', 'turtles', 'bird', 'birds',
  'animal', 'animals', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'puppies', 'kitten', 'kittens', 'zebra', 'zebras', 'hippo',
  'whale', 'whales', 'seal', 'seals', 'bear', 'bears', 'chimp', 'chimpanzee', 'owl', 'penguin', 'penguins', 'lamb', 'calf',
];
