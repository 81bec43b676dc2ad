/**
 * What several `trustworthiness` checks ask about the text around a match: is there a link or a
 * named source in the paragraph, which paragraphs are body prose, what is next to an image.
 */
import { DraftCache, sentenceAt, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  ATTENDEES_HEADING, BROKEN_LINK, CITATION, CREDIT, ENDS_WITH_COLON, FOOTNOTE, INTERFACE_WORD, MEETING_TITLE, PLATFORM_ONLY, PUBLICATION_WORD, READER_ACTION, SELF_NAME_INTRO, SOURCE_LINE, GERUND_ONLY,
  selfReference,
} from './patterns.js';

/** Whether a link overlaps `[start, end)` (links are sorted by start; a link may begin before the span). */
export function hasLinkIn(doc: Document, start: number, end: number): boolean {
  const links = doc.links;
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // links[0..lo) start before `end`; look back over a few for one that reaches into the span.
  for (let k = lo - 1; k >= 0 && k >= lo - 50; k--) if (links[k]!.end > start) return true;
  return false;
}

/** Whether an image starts inside `[start, end)` (images are sorted by start). */
export function hasImageIn(doc: Document, start: number, end: number): boolean {
  const images = doc.images;
  let lo = 0;
  let hi = images.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (images[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < images.length && images[lo]!.start < end;
}

const indexCache = new DraftCache<Document, Map<ProseSegment, number>>('segment indexes');

/** The index of a segment in `doc.prose`, from a table built once per document. */
export function segmentIndex(doc: Document, seg: ProseSegment): number {
  let map = indexCache.get(doc);
  if (!map) {
    map = new Map();
    doc.prose.forEach((p, i) => map!.set(p, i));
    indexCache.set(doc, map);
  }
  return map.get(seg) ?? -1;
}

/** Body prose: paragraphs, captions and HTML blocks outside quotations (not headings, tables or front matter). */
export function isBodyProse(seg: ProseSegment): boolean {
  return (seg.kind === 'paragraph' || seg.kind === 'caption' || seg.kind === 'html') && !seg.containers.includes('blockquote');
}

const sourcedCache = new DraftCache<ProseSegment, boolean>('sourced');

/**
 * Whether a paragraph carries its source: a link, a footnote, a named source ("according to
 * UNHCR", "WHO estimates", "(OCHA, 2024)"), or a "Source:" line right after it (after its list).
 * A list item shares the sources of its list and of the paragraph that introduces the list
 * ("A new report from UNHCR (link) finds:").
 */
export function paragraphSourced(doc: Document, seg: ProseSegment): boolean {
  const hit = sourcedCache.get(seg);
  if (hit !== undefined) return hit;
  let sourced = ownSource(doc, seg) || summarisesLinkedSource(doc);
  if (!sourced) {
    const prose = doc.prose;
    const i = segmentIndex(doc, seg);
    const { first, last } = listRun(doc, seg);
    if (seg.containers.includes('listItem')) {
      for (let k = first; k <= last && !sourced; k++) if (k !== i && ownSource(doc, prose[k]!)) sourced = true;
      const intro = prose[first - 1];
      if (!sourced && intro && intro.kind !== 'heading') {
        sourced = ownSource(doc, intro);
        const before = prose[first - 2];
        if (!sourced && before && before.kind !== 'heading' && ENDS_WITH_COLON.test(intro.text)) sourced = ownSource(doc, before);
      }
    }
    const next = prose[last + 1];
    if (!sourced && next && next.kind !== 'heading' && SOURCE_LINE.test(next.text)) sourced = true;
  }
  sourcedCache.set(seg, sourced);
  return sourced;
}

const summaryCache = new DraftCache<Document, boolean>('summary');

/** How many body paragraphs at the start of a post are read for the publication it summarises. */
const OPENING_PARAGRAPHS = 2;

/**
 * Whether a post summarises one linked publication: one of its first body paragraphs has a
 * sentence that links a report, study, survey or paper ("Pew released a new [report](...) on ...",
 * "According to a [new study](...)"). The figures that follow are that source's, as in the
 * "trends" and "research roundup" posts offices write.
 */
export function summarisesLinkedSource(doc: Document): boolean {
  let hit = summaryCache.get(doc);
  if (hit !== undefined) return hit;
  hit = false;
  let seen = 0;
  for (const seg of doc.prose) {
    if (seg.kind === 'frontMatter' || seg.kind === 'heading') continue;
    if (!isBodyProse(seg) || seg.containers.includes('listItem')) break;
    if (++seen > OPENING_PARAGRAPHS) break;
    if (!hasLinkIn(doc, seg.start, seg.end) || !PUBLICATION_WORD.test(seg.text)) continue;
    for (const s of doc.sentences) {
      if (s.end <= seg.start) continue;
      if (s.start >= seg.end) break;
      if (PUBLICATION_WORD.test(s.text) && hasLinkIn(doc, s.start, s.end)) {
        hit = true;
        break;
      }
    }
    if (hit) break;
  }
  summaryCache.set(doc, hit);
  return hit;
}

/** The run of list items a segment belongs to (indexes into `doc.prose`; itself alone outside a list). */
export function listRun(doc: Document, seg: ProseSegment): { first: number; last: number } {
  const prose = doc.prose;
  const i = segmentIndex(doc, seg);
  let first = i;
  let last = i;
  if (seg.containers.includes('listItem')) {
    while (first > 0 && first > i - 40 && prose[first - 1]!.containers.includes('listItem')) first--;
    while (last + 1 < prose.length && last < i + 40 && prose[last + 1]!.containers.includes('listItem')) last++;
  }
  return { first, last };
}

/** The paragraph that introduces the list a list item belongs to, if any. */
export function listIntro(doc: Document, seg: ProseSegment): ProseSegment | undefined {
  if (!seg.containers.includes('listItem')) return undefined;
  const intro = doc.prose[listRun(doc, seg).first - 1];
  return intro && intro.kind !== 'heading' ? intro : undefined;
}

/** A link, footnote or named source in the paragraph itself. */
function ownSource(doc: Document, seg: ProseSegment): boolean {
  const raw = doc.text.slice(seg.start, seg.end);
  return hasLinkIn(doc, seg.start, seg.end) || FOOTNOTE.test(raw) || BROKEN_LINK.test(raw) || test(CITATION, seg.text);
}

/** The sentence around an offset, or the whole segment when the sentence splitter has none. */
export function sentenceSpan(doc: Document, seg: ProseSegment, offset: number): { text: string; start: number; end: number } {
  const s = sentenceAt(doc, offset);
  if (s) return s;
  return { text: seg.text, start: seg.start, end: seg.end };
}

/** Whether a text holds a credit that names a maker, not only a platform ("Source: Google"). */
export function hasCredit(text: string): boolean {
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const after = text.slice(m.index + m[0].length - 1, m.index + m[0].length + 40);
    if (!PLATFORM_ONLY.test(after)) return true;
  }
  return false;
}

/** A non-global test that also works for global patterns. */
export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const r = re.test(text);
  re.lastIndex = 0;
  return r;
}

