/**
 * `uncredited-media`: pictures and videos that the text shows the author did not make ("found this
 * photo on Facebook", "photographer unknown", "Image: Google") with no credit or source, and
 * quotations that say nobody's name.
 */
import { squash, type CheckFunction, type ProseSegment } from '../../src/rule-kit/index.js';
import { CAPTION_SOURCE, FOUND_MEDIA, FOUND_MEDIA_PREFILTER, HAS_LETTER, NAMES_MEDIUM, NO_MEDIUM, PLATFORM_PREFILTER } from './patterns.js';
import { hasCredit, hasImageIn, hasLinkIn, segmentHasCredit, sentenceSpan } from './context.js';
import { unattributedQuotes } from './quotations.js';
import type { Options } from './options.js';

export const uncreditedMedia: CheckFunction<Options> = (doc, ctx) => {
  doc.prose.forEach((seg, i) => {
    for (const re of [FOUND_MEDIA, CAPTION_SOURCE]) {
      if (!(re === FOUND_MEDIA ? FOUND_MEDIA_PREFILTER : PLATFORM_PREFILTER).test(seg.text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
        const lead = m[0].length - m[0].trimStart().length;
        const abs = seg.start + m.index + lead;
        const end = seg.start + m.index + m[0].length;
        // "found this on Twitter" names no medium: it speaks of a picture only next to one.
        const prev = withWords(doc.prose, i, -1);
        const next = withWords(doc.prose, i, 1);
        if (NO_MEDIUM.test(m[0].trimStart()) && !NAMES_MEDIUM.test(m[0])) {
          if (!hasImageIn(doc, doc.prose[i - 1]?.start ?? 0, doc.prose[i + 1]?.end ?? doc.text.length)) continue;
        }
        const sentence = sentenceSpan(doc, seg, abs);
        if (hasLinkIn(doc, sentence.start, sentence.end) || segmentHasCredit(seg) || creditNearby(prev) || creditNearby(next)) continue;
        ctx.report({ messageId: 'uncreditedMedia', data: { phrase: squash(doc.text.slice(abs, end)) }, start: abs, end });
      }
    }
  });
  for (const img of doc.images) {
    const own = [img.alt, img.title ?? ''].join('\n');
    let m: RegExpExecArray | null = null;
    for (const re of [FOUND_MEDIA, CAPTION_SOURCE]) {
      re.lastIndex = 0;
      m ??= re.exec(own);
    }
    // A picture wrapped in a link points to its source.
    if (!m || hasCredit(own) || hasCredit(img.caption) || hasLinkIn(doc, img.start, img.end)) continue;
    ctx.report({ messageId: 'uncreditedMedia', data: { phrase: squash(m[0]) }, start: img.start, end: img.end });
  }
  for (const q of unattributedQuotes(doc)) ctx.report({ messageId: 'unattributedQuote', start: q.start, end: q.end });
};

/** The nearest segment before or after `i` that has words (skipping a paragraph that holds only a picture). */
function withWords(prose: readonly ProseSegment[], i: number, step: 1 | -1): ProseSegment | undefined {
  for (let k = i + step, n = 0; k >= 0 && k < prose.length && n < 3; k += step, n++) {
    if (HAS_LETTER.test(prose[k]!.text)) return prose[k];
  }
  return undefined;
}

/** A credit in the paragraph before or after (a caption line under the picture), not in a heading. */
function creditNearby(seg: ProseSegment | undefined): boolean {
  return seg !== undefined && seg.kind !== 'heading' && segmentHasCredit(seg);
}
