/**
 * The literal-autolink gate (src/document/autolink-gate.ts) must give exactly the tree remark-gfm
 * gives, positions included, while skipping the attempts that cannot succeed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { autolinkGateStats } from '../src/document/autolink-gate.js';
import { processor as gated } from '../src/document/markdown.js';

const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const same = (text: string): void => expect(JSON.stringify(gated.parse(text))).toBe(JSON.stringify(plain.parse(text)));

// Pieces that reach every branch of the three autolink tokenizers and what surrounds them in a
// paragraph: prefixes in any case, local parts, domains with `_` and trailing punctuation,
// brackets, emphasis, escapes, references, containers, tabs and each kind of line ending.
const PIECES = [
  'www.', 'WWW.', 'wWw.', 'ww.', 'www', 'http://', 'https://', 'HTTPS://', 'Http:/', 'httpx://', 'http:', 'h', 'w',
  'mailto:', 'xmpp:', 'a@b.co', 'x.y+z@ex-ample.org', 'u@d.', 'u@d_x.org', '@', '@@', 'user', 'name_1', 'b.c',
  'example.com', 'x.org/a_(b)', '?q=1&r=2', '#frag', '.', ',', '!', '?', ';', ':', '_', '-', '+', '/', '~', '~~',
  '*', '**', '(', ')', '[', ']', '](', '![', '<', '>', '"', "'", '\\', '&amp;', '&#64;', '`', '|',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\n> ', '\n- ', '\n1. ', '\n    ', '\n| a | b |\n|---|---|\n| ',
  'é', 'Ünïcode', '日本', '😀', '\u00a0', '\u200b',
];

const draft = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

describe('literal-autolink gate', () => {
  it('wraps the three literal-autolink constructs of remark-gfm', () => {
    // Fails if micromark-extension-gfm-autolink-literal renames them and the gate stops applying.
    expect(gated.data('gatedAutolinks' as never)).toEqual(['emailAutolink', 'protocolAutolink', 'wwwAutolink']);
  });

  it('gives the same tree as remark-gfm on the GFM autolink examples', () => {
    const examples = [
      'Visit www.commonmark.org/help for more information.',
      'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.',
      'www.google.com/search?q=Markup+(business)\n\n(www.google.com/search?q=Markup+(business))',
      'www.google.com/search?q=(business))+ok and www.commonmark.org/he<lp',
      'www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;',
      'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))',
      'foo@bar.baz and hello@mail+xyz.example isn\'t valid, but hello+xyz@mail.example is.',
      'a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_',
      'mailto:foo@bar.baz mailto:a.b-c_d@a.b. xmpp:foo@bar.baz/txt@bin.com',
      '*www.example.com* and _https://x.org_ and **a@b.org** and ~~www.x.org~~',
      '[www.example.com](http://other) and <https://x.org> and \\www.escaped.org',
      '> quoted www.example.com\n>\n> - listed a@b.org\n\n| h |\n|---|\n| https://x.org |',
      '\uFEFFFirst word www.bom.org then a@b.org',
      'tab\twww.example.com\r\nline https://crlf.org\rcr a@b.org',
    ];
    for (const text of examples) same(text);
    // The examples do contain autolinks, so the comparison is not between two empty results.
    expect(JSON.stringify(gated.parse(examples[0]!))).toContain('"url":"http://www.commonmark.org/help"');
  });

  it('gives the same tree as remark-gfm on generated text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        same(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('rules out the words that cannot start an autolink, and lets the autolinks through', () => {
    const before = { ...autolinkGateStats };
    const text = 'Staff who work with the website write here, and some words start with h or w; one has www.example.org and one has a@b.org.';
    same(text);
    // Fails if the gate never sees the text (for instance, offsets that do not match the source).
    expect(autolinkGateStats.declined - before.declined).toBeGreaterThan(10);
    expect(autolinkGateStats.checked - before.checked).toBeGreaterThan(autolinkGateStats.declined - before.declined);
    const tree = JSON.stringify(gated.parse(text));
    expect(tree).toContain('"url":"http://www.example.org"');
    expect(tree).toContain('"url":"mailto:a@b.org"');
  });
});
