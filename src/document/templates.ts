/**
 * Template code that site generators expand, found in markdown source: Hugo shortcodes
 * (`{{< ... >}}`, `{{% ... %}}`), Liquid tags (`{% ... %}`) and output (`{{ ... }}`), each closed
 * within a bounded distance (1,000 characters, 500 for output).
 *
 * The spans are those of the regular expression
 * `/\{\{[<%][\s\S]{0,1000}?[>%]\}\}|\{%[\s\S]{0,1000}?%\}|\{\{[\s\S]{0,500}?\}\}/g` (the reference
 * in tests/templates.test.ts): left to right, the first alternative that matches at a position,
 * each closed at the nearest closer. The expression tried up to 2,500 characters at every opener
 * that found no closer, so 254 KB of `{{%` took 0.65 s; here the nearest closer of each kind is
 * looked up once and reused while it lies ahead, so the cost is linear in the text.
 */

const SHORTCODE_BODY = 1000;
const TAG_BODY = 1000;
const OUTPUT_BODY = 500;

/**
 * The nearest closer of one kind at or after a position. The answer for one position holds for
 * any later one it does not pass, and "none" holds for every later one, so over a text whose
 * positions only grow each stretch of it is searched once.
 */
class NextCloser {
  /** The position last searched from (-1: none yet) and the closer found there (-1: none). */
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly find: (text: string, from: number) => number,
  ) {}

  next(from: number): number {
    if (this.from === -1 || from < this.from || (this.at !== -1 && this.at < from)) {
      this.at = this.find(this.text, from);
      this.from = from;
    }
    return this.at;
  }
}

/** `>}}` or `%}}` at or after `from`: where its `>` or `%` is, or -1. */
function shortcodeCloser(text: string, from: number): number {
  for (let k = text.indexOf('}}', from + 1); k !== -1; k = text.indexOf('}}', k + 1)) {
    const c = text.charCodeAt(k - 1);
    if (c === 62 || c === 37) return k - 1;
  }
  return -1;
}

const tagCloser = (text: string, from: number): number => text.indexOf('%}', from);
const outputCloser = (text: string, from: number): number => text.indexOf('}}', from);

/** The [start, end) spans of template code in `text`, left to right, not overlapping. */
export function templateSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const shortcode = new NextCloser(text, shortcodeCloser);
  const tag = new NextCloser(text, tagCloser);
  const output = new NextCloser(text, outputCloser);
  for (let i = text.indexOf('{'); i !== -1; ) {
    const second = text.charCodeAt(i + 1);
    let end = -1;
    if (second === 123) {
      // `{{`: a shortcode when `<` or `%` follows, else (or when it is not closed in reach) output.
      const third = text.charCodeAt(i + 2);
      if (third === 60 || third === 37) {
        const j = shortcode.next(i + 3);
        if (j !== -1 && j - (i + 3) <= SHORTCODE_BODY) end = j + 3;
      }
      if (end === -1) {
        const j = output.next(i + 2);
        if (j !== -1 && j - (i + 2) <= OUTPUT_BODY) end = j + 2;
      }
    } else if (second === 37) {
      const j = tag.next(i + 2);
      if (j !== -1 && j - (i + 2) <= TAG_BODY) end = j + 2;
    }
    if (end === -1) {
      i = text.indexOf('{', i + 1);
    } else {
      spans.push([i, end]);
      i = text.indexOf('{', end);
    }
  }
  return spans;
}
