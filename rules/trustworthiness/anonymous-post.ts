/**
 * `anonymous-post` (personal and office presets): a post about the UN or its work with no author
 * in the front matter and no byline, or signed with an anonymous name. On the `office` preset an
 * anonymous signature is flagged on any post, since an office blog speaks for the organisation.
 */
import { documentAnchor, findAuthor, type CheckFunction, type Document, type Settings } from '../../src/rule-kit/index.js';
import { NOT_CAPITAL, NOT_LETTER, ORG_NAMES_DEFAULT, UN_WORK, orgNamesPattern } from './patterns.js';
import type { Options } from './options.js';

const orgCache = new WeakMap<readonly string[], RegExp>();

export const anonymousPost: CheckFunction<Options> = (doc, ctx) => {
  const author = findAuthor(doc, ctx.options.authorKeys, ctx.options.anonymousAuthors);
  if (author && !author.anonymous) return;
  const related = aboutTheUn(doc, ctx.settings);
  if (author) {
    if (related || ctx.preset === 'office') ctx.report({ messageId: 'anonymousAuthor', data: { name: author.name }, start: author.start, end: author.end });
    return;
  }
  if (!related) return;
  const at = documentAnchor(doc);
  ctx.report({ messageId: doc.kind === 'markdown' ? 'anonymousPost' : 'anonymousPostText', ...at });
};

/**
 * Whether a draft speaks of the UN or its work: one of the organisation's names written as a name
 * (case-sensitive, not inside shouted all-caps text), or UN wording such as "peacekeeping" or
 * "duty station".
 */
export function aboutTheUn(doc: Document, settings: Settings): boolean {
  const names = settings.organization.names;
  let re = orgCache.get(names);
  if (!re) {
    re = names.length ? orgNamesPattern(names) : ORG_NAMES_DEFAULT;
    orgCache.set(names, re);
  }
  for (const seg of doc.prose) {
    if (UN_WORK.test(seg.text)) return true;
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
      if (!shouted(seg.text, m.index, m.index + m[0].length)) return true;
    }
  }
  return false;
}

/** Whether the words around a match are in capitals too ("WHO SHOULD ATTEND"), so it is not a name. */
function shouted(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 30), start) + text.slice(end, end + 30);
  const letters = around.replace(NOT_LETTER, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(NOT_CAPITAL, '').length;
  return upper / letters.length > 0.7;
}
