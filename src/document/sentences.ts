/**
 * Sentences of prose segments, with `Intl.Segmenter` (built into Node). Masked characters are
 * spaces, so sentence offsets map straight back to the source.
 */
import type { ProseSegment, Sentence } from './types.js';

/** Made on first use: loading ICU's sentence rules costs 9-10 ms, which a draft whose checks ask for no sentence never pays. */
let segmenter: Intl.Segmenter | undefined;

/** Window over which the segmenter runs; a longer sentence is cut at this length. */
const WINDOW = 2000;

/**
 * Sentence segments of `text`, found window by window. Iterating `Intl.Segmenter` over one long
 * string costs time quadratic in its length (60 KB of short sentences: about 0.5 s; 70 KB of
 * "Dr." and thin spaces: 30 s), so each window is segmented alone: its complete sentences are
 * kept, and the next window starts where its last, possibly cut, sentence starts.
 */
function* segmentsOf(text: string): Generator<{ index: number; segment: string }> {
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + WINDOW);
    // Never cut a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end--;
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    const segs = [...segmenter.segment(text.slice(pos, end))];
    if (end === text.length) {
      for (const s of segs) yield { index: pos + s.index, segment: s.segment };
      return;
    }
    if (segs.length <= 1) {
      yield { index: pos, segment: text.slice(pos, end) };
      pos = end;
      continue;
    }
    for (let i = 0; i < segs.length - 1; i++) yield { index: pos + segs[i]!.index, segment: segs[i]!.segment };
    pos += segs[segs.length - 1]!.index;
  }
}

export function splitSentences(prose: readonly ProseSegment[]): Sentence[] {
  const out: Sentence[] = [];
  prose.forEach((seg, index) => {
    // Soft line breaks are not sentence ends (UAX #29 would break there): read them as spaces.
    const flat = seg.text.replace(/[\r\n\u2028\u2029]/g, ' ');
    for (const s of segmentsOf(flat)) {
      const raw = s.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const from = s.index + lead;
      out.push({ text: trimmed, start: seg.start + from, end: seg.start + from + trimmed.length, segment: index });
    }
  });
  return out;
}
