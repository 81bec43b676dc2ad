/**
 * `stale-data`: figures dated by a year ("as of 2015", "2019 figures", "last year's data (2018)")
 * that a date of the post shows to be out of date: a front-matter date, a date in the file name or
 * a date in the text. Without such a date nothing is reported.
 */
import { frontMatterEntries, hasAnyWord, normalizeKey, squash, valueText, type CheckFunction, type Document } from '../../src/rule-kit/index.js';
import { ANY_YEAR, FILE_DATE, NOW_WORDS, PAST_MARKER, PAST_TENSE, PRESENT_TENSE, RELATIVE_HEAD, STALE_KEYS, STALE_MARKER, STATED_FIGURE, TEXT_DATE, YEAR_MENTION } from './patterns.js';
import { sentenceSpan } from './context.js';
import { PUBLISHED_KEYS, type Options } from './options.js';

export const staleData: CheckFunction<Options> = (doc, ctx) => {
  if (!YEAR_MENTION.test(doc.text)) return;
  const dates = postDates(doc, ctx.options.dateKeys);
  if (dates.latest === null) return;
  const maxAge = ctx.options.staleAfterYears;
  for (const seg of doc.prose) {
    if (seg.kind === 'frontMatter' || !YEAR_MENTION.test(seg.text) || !hasAnyWord(seg, STALE_KEYS)) continue;
    STALE_MARKER.lastIndex = 0;
    for (let m = STALE_MARKER.exec(seg.text); m; m = STALE_MARKER.exec(seg.text)) {
      const phrase = m[0];
      const written = m.slice(1).find((g) => g !== undefined);
      let year: number | null = written ? Number(written) : null;
      if (year === null) {
        // "last year's figures" with no year: relative to when the post was first published.
        if (dates.published === null) continue;
        year = phrase.toLowerCase().startsWith('this') ? dates.published : dates.published - 1;
      }
      const age = dates.latest - year;
      if (age < maxAge) continue;
      const abs = seg.start + m.index;
      // "Last year's figures (2019)": report the marker, not the year in brackets after it.
      const shown = RELATIVE_HEAD.exec(phrase)?.[0] ?? phrase;
      // A comparison with a later year in the same sentence is history, not stale data.
      const sentence = sentenceSpan(doc, seg, abs);
      if (!statesCurrentFigure(sentence.text, phrase) || laterYearIn(sentence.text, year, phrase)) continue;
      ctx.report({
        messageId: 'staleData',
        data: { phrase: squash(shown), year, reference: dates.latest, age },
        start: abs,
        end: abs + shown.length,
      });
    }
  }
};

/** The year a post was first published and the latest year any of its dates shows. */
function postDates(doc: Document, keys: readonly string[]): { published: number | null; latest: number | null } {
  const now = new Date().getUTCFullYear() + 1;
  let published: number | null = null;
  let latest: number | null = null;
  const see = (y: number, isPublished: boolean): void => {
    if (y > now) return;
    if (isPublished && (published === null || y < published)) published = y;
    if (latest === null || y > latest) latest = y;
  };
  const publishedKeys = new Set(PUBLISHED_KEYS.map(normalizeKey));
  for (const e of frontMatterEntries(doc, keys)) {
    const years = [...valueText(e.value).matchAll(ANY_YEAR)].map((x) => Number(x[1]));
    const isPub = publishedKeys.has(normalizeKey(e.path.split('.').pop() ?? ''));
    for (const y of years.slice(0, 1)) see(y, isPub);
  }
  const file = FILE_DATE.exec(doc.filePath);
  if (file) see(Number(file[1]), true);
  for (const seg of doc.prose) {
    if (!YEAR_MENTION.test(seg.text)) continue;
    TEXT_DATE.lastIndex = 0;
    for (let m = TEXT_DATE.exec(seg.text); m; m = TEXT_DATE.exec(seg.text)) {
      const y = m.slice(1).find((g) => g !== undefined);
      if (y) see(Number(y), false);
    }
  }
  return { published, latest };
}

/** Whether a sentence states a figure (besides its dates) in the present tense, as if it were current. */
function statesCurrentFigure(sentence: string, phrase: string): boolean {
  const rest = sentence.replace(phrase, ' ').replace(TEXT_DATE, ' ');
  return STATED_FIGURE.test(rest) && (PRESENT_TENSE.test(rest) || !PAST_MARKER.test(rest));
}

/** A comparison with a later year or with now: the dated figure is history, not stale data. */
function laterYearIn(sentence: string, year: number, phrase: string): boolean {
  const rest = sentence.replace(phrase, ' ');
  for (const m of rest.matchAll(ANY_YEAR)) if (Number(m[1]) > year) return true;
  return NOW_WORDS.test(rest) && PAST_TENSE.test(sentence);
}
