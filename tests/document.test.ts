import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../src/document/parse.js';

const at = (text: string, needle: string): number => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i;
};

describe('positions', () => {
  it('maps offsets to 1-based line and column with LF, CRLF and lone CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const src = `# Title${nl}${nl}First line${nl}second target here${nl}`;
      const doc = createDocument(src, 'a.md');
      expect(doc.locate(at(doc.text, 'target'))).toEqual({ line: 4, column: 8 });
      expect(doc.lineCount).toBe(5);
    }
  });

  it('counts columns after a BOM from the first visible character', () => {
    const doc = createDocument('\uFEFFHello target', 'a.md');
    expect(doc.hasBOM).toBe(true);
    expect(doc.text.startsWith('Hello')).toBe(true);
    expect(doc.locate(at(doc.text, 'target'))).toEqual({ line: 1, column: 7 });
  });

  it('counts an emoji as two UTF-16 code units and a tab as one column, as editors do', () => {
    const doc = createDocument('\t😀 target', 'a.txt');
    expect(doc.locate(at(doc.text, 'target'))).toEqual({ line: 1, column: 5 });
  });

  it('keeps prose text the same length as its source slice, so offsets map back exactly', () => {
    const src = '> quoted **bold** text with `code`, a [link](https://example.org) and \\*escapes\\* &amp; entities\r\n> on two lines.\r\n';
    const doc = createDocument(src, 'a.md');
    const seg = doc.prose[0]!;
    expect(seg.text.length).toBe(seg.end - seg.start);
    for (const word of ['quoted', 'bold', 'link', 'escapes', 'entities', 'lines']) {
      const i = seg.text.indexOf(word);
      expect(i, word).toBeGreaterThanOrEqual(0);
      expect(doc.text.slice(seg.start + i, seg.start + i + word.length)).toBe(word);
    }
    expect(seg.text).not.toContain('code');
    expect(seg.text).not.toContain('https');
    expect(seg.text).not.toContain('>');
    expect(seg.containers).toEqual(['blockquote']);
  });
});

describe('text form', () => {
  it('gives a Latin-1 draft the same text, scopes and positions after a draft beyond Latin-1 as before it', async () => {
    // After a two-byte draft the parser holds Latin-1 drafts as two bytes too (src/document/parse.ts).
    // A fresh copy of the module has met no two-byte draft yet (the other tests here have).
    vi.resetModules();
    const { createDocument: create } = await import('../src/document/parse.js');
    const latin1 = '\uFEFF---\ntitle: Café\n---\n# Résumé\n\nA [link](https://example.org) to a café, and `code`.\n\n- item one\n- item two\n';
    const view = (text: string, path: string): string => {
      const d = create(text, path);
      return JSON.stringify({ text: d.text, prose: d.prose, links: d.links, code: d.code, headings: d.headings, frontMatter: d.frontMatter, sentences: d.sentences, at: d.locate(d.text.length - 3) });
    };
    const before = [view(latin1, 'a.md'), view(latin1, 'a.txt')];
    create('A curly quote: it’s here.', 'b.md');
    expect([view(latin1, 'a.md'), view(latin1, 'a.txt')]).toEqual(before);
    expect(create(latin1, 'a.md').text).toBe(latin1.slice(1));
    expect(create('', 'e.md').text).toBe('');
  });
});

