/**
 * `image-location` and `image-unchecked`: local images that the draft shows, as the file layer
 * found them (`doc.assets`, filled before linting; the engine reads no files). A GPS position in
 * the EXIF data gives away where the photo was taken; an image that could not be opened could not
 * be checked. With no loader (stdin, the Node API without one) there is nothing to report.
 */
import type { CheckContext, Document, Image } from '../../src/rule-kit/index.js';
import { URL_SUFFIX } from './patterns.js';
import type { Options } from './options.js';

function fileName(url: string): string {
  const path = url.split(URL_SUFFIX)[0] ?? url;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}

/** Each image once per URL, with what the file layer found about it. */
function* assets(doc: Document): Generator<{ image: Image; status: string; gps: boolean }> {
  const seen = new Set<string>();
  for (const image of doc.images) {
    const info = doc.assets.get(image.url);
    if (!info || seen.has(image.url)) continue;
    seen.add(image.url);
    yield { image, status: info.status, gps: Boolean(info.gps) };
  }
}

export function imageLocation(doc: Document, ctx: CheckContext<Options>): void {
  if (doc.assets.size === 0) return;
  for (const { image, status, gps } of assets(doc)) {
    if (status === 'ok' && gps) ctx.report({ messageId: 'imageGps', data: { file: fileName(image.url) }, start: image.start, end: image.end });
  }
}

export function imageUnchecked(doc: Document, ctx: CheckContext<Options>): void {
  if (doc.assets.size === 0) return;
  for (const { image, status } of assets(doc)) {
    if (status === 'missing') ctx.report({ messageId: 'imageMissing', data: { file: fileName(image.url) }, start: image.start, end: image.end });
    else if (status === 'unreadable') ctx.report({ messageId: 'imageUnreadable', data: { file: fileName(image.url) }, start: image.start, end: image.end });
  }
}
