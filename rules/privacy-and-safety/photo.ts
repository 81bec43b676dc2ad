/**
 * What the text around an image says about the people in it, shared by `photo-of-child` and
 * `photo-of-person`: the alt text, title, file name and caption; whether a consent note stands
 * next to it (or a note covers all photos of the draft); whether it is a drawing or a chart.
 */
import { segmentAt, squash, type Document, type Image } from '../../src/rule-kit/index.js';
import {
  ALL_PHOTOS, ANIMAL_AFTER, HISTORICAL, CAPTION_CUE, CHILD_AGE, CHILD_ALL, CONSENT_NEGATED, CONSENT_WORD, FACES_HIDDEN, DISPLACED, DOMAIN_AFTER, FILE_EXTENSION, FILE_NAME_SEPARATORS, NAMED_PERSON, NOT_A_PHOTO, OWN_FAMILY, PHOTO_WORD, SENTENCE_START_BEFORE, STOCK, UPPER_START, URL_SUFFIX, VULNERABLE_ALL, WHITESPACE_RUN,
} from './patterns.js';
import { has, phrases } from './context.js';
import { NON_PERSON_SUBJECTS } from './words.js';

export interface PhotoFacts {
  /** The child word or age that shows a child, if any. */
  child: string | null;
  /** The word that shows a vulnerable adult (or `refugee` next to a name), if any. */
  vulnerable: string | null;
  /** A consent note (or a blur, a back view) stands next to it. */
  consent: boolean;
}

/** A caption longer than this is a paragraph of the post rather than a caption. */
const CAPTION_MAX = 280;

/** The words of an image's file name (`girls-at-school_02.jpg` -> `girls at school 02`). */
export function fileWords(url: string): string {
  let name = url.split(URL_SUFFIX)[0] ?? '';
  name = name.slice(name.lastIndexOf('/') + 1).replace(FILE_EXTENSION, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name.replace(FILE_NAME_SEPARATORS, ' ');
}

/** The first match that is not part of a capitalised name (`Wounded Warrior Project`) or a domain (`Kids.gov`). */
function lowerFirst(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (DOMAIN_AFTER.test(next) || ANIMAL_AFTER.test(next)) continue;
    if (!UPPER_START.test(m[0]) || SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      re.lastIndex = 0;
      return m[0];
    }
  }
  return null;
}

function first(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m[0] : null;
}

const NOT_NAMES = new Set([
  ...NON_PERSON_SUBJECTS, 'Photo', 'Photos', 'Picture', 'Image', 'Caption', 'Credit', 'Credits', 'Pictured', 'Portrait', 'Here',
  'Refugee', 'Refugees', 'Migrant', 'Migrants', 'Returnee', 'Returnees', 'Mother', 'Father', 'Women', 'Men', 'Woman', 'Man',
  'Girls', 'Boys', 'Girl', 'Boy', 'Children', 'Child', 'Family', 'Families', 'Camp', 'Staff', 'Volunteers', 'Volunteer',
]);

/** A personal name in a caption (`Fatima, a refugee from ...`), skipping words that only look like one. */
export function namedPerson(text: string): string | null {
  NAMED_PERSON.lastIndex = 0;
  for (let m = NAMED_PERSON.exec(text); m; m = NAMED_PERSON.exec(text)) {
    const name = m[1]!;
    if (!NOT_NAMES.has(name.split(WHITESPACE_RUN)[0]!)) {
      NAMED_PERSON.lastIndex = 0;
      return name;
    }
  }
  return null;
}

/** How much prose on each side of an image counts as "next to" it. */
const NEAR = 400;

/** Prose right around an image: up to `NEAR` characters on each side, within its segment and the ones next to it. */
function around(doc: Document, image: Image): string {
  const seg = segmentAt(doc, image.start) ?? doc.prose.find((p) => p.start >= image.end);
  if (!seg) return '';
  const i = doc.prose.indexOf(seg);
  const prev = doc.prose[i - 1];
  const next = doc.prose[i + 1];
  const from = Math.max(0, image.start - seg.start - NEAR);
  const to = Math.max(0, image.end - seg.start + NEAR);
  return [prev ? prev.text.slice(-NEAR) : '', seg.text.slice(from, to), next ? next.text.slice(0, NEAR) : ''].join(' ');
}