describe('scopes', () => {
  const src = [
    '---',
    'title: "Notes from the field"',
    'author:',
    '  name: A user',
    'image: /img/cover.jpg',
    '---',
    '',
    '# A heading',
    '',
    'Read [the report](https://example.org/r.pdf "Report") or <https://example.com/x>. Mail me@example.net.',
    '',
    '![Children at the school](school.jpg)',
    '*Pupils in the new classroom.*',
    '',
    '<p>Raw <a href="http://intranet.local/x">intranet</a> and <img src="logo.png" alt="Agency logo"></p>',
    '',
    '[ref]: https://example.org/def "Def"',
    '',
    '```js',
    "const token = 'abc';",
    '```',
    '',
    'Inline `code` here.',
    '',
  ].join('\n');
  const doc = createDocument(src, 'post.md');

  it('parses YAML front matter with key positions, and its prose fields', () => {
    expect(doc.frontMatter?.data).toMatchObject({ title: 'Notes from the field', author: { name: 'A user' } });
    const key = doc.frontMatter!.keys.find((k) => k.path === 'author.name')!;
    expect(doc.text.slice(key.keyStart, key.keyEnd)).toBe('name');
    expect(doc.text.slice(key.valueStart, key.valueEnd)).toBe('A user');
    const title = doc.prose.find((p) => p.kind === 'frontMatter')!;
    expect(title.key).toBe('title');
    expect(title.text.trim()).toBe('Notes from the field');
  });

  it('collects headings, links of every kind and their URL offsets', () => {
    expect(doc.headings.map((h) => h.text)).toEqual(['A heading']);
    const kinds = doc.links.map((l) => `${l.kind}:${l.url}`);
    expect(kinds).toEqual([
      'link:https://example.org/r.pdf',
      'autolink:https://example.com/x',
      'autolink:mailto:me@example.net',
      'html:http://intranet.local/x',
      'definition:https://example.org/def',
    ]);
    const first = doc.links[0]!;
    expect(first.text).toBe('the report');
    expect(first.title).toBe('Report');
    expect(doc.text.slice(first.urlStart!, first.urlEnd!)).toBe('https://example.org/r.pdf');
    const html = doc.links[3]!;
    expect(html.text).toBe('intranet');
    expect(doc.text.slice(html.urlStart!, html.urlEnd!)).toBe('http://intranet.local/x');
  });

  it('collects images from markdown, raw HTML and front matter, with captions', () => {
    const imgs = doc.images.map((i) => [i.source, i.url, i.alt, i.caption]);
    expect(imgs).toEqual([
      ['frontMatter', '/img/cover.jpg', '', ''],
      ['markdown', 'school.jpg', 'Children at the school', 'Pupils in the new classroom.'],
      ['html', 'logo.png', 'Agency logo', 'Raw intranet and'],
    ]);
  });

  it('keeps code out of prose and in code scopes with exact offsets', () => {
    const block = doc.code.find((c) => !c.inline)!;
    expect(block.lang).toBe('js');
    expect(block.text).toBe("const token = 'abc';");
    expect(doc.text.slice(block.start, block.end)).toBe(block.text);
    const inline = doc.code.find((c) => c.inline)!;
    expect(doc.text.slice(inline.start, inline.end)).toBe('code');
    expect(doc.prose.some((p) => p.text.includes('token'))).toBe(false);
    expect(doc.prose.some((p) => p.text.includes('me@example.net'))).toBe(true);
  });

  it('splits sentences without breaking at soft line breaks', () => {
    const d = createDocument('I will be in\nthe office tomorrow. Then I leave.\n', 'a.md');
    expect(d.sentences.map((s) => s.text)).toEqual(['I will be in the office tomorrow.', 'Then I leave.']);
    for (const s of d.sentences) expect(d.text.slice(s.start, s.end).replace(/\n/g, ' ')).toBe(s.text);
  });
});

describe('front matter variants', () => {
  it('parses TOML front matter with key positions', () => {
    const doc = createDocument('+++\ntitle = "Release"\n[extra]\nauthor = "Team"\n+++\n\nBody.\n', 'a.md');
    expect(doc.frontMatter?.format).toBe('toml');
    expect(doc.frontMatter?.data).toEqual({ title: 'Release', extra: { author: 'Team' } });
    const k = doc.frontMatter!.keys.find((x) => x.path === 'extra.author')!;
    expect(doc.text.slice(k.keyStart, k.keyEnd)).toBe('author');
  });

  it('accepts blank lines before the front matter and keeps body offsets', () => {
    const src = '\n\n---\ntitle: Spaced\n---\n\nBody text.\n';
    const doc = createDocument(src, 'a.md');
    expect(doc.frontMatter?.data).toEqual({ title: 'Spaced' });
    const k = doc.frontMatter!.keys[0]!;
    expect(doc.text.slice(k.valueStart, k.valueEnd)).toBe('Spaced');
    const body = doc.prose.find((p) => p.kind === 'paragraph')!;
    expect(doc.text.slice(body.start, body.end)).toBe('Body text.');
  });

  it('records a front matter that does not parse, and still reads the body', () => {
    const doc = createDocument('---\ntitle: "open\n---\n\nBody text.\n', 'a.md');
    expect(doc.frontMatter?.error).not.toBeNull();
    expect(doc.prose.some((p) => p.text.includes('Body text.'))).toBe(true);
  });
});

describe('directives', () => {
  it('reads directives from HTML comments with ids and reasons', () => {
    const doc = createDocument('<!-- unlinter-disable-next-line neutrality, privacy-and-safety/phone-number -- quoted from a press release -->\nText\n', 'a.md');
    expect(doc.directives).toEqual([
      expect.objectContaining({ kind: 'disable-next-line', ruleIds: ['neutrality', 'privacy-and-safety/phone-number'], reason: 'quoted from a press release' }),
    ]);
  });

  it('reads directives on a line of their own in text files, and keeps them out of prose', () => {
    const doc = createDocument('First paragraph.\nunlinter-disable neutrality\nSecond.\n', 'a.txt');
    expect(doc.directives.map((d) => d.kind)).toEqual(['disable']);
    expect(doc.prose.map((p) => p.text)).toEqual(['First paragraph.', 'Second.']);
  });

  it('ignores directive-like text inside code', () => {
    const doc = createDocument('```html\n<!-- unlinter-disable -->\n```\n', 'a.md');
    expect(doc.directives).toEqual([]);
  });
});

describe('plain text', () => {
  it('blanks URLs from prose and records them as links', () => {
    const doc = createDocument('See https://example.org/page. Thanks.', 'a.txt');
    expect(doc.prose[0]!.text).not.toContain('example');
    expect(doc.links[0]).toMatchObject({ kind: 'autolink', url: 'https://example.org/page' });
  });
});
