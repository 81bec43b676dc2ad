/**
 * templateSpans (src/document/templates.ts) finds the spans the regular expression it replaced
 * found, in linear time.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document/parse.js';
import { templateSpans } from '../src/document/templates.js';
import { ROOT } from './support/fixtures.js';

/** The reference: the expression templateSpans replaced. */
const REFERENCE = /\{\{[<%][\s\S]{0,1000}?[>%]\}\}|\{%[\s\S]{0,1000}?%\}|\{\{[\s\S]{0,500}?\}\}/g;

function referenceSpans(text: string): Array<[number, number]> {
  REFERENCE.lastIndex = 0;
  const out: Array<[number, number]> = [];
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('templateSpans', () => {
  it('finds Hugo shortcodes, Liquid tags and output, the first closer ending each', () => {
    const text = 'A {{< figure src="a.png" >}} and {{% note %}}x{{% /note %}}, {% include b.html %} and {{ page.title }}.';
    expect(templateSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['{{< figure src="a.png" >}}', '{{% note %}}', '{{% /note %}}', '{% include b.html %}', '{{ page.title }}']);
    // Output inside a shortcode's attribute stays inside the shortcode.
    const nested = '{{< figure caption="{{ .Title }}" >}}';
    expect(templateSpans(nested)).toEqual([[0, nested.length]]);
    expect(templateSpans('no templates { here } {{ not closed')).toEqual([]);
  });

  it('agrees with the expression on short texts of braces and their neighbours', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('{', '}', '<', '>', '%', 'a', ' ', '\n', '{{', '}}', '%}', '{%'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(templateSpans(text)).toEqual(referenceSpans(text));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it('agrees with the expression at the bounds on the body (1,000 characters, 500 for output)', () => {
    const opener = fc.constantFrom('{{<', '{{%', '{%', '{{', '{{ ');
    const closer = fc.constantFrom('>}}', '%}}', '%}', '}}', ' }}', '');
    const length = fc.constantFrom(0, 1, 497, 498, 499, 500, 501, 502, 997, 998, 999, 1000, 1001, 1002);
    const noise = fc.array(fc.constantFrom('{', '}', '%', '>', 'a', '{{', '}}', '%}'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(noise, opener, length, closer, noise, opener, length, closer, (a, o1, n1, c1, b, o2, n2, c2) => {
        const text = `${a}${o1}${'x'.repeat(n1)}${c1}${b}${o2}${'y'.repeat(n2)}${c2}${a}`;
        expect(templateSpans(text)).toEqual(referenceSpans(text));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  // The expression tried up to 2,500 characters at each unclosed opener (254 KB of `{{%` took
  // 0.65 s). vitest's timeout is the bound here; bench/redos.mjs measures.
  it('reads 200 KB of unclosed openers through the parser', () => {
    for (const unit of ['{{%', '{%', '{{<a>}', '{{ }']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(templateSpans(text).length).toBeLessThanOrEqual(1);
      const doc = createDocument(text, path.join(ROOT, 'templates.md'));
      expect(doc.text.length).toBe(text.length);
    }
  });
});