/** The paragraph right above an image, when it reads as its caption (`Photo: ...`, short). */
function captionAbove(doc: Document, image: Image): string {
  // Binary search for the last segment that ends before the image (segments are in order).
  let lo = 0;
  let hi = doc.prose.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.prose[mid]!.end <= image.start) lo = mid + 1;
    else hi = mid;
  }
  const prev = doc.prose[lo - 1];
  if (!prev || image.start - prev.end > 12 || prev.text.length > CAPTION_MAX) return '';
  if (!BLANK_BETWEEN.test(doc.text.slice(prev.end, image.start))) return '';
  const text = squash(prev.text);
  return CAPTION_CUE.test(text) ? text : '';
}

/** Only blank lines and markup between a caption and its image. */
const BLANK_BETWEEN = /^[\s*_>]{0,12}$/;

/** Whether the draft says, anywhere, that all its photos were taken with consent. */
export function documentConsent(doc: Document, consent: RegExp): boolean {
  return doc.prose.some(
    (p) => has(ALL_PHOTOS, p.text) && (has(consent, p.text) || (has(CONSENT_WORD, p.text) && !has(CONSENT_NEGATED, p.text))),
  );
}

/** `documentConsent`, computed on first use and remembered (most drafts' images show no one). */
export function lazyConsent(doc: Document, consent: RegExp): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= documentConsent(doc, consent));
}

/**
 * Facts about the people in an image. `docConsent` answers `documentConsent` for the draft; it is
 * asked only for an image that shows someone, so a check memoises it (`lazyConsent`).
 */
export function photoFacts(doc: Document, image: Image, consentPhrases: readonly string[], docConsent: () => boolean): PhotoFacts {
  const consentRe = phrases(consentPhrases);
  const own = squash([image.alt, image.title ?? '', fileWords(image.url), image.source === 'frontMatter' ? image.caption : ''].join(' . '));
  const caption = image.source === 'frontMatter' ? '' : squash(image.caption);
  // The prose next to an image describes it when it is short and the image says little itself,
  // or when it reads as a caption (`Photo: ...`).
  const ownWords = squash(image.alt).split(' ').filter(Boolean).length;
  const captionCounts = caption.length > 0 && ((caption.length <= CAPTION_MAX && ownWords < 3) || CAPTION_CUE.test(caption));
  // A caption written above an image that says little itself (`Photo: Baby Noor, three weeks old`, then the image).
  const above = ownWords < 3 && !captionCounts ? captionAbove(doc, image) : '';
  const described = [own, captionCounts ? caption : '', above].filter(Boolean).join(' . ');
  const none: PhotoFacts = { child: null, vulnerable: null, consent: false };
  if (!described.trim()) return none;
  if (has(NOT_A_PHOTO, own) && !has(PHOTO_WORD, own)) return none;

  if (has(STOCK, `${own} . ${caption}`) || has(HISTORICAL, described)) return none;
  const child = lowerFirst(CHILD_ALL, described) ?? first(CHILD_AGE, described);
  let vulnerable = lowerFirst(VULNERABLE_ALL, described);
  if (!vulnerable) {
    const displaced = first(DISPLACED, described);
    if (displaced && namedPerson(described)) vulnerable = displaced;
  }
  if (!child && !vulnerable) return none;
  const near = `${described} . ${caption} . ${around(doc, image)}`;
  const consent = docConsent() || has(OWN_FAMILY, described) || has(consentRe, near) || has(FACES_HIDDEN, near) || (has(CONSENT_WORD, near) && !has(CONSENT_NEGATED, near));
  return { child, vulnerable, consent };
}