/** Whether text before a position leaves a quotation open: what follows is the quoted speaker's. */
export function insideQuotation(before: string): boolean {
  return quoteTracker(before)(before.length);
}

/**
 * A reader of quotation marks over one text, for offsets asked in increasing order (it counts on
 * from the last offset, so a paragraph with many figures is read once, not once per figure).
 */
export function quoteTracker(text: string): (index: number) => boolean {
  let pos = 0;
  let open = 0;
  let close = 0;
  let straight = 0;
  return (index) => {
    if (index < pos) pos = open = close = straight = 0;
    for (; pos < index && pos < text.length; pos++) {
      const c = text[pos];
      if (c === '“' || c === '«' || c === '„') open++;
      else if (c === '”' || c === '»') close++;
      else if (c === '"') straight++;
    }
    return open > close || straight % 2 === 1;
  };
}

const creditCache = new DraftCache<ProseSegment, boolean>('credit');

/** `hasCredit` of a segment's text, computed once per segment. */
export function segmentHasCredit(seg: ProseSegment): boolean {
  let c = creditCache.get(seg);
  if (c === undefined) creditCache.set(seg, (c = hasCredit(seg.text)));
  return c;
}

/** At most this many names a post gives itself are kept (the first ones). */
const MAX_SELF_NAMES = 4;
const selfCache = new DraftCache<Document, RegExp | null>('self names');

/**
 * The names a post gives its own organisation ("since we launched 7C", "here at UNDP Kenya",
 * "At Harbourlight Lab, we"), as a pattern of sentences that speak of it by that name
 * (`selfReference`); null when the post names itself nowhere.
 */
export function selfReferenceOf(doc: Document): RegExp | null {
  let re = selfCache.get(doc);
  if (re !== undefined) return re;
  const names = new Set<string>();
  for (const seg of doc.prose) {
    // Body prose only: a title-case heading ("We Are Hiring") capitalises every word.
    if (!isBodyProse(seg) || names.size >= MAX_SELF_NAMES) continue;
    SELF_NAME_INTRO.lastIndex = 0;
    for (let m = SELF_NAME_INTRO.exec(seg.text); m && names.size < MAX_SELF_NAMES; m = SELF_NAME_INTRO.exec(seg.text)) {
      if (!GERUND_ONLY.test(m[1]!)) names.add(m[1]!);
    }
  }
  re = names.size ? selfReference([...names].sort((a, b) => b.length - a.length)) : null;
  selfCache.set(doc, re);
  return re;
}

/**
 * Whether a paragraph walks the reader through an app, map or page the post presents ("tap the
 * state on the map and you'll get three charts"), after a link to it: its figures are read off that
 * tool, which the post has already linked.
 */
export function readsOffTool(doc: Document, seg: ProseSegment): boolean {
  const first = doc.links[0];
  if (!first || first.start >= seg.end) return false;
  return READER_ACTION.test(seg.text) && INTERFACE_WORD.test(seg.text);
}

const notesCache = new DraftCache<Document, boolean>('notes');

/** Whether a post is meeting notes or minutes: by its title, or a heading that lists attendees. */
export function isMeetingNotes(doc: Document): boolean {
  let hit = notesCache.get(doc);
  if (hit !== undefined) return hit;
  hit = false;
  let titleSeen = false;
  for (const seg of doc.prose) {
    const title = seg.kind === 'frontMatter' ? seg.key === 'title' : seg.kind === 'heading' && !titleSeen;
    if (seg.kind === 'heading') titleSeen = true;
    if ((title && MEETING_TITLE.test(seg.text)) || (seg.kind === 'heading' && ATTENDEES_HEADING.test(seg.text))) {
      hit = true;
      break;
    }
  }
  notesCache.set(doc, hit);
  return hit;
}
