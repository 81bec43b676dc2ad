/**
 * Word lists of the `emblems-and-disclaimer` checks. A communications officer can extend them;
 * patterns.ts builds the regular expressions from them.
 */

/** Words that say a picture is a logo or emblem (combined with an organisation name). */
export const LOGO_WORDS = ['emblem', 'emblems', 'logo', 'logos', 'logotype', 'logotypes', 'seal', 'flag', 'flags', 'wordmark', 'insignia', 'crest'];

/** Phrases that name the UN emblem on their own, with no organisation name beside them. */
export const EMBLEM_PHRASES = ['olive branches around a world map', 'olive branches and world map', 'wreath of olive branches', 'blue laurel wreath'];

/**
 * Words that show a picture is a photo of a place, a thing or people on which a logo happens to
 * appear ("UN sign at the compound gate", "UNICEF logo on the clinic wall"), not the logo itself.
 */
export const SCENE_WORDS = [
  'building', 'buildings', 'headquarters', 'hq', 'compound', 'facade', 'façade', 'entrance', 'gate', 'gates', 'sign', 'signs', 'signboard', 'signpost',
  'wall', 'walls', 'office', 'offices', 'warehouse', 'clinic', 'school', 'tent', 'tents', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'lorry',
  'plane', 'aircraft', 'helicopter', 'boat', 'convoy', 'sack', 'sacks', 'bag', 'bags', 'box', 'boxes', 'parcel', 'parcels', 'crate', 'crates', 'tarpaulin',
  'vest', 'vests', 'jacket', 'shirt', 't-shirt', 'cap', 'helmet', 'uniform', 'staff', 'colleagues', 'children', 'people', 'crowd', 'street', 'banner at',
  'photo of', 'picture of', 'in front of', 'outside', 'inside', 'standing', 'visit', 'visiting', 'painted', 'mural', 'stage', 'podium', 'delivery', 'distribution',
];

/** Front-matter image keys that put a picture on the blog or profile itself (logo, avatar, banner). */
export const IDENTITY_KEYS = ['logo', 'avatar', 'icon', 'favicon', 'banner', 'header_image', 'headerImage', 'profile_image', 'profileImage', 'brand', 'site_logo'];

/**
 * Accepted personal-views disclaimers. Written as phrases; each word may be followed by a run of
 * spaces, straight and curly apostrophes are both accepted. Matching is case-insensitive.
 */
export const DISCLAIMER_PHRASES = [
  'views are my own', 'views are mine', 'views mine', 'views my own', 'opinions are my own', 'opinions are mine', 'opinions my own', 'opinions mine',
  'thoughts are my own', 'thoughts are mine', 'tweets are my own', 'tweets are mine', 'posts are my own', 'posts are mine', 'words are my own',
  'my own views', 'my own opinions', 'my personal views', 'my personal opinions', 'my views alone', 'my opinions alone', 'personal views only',
  'views are personal', 'opinions are personal', 'views are entirely my own', 'views are solely my own', 'opinions are entirely my own', 'opinions are solely my own',
  'views are strictly my own', 'written in a personal capacity', 'in my personal capacity', 'in a personal capacity', 'on a personal basis',
  'do not necessarily reflect the views', 'does not necessarily reflect the views', 'do not necessarily represent the views', 'does not necessarily represent the views',
  'do not reflect the views of', 'does not reflect the views of', 'do not represent the views of', 'does not represent the views of',
  'not the views of my employer', 'not those of my employer', 'not necessarily those of', 'do not necessarily reflect those of', 'does not necessarily reflect those of',
  'do not necessarily reflect the position', 'does not necessarily reflect the position', 'do not reflect the official position', 'does not reflect the official position',
  'les opinions exprimées', 'mes propres opinions', "n'engagent que moi", 'las opiniones expresadas', 'opiniones propias',
];

/** Front-matter keys that hold a disclaimer. */
export const DISCLAIMER_KEYS = ['disclaimer', 'disclaimers', 'legal', 'views_disclaimer'];
