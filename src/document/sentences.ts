/**
 * Sentences of prose segments, with `Intl.Segmenter` (built into Node). Masked characters are
 * spaces, so sentence offsets map straight back to the source.
 */
import type { ProseSegment, Sentence } from './types.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(prose: readonly ProseSegment[]): Sentence[] {
  const out: Sentence[] = [];
  prose.forEach((seg, index) => {
    // Soft line breaks are not sentence ends (UAX #29 would break there): read them as spaces.
    const flat = seg.text.replace(/[\r\n\u2028\u2029]/g, ' ');
    for (const s of segmenter.segment(flat)) {
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
