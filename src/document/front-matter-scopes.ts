/**
 * Scopes that come from front matter: the prose-like fields (title, description, ...) as prose
 * segments at their exact source positions, and image fields as images.
 */
import type { FrontMatter, Image, ProseSegment } from './types.js';

/** Front-matter keys whose string values are prose that readers see. */
export const PROSE_KEYS = new Set([
  'title', 'subtitle', 'description', 'summary', 'excerpt', 'lede', 'lead', 'abstract', 'caption', 'teaser', 'deck', 'intro',
]);

/** Front-matter keys (last path part) that hold an image. */
export const IMAGE_KEYS = /^(?:image|images|img|avatar|logo|banner|thumbnail|thumb|cover|cover_image|coverImage|hero|hero_image|heroImage|og_image|ogImage|featured_image|featuredImage|feature_image|social_image|socialImage|share_image|photo|photos|picture|icon|header_image|headerImage|card_image|primary_image|src|url)$/;

// An image file extension at the end of a path, before an optional query or fragment (bounded, so a
// value full of `.png?` does not rescan its rest from each one).
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?|heic)(?:[?#].{0,1000})?$/i;

/** Prose segments for the prose-like keys of a parsed front matter. */
export function frontMatterProse(text: string, fm: FrontMatter): ProseSegment[] {
  const out: ProseSegment[] = [];
  for (const k of fm.keys) {
    const last = k.path.split('.').pop() ?? '';
    if (!PROSE_KEYS.has(last.toLowerCase()) || k.valueEnd <= k.valueStart) continue;
    const value = getPath(fm.data, k.path);
    if (typeof value !== 'string' || !value.trim()) continue;
    let raw = text.slice(k.valueStart, k.valueEnd);
    // Blank quotes around a quoted value and the header of a block scalar.
    raw = raw.replace(/^(["'])([\s\S]*)\1$/, (_w, q: string, inner: string) => ' ' + inner + ' ');
    raw = raw.replace(/^[|>][-+0-9]{0,3}[ \t]*/, (w) => ' '.repeat(w.length));
    out.push({ kind: 'frontMatter', text: raw, start: k.valueStart, end: k.valueEnd, containers: [], key: k.path });
  }
  return out;
}

/** Images named in front matter (`image: /img/x.png`, `avatar:`, `images: [..]`, `image: {src, alt}`). */
export function frontMatterImages(fm: FrontMatter): Image[] {
  const out: Image[] = [];
  for (const k of fm.keys) {
    const parts = k.path.split('.');
    // For `images.0`, the key that names it is the one before the index.
    const named = parts.filter((p) => !/^\d+$/.test(p));
    const last = named[named.length - 1] ?? '';
    const value = getPath(fm.data, k.path);
    if (typeof value !== 'string' || !value.trim()) continue;
    const isImageKey = IMAGE_KEYS.test(last) && (last !== 'src' && last !== 'url' ? true : named.length > 1 && IMAGE_KEYS.test(named[named.length - 2] ?? ''));
    if (!isImageKey && !(IMAGE_EXTENSION.test(value) && /image|img|photo|picture|avatar|logo|banner|thumb|cover|hero|icon/i.test(k.path))) continue;
    if (!isImageKey && !IMAGE_EXTENSION.test(value)) continue;
    const parentPath = parts.slice(0, -1).join('.');
    const parent = parentPath ? getPath(fm.data, parentPath) : fm.data;
    const sibling = (names: string[]): string => {
      if (!parent || typeof parent !== 'object') return '';
      for (const n of names) {
        const v = (parent as Record<string, unknown>)[n];
        if (typeof v === 'string') return v;
      }
      return '';
    };
    out.push({
      source: 'frontMatter',
      alt: sibling(['alt', `${last}_alt`, `${last}Alt`, `${last}-alt`, 'image_alt', 'imageAlt', 'alt_text', 'altText']),
      url: value.trim(),
      title: parentPath ? sibling(['title']) || null : null,
      caption: sibling(['caption', `${last}_caption`, 'image_caption', 'imageCaption', 'credit', 'image_credit']),
      start: k.valueStart,
      end: k.valueEnd,
      key: k.path,
    });
  }
  return out;
}

/** Read a dotted path (`a.b.0.c`) from parsed data. */
export function getPath(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
