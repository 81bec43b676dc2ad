/**
 * `neutrality/resharing`: resharing, liking or following political figures or content, as
 * something the author does or asks others to do: "RT @senator_x: ...", "I retweeted the
 * minister's thread", "liked and followed the party's page", "please share if you agree the
 * government must go". The guidance: resharing, liking and following can read as endorsement.
 * Resharing that is not political ("we retweeted 70 photos from the public") is not a finding.
 */
import { hasAnyWord, squash, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { patternsFor, reported } from './context.js';
import { AMBIGUOUS_RESHARE_VERB, HANDLE_END, NON_POLITICAL_PRESIDENT, RESHARE_CALL, RT_MARKER, SOCIAL_OBJECT, PRESIDENT_WORD_END } from './patterns.js';
import { RESHARE_KEYS } from './keys.js';
import type { Options } from './options.js';

/** Report resharing of political content by the author, or calls to reshare it. */
export function resharing(doc: Document, ctx: CheckContext<Options>): void {
  const P = patternsFor(ctx);
  for (const seg of doc.prose) {
    if (!hasAnyWord(seg, RESHARE_KEYS)) continue;
    const text = seg.text;
    const hits: Array<[number, number]> = [];
    const political = P.context.test(text);
    if (political) {
      for (const re of [RT_MARKER, RESHARE_CALL]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) hits.push([m.index, m.index + m[0].length]);
      }
    }
    P.reshare.lastIndex = 0;
    for (let m = P.reshare.exec(text); m; m = P.reshare.exec(text)) {
      const end = m.index + m[0].length;
      // "the President of the General Assembly" leads a UN body, not a party.
      if (PRESIDENT_WORD_END.test(m[0]) && NON_POLITICAL_PRESIDENT.test(text.slice(end, end + 60))) continue;
      // "liked the minister's speech" is an opinion; "liked the minister's post" is a reshare.
      const verb = m[1] ?? m[2] ?? '';
      if (AMBIGUOUS_RESHARE_VERB.test(verb) && !SOCIAL_OBJECT.test(text.slice(m.index, end + 40))) continue;
      // A bare @handle is political only in a political paragraph.
      if (HANDLE_END.test(m[0]) && !political) continue;
      hits.push([m.index, end]);
    }
    hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let lastEnd = -1;
    for (const [s, e] of hits) {
      if (s < lastEnd) continue;
      lastEnd = e;
      if (reported(doc, seg, s, e, ctx)) continue;
      ctx.report({ messageId: 'resharing', data: { phrase: squash(text.slice(s, e)) }, start: seg.start + s, end: seg.start + e });
    }
  }
}
