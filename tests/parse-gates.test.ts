/**
 * The parse gates (src/document/parse-gates.ts) must give exactly the tree remark-gfm gives,
 * positions included, while skipping the attempts that cannot succeed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseGateStats } from '../src/document/parse-gates.js';
import { processor as gated } from '../src/document/markdown.js';
import type { Code, Construct, TokenizeContext } from 'micromark-util-types';

const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const same = (text: string): void => expect(JSON.stringify(gated.parse(text))).toBe(JSON.stringify(plain.parse(text)));

// Pieces that reach every branch of the three autolink tokenizers and of the table, and what
// surrounds them: prefixes in any case, local parts, domains with `_` and trailing punctuation,
// brackets, emphasis, escapes, references, containers, table rows and delimiter rows with and
// without pipes, alignment colons, tabs and each kind of line ending.
const PIECES = [
  'www.', 'WWW.', 'wWw.', 'ww.', 'www', 'http://', 'https://', 'HTTPS://', 'Http:/', 'httpx://', 'http:', 'h', 'w',
  'mailto:', 'xmpp:', 'a@b.co', 'x.y+z@ex-ample.org', 'u@d.', 'u@d_x.org', '@', '@@', 'user', 'name_1', 'b.c',
  'example.com', 'x.org/a_(b)', '?q=1&r=2', '#frag', '.', ',', '!', '?', ';', ':', '_', '-', '+', '/', '~', '~~',
  '*', '**', '(', ')', '[', ']', '](', '![', '<', '>', '"', "'", '\\', '&amp;', '&#64;', '`', '|',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\n> ', '\n- ', '\n1. ', '\n    ', '\n| a | b |\n|---|---|\n| ',
  'é', 'Ünïcode', '日本', '😀', '\u00a0', '\u200b',
  '| a |', '| a | b |', 'a | b', '|', '||', '\n|---|', '\n| --- | :-: |', '\n---|---', '\n:--', '\n-', '\n--:|', '\n> |---|',
  '\n  | - |', '\n\t|-|', '\r\n|---|---|', '\r|-|', ' \\| ', '\n---\n', '\n===\n', '\n    |---|',
];

const draft = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

const AUTOLINK_EXAMPLES = [
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
  // After an unbalanced `[` the tokenizers hold back and the transform finds the autolinks.
  'see [https://after-bracket.org and more',
  'see [www.after-bracket.org and more',
  'see [me@after-bracket.org and more',
  '![HTTP://CAPS.ORG',
];

const TABLE_EXAMPLES = [
  '| foo | bar |\n| --- | --- |\n| baz | bim |',
  '| abc | defghi |\n:-: | -----------:\nbar | baz',
  '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |',
  '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar',
  '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar',
  '| abc | def |\n| --- |\n| bar |',
  '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |',
  '| abc | def |\n| --- | --- |',
  'Some text\nthen a | b\n-|-\n1|2',
  '> | a | b |\n> |---|---|\n> | 1 | 2 |',
  '- item\n\n  | a | b |\n  |:--|--:|\n  | 1 | 2 |',
  'a | b\r\n--|--\r\nc | d\r\n',
  'Heading\n---\n\nnot | a | table\n---',
  '| lazy |\n> |---|',
];

describe('parse gates', () => {
  it('wraps the three literal-autolink constructs, the table and the autolink transform of remark-gfm', () => {
    // Fails if the GFM extensions rename them and a gate stops applying.
    expect(gated.data('gatedConstructs' as never)).toEqual(['emailAutolink', 'protocolAutolink', 'table', 'transformGfmAutolinkLiterals', 'wwwAutolink']);
  });

  it("answers each autolink's test of the character before as the construct itself does, outside a parse", () => {
    // The gate looks the answers up for ASCII; outside a parse it adds no check of the source.
    type ConstructMap = Record<string, Construct | Construct[] | undefined>;
    const constructs = (p: typeof plain): Construct[] => {
      const text = ((p.data('micromarkExtensions' as never) ?? []) as Array<{ text?: ConstructMap }>).flatMap((e) => Object.values(e.text ?? {}));
      return text.flat().filter((c): c is Construct => Boolean(c && /Autolink$/.test(c.name ?? '')));
    };
    const theirs = new Map(constructs(plain).map((c) => [c.name, c]));
    const ours = [...new Set(constructs(gated as unknown as typeof plain))];
    expect(ours.map((c) => c.name).sort()).toEqual(['emailAutolink', 'protocolAutolink', 'wwwAutolink']);
    const codes: Code[] = [null, -5, -4, -3, -2, -1, ...Array.from({ length: 300 }, (_, c) => c), 0x2019, 0xfeff];
    for (const c of ours) {
      const original = theirs.get(c.name)!;
      for (const code of codes) expect(c.previous!.call({} as TokenizeContext, code), `${c.name} ${code}`).toBe(original.previous!.call({} as TokenizeContext, code));
    }
  });

  // Each list's first example holds what the gate wraps, so the comparison is not between two
  // results without it.
  it.each([
    ['autolink', AUTOLINK_EXAMPLES, '"url":"http://www.commonmark.org/help"'],
    ['table', TABLE_EXAMPLES, '"type":"tableCell"'],
  ])('gives the same tree as remark-gfm on the GFM %s examples', (_name, examples, first) => {
    for (const text of examples) same(text);
    expect(JSON.stringify(gated.parse(examples[0]!))).toContain(first);
  });

  it('gives the same tree as remark-gfm on generated text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        same(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('checks each run of word characters once, not at every `_` in it', () => {
    // `_` also starts emphasis, so micromark tries the e-mail autolink there too; a check at each
    // one, scanning the rest of the run, made 200 KB of `a_` take 40 s instead of about 1 s.
    const text = `${'a_'.repeat(2000)} and ${'x_y'.repeat(500)}@example.org`;
    const before = parseGateStats.checked;
    same(text);
    expect(parseGateStats.checked - before).toBeLessThan(10);
    expect(JSON.stringify(gated.parse(text))).toContain('"url":"mailto:');
  });

  it('rules out the words that cannot start an autolink and the lines that cannot head a table, and lets the real ones through', () => {
    const before = { ...parseGateStats };
    const text = 'Staff who work with the website write here, and some words start with h or w;\none has www.example.org and one has a@b.org.\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    same(text);
    // Fails if the gate never sees the text (for instance, offsets that do not match the source).
    expect(parseGateStats.declined - before.declined).toBeGreaterThan(10);
    expect(parseGateStats.checked - before.checked).toBeGreaterThan(parseGateStats.declined - before.declined);
    const tree = JSON.stringify(gated.parse(text));
    expect(tree).toContain('"url":"http://www.example.org"');
    expect(tree).toContain('"url":"mailto:a@b.org"');
    expect(tree).toContain('"type":"table"');
  });
});
