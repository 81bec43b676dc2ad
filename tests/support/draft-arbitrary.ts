/**
 * fast-check arbitraries for drafts as people and tools really produce them: nested lists, tables,
 * HTML, YAML and TOML front matter (well-formed or not), emoji, right-to-left and combining
 * characters, control characters, CRLF and lone CR line endings, NUL, a BOM, unclosed code fences
 * and very long lines. Used by tests/fuzz.test.ts.
 */
import fc from 'fast-check';

/** Words that trigger the built-in checks, so the rules' reporting paths run, not only their scans. */
const TRIGGERS = [
  'forbidden', 'LOUD', 'call me on +254 712 345 612', 'write to amina.k@gmail.com', 'IBAN DE89 3704 0044 0532 0130 00',
  'card 4111 1111 1111 1111', 'passport no. X1234567', 'I live at 14 Rue des Lilas, Apt 3', 'we land in Goma tomorrow at 6 am',
  'staying at the Hotel Ibis until Friday', 'password: hunter2', 'api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'download setup.exe from http://bit.ly/3xYz', 'ssh admin@intranet.myagency.org', 'vote for the Green Party', '#VoteForChange',
  'I heard that the director resigned', 'studies show 90% of people agree', 'CONFIDENTIAL: do not share', 'this is so stupid!!!',
  'photo of the children at the camp', 'born on 3 March 1990', 'my manager does not know yet', 'UNDP logo', 'the views are my own',
  'according to a source', 'Dr. Smith said', 'e.g. the U.N. report', '10:00–11:30', '1,234,567', '2024-05-06', 'v1.2.3',
  // One for each check the words above leave silent, so every check's reporting path runs too.
  'get the toolkit at <https://files.example.net/toolkit-2024.7z>', 'when SmartScreen warns you, click Run anyway',
  'sign in at https://www.un.org.account-verify.net/login', 'postgresql://reader:Tq7mVx2pL@db.example.net:5432/x',
  "I'll be canvassing for the Green Party on Saturday", 'it was a rigged election', 'RT @CitizenVoiceNow: vote for real change',
  'our driver was hospitalised after the accident on Monday', 'the liaison is an arrogant prick', 'these people act like animals',
  'Off the record, the convoy was held at the checkpoint', 'I hate my job, it is a toxic workplace', 'How dare they? You people never think',
  'I think the official figures are wrong', "Haven't read it yet but sharing anyway: https://example.org/plan",
  '> “Education is the most powerful weapon.”', 'As of 2015, there are 300 trained teachers in the district',
];

const WORDS = ['the', 'team', 'met', 'partners', 'in', 'Nairobi', 'today', 'and', 'we', 'will', 'share', 'more', 'soon', 'a', 'of', 'report', 'field', 'visit'];

const EXOTIC = [
  '😀', '👩🏽‍⚕️', '🇺🇳', '❤️', // emoji, ZWJ sequences, flags, variation selectors
  'مرحبا بكم', 'שלום עולם', '\u202eevil\u202c', '\u200f', // right-to-left text and bidi controls
  'e\u0301', 'a\u0308\u0323', 'Z\u0351\u0352\u0353\u0354', // combining marks
  '\u0000', '\u0007', '\u001b[31mred\u001b[0m', '\u001b]8;;http://x\u0007', '\u007f', '\u0085', // control characters
  '\u200b', '\u00ad', '\u2060', '\ufeff', '\u00a0', '\u2028', '\u2029', // invisible and separators
  '\ud83d', '\udc00', // lone surrogates
  '日本語', 'Ελληνικά', 'кириллица',
];

const INLINE = ['**', '__', '*', '_', '`', '~~', '[', ']', '(', ')', '<', '>', '&amp;', '\\*', '|', '#', '!', '{{< img src="a.jpg" >}}', '{% include x.html %}', '<!-- note -->', '<!-- unlinter-disable-line -->', '<!-- unlinter-disable-next-line privacy-and-safety -->'];

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 1, arbitrary: fc.constantFrom(...INLINE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const url = fc.constantFrom('https://example.org/a?b=c#d', 'http://bit.ly/abc', 'www.un.org', 'mailto:a.b@gmail.com', 'tel:+41229171234', 'javascript:alert(1)', 'https://intranet.myagency.org/hr', 'ftp://files.example.org/setup.exe', '', ' ', '<>', 'https://example.org/a b');

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`) },
  { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `![${t}](${u} "${t}")`) },
  { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
  { weight: 1, arbitrary: text.map((t) => `**${t}**`) },
  { weight: 1, arbitrary: text.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `<a href="${u}">${t}</a> <img src="${u}" alt="${t}">`) },
  { weight: 1, arbitrary: text.map((t) => `[^${t}]`) },
);

const line = fc.array(inline, { minLength: 1, maxLength: 10 }).map((xs) => xs.join(' '));

const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((xs) => xs.join('\n'));
const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`);
const setextHeading = line.map((l) => `${l}\n===`);
const blockquote = fc.array(line, { minLength: 1, maxLength: 3 }).map((xs) => xs.map((l) => `> ${l}`).join('\n'));

/** Lists nested up to four levels, with mixed markers and tasks. */
const list = fc.letrec<{ list: string }>((tie) => ({
  list: fc
    .array(
      fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), line, fc.option(tie('list'), { freq: 4, depthSize: 'small' })),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) => items.map(([marker, l, sub]) => `${marker}${l}${sub ? '\n' + sub.split('\n').map((s) => '    ' + s).join('\n') : ''}`).join('\n')),
})).list;

const cell = fc.array(inline, { maxLength: 3 }).map((xs) => xs.join(' ').replace(/\|/g, '\\|').replace(/[\r\n]/g, ' '));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }))
  .chain(([cols, rows]) =>
    fc.tuple(fc.array(cell, { minLength: cols, maxLength: cols }), fc.array(fc.array(cell, { minLength: 0, maxLength: cols + 1 }), { minLength: rows, maxLength: rows })),
  )
  .map(([head, rows]) => [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));

const code = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'sh', 'yaml'), fc.array(line, { maxLength: 3 }), fc.boolean())
  .map(([fence, lang, body, closed]) => `${fence}${lang}\n${body.join('\n')}${closed ? `\n${fence}` : ''}`);
const indentedCode = line.map((l) => `    ${l}`);
const html = fc.tuple(line, url).map(([l, u]) => `<div class="note">\n<p>${l}</p>\n<img src="${u}" alt="${l.slice(0, 20)}">\n</div>`);
const comment = fc.constantFrom('<!-- unlinter-disable -->', '<!-- unlinter-enable -->', '<!-- unlinter-disable privacy-and-safety -- a reason -->', '<!-- unlinter-disable no-such-rule -->', '<!-- unclosed comment', '<!-- -->');
/** One line of 2,000 to 20,000 characters: a pasted log, a minified snippet, a paragraph without breaks. */
export const hugeLine = fc.tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2000, max: 20000 })).map(([ts, n]) => {
  const unit = ts.join(' ') + ' ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
});

/** Whole sentences that need their context to be found (a word list would cut them up). */
const sentence = fc.constantFrom(
  'Chanted with thousands of others in the square today. My voice is gone but my heart is full.',
  'Daniel, our driver, was hospitalised after the accident on Monday. The vehicle is a total loss.',
  'When Windows shows the blue SmartScreen window, click "More info" and then Run anyway.',
  '![Amina, a refugee from Sudan, at her sewing machine](https://media.example.org/amina.jpg)',
  '> “Education is the most powerful weapon which you can use to change the world.”',
);

const block = fc.oneof(
  { weight: 1, arbitrary: sentence },
  { weight: 8, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 2, arbitrary: blockquote },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: code },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: fc.constant('---') },
);

const yamlValue = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.constantFrom('2024-05-06', 'true', '[a, b]', '{ a: 1 }', '|\n  block text\n  more', '"unclosed', "'single'", '&anchor x', '*anchor', '!!js/function "function () { globalThis.pwned = true }"', '- x\n- y', '~'),
  line.map((l) => l.replace(/[\r\n]/g, ' ')),
);
const yamlKey = fc.constantFrom('title', 'author', 'date', 'tags', 'image', 'description', 'approved_by', 'draft', 'categories', 'x', 'title');
const yamlFrontMatter = fc
  .tuple(fc.array(fc.tuple(yamlKey, yamlValue), { maxLength: 6 }), fc.boolean())
  .map(([pairs, closed]) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}${closed ? '\n---' : ''}`);
const tomlValue = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.constantFrom('2024-05-06', 'true', '["a", "b"]', '{ a = 1 }', '"""\nmulti\n"""', '"unclosed', '1979-05-27T07:32:00Z', 'nan'),
);
const tomlFrontMatter = fc
  .tuple(fc.array(fc.tuple(yamlKey, tomlValue), { maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([pairs, table, closed]) => `+++\n${pairs.map(([k, v]) => `${k} = ${v}`).join('\n')}${table ? '\n[extra]\nkey = "v"' : ''}${closed ? '\n+++' : ''}`);

/** How a document's lines end: LF, CRLF, lone CR, or a mix. */
type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

function applyEol(s: string, eol: Eol, seed: number): string {
  if (eol === 'lf') return s;
  if (eol === 'crlf') return s.replace(/\n/g, '\r\n');
  if (eol === 'cr') return s.replace(/\n/g, '\r');
  let i = seed;
  return s.replace(/\n/g, () => ['\n', '\r\n', '\r'][(i = (i * 1103515245 + 12345) >>> 0) % 3]!);
}

export interface Draft {
  text: string;
  /** File name, whose extension decides markdown or plain text. */
  name: string;
  preset: 'recommended' | 'personal' | 'office';
}

/** A whole draft: optional BOM, optional front matter, blocks, line endings, file type and preset. */
export const draftArbitrary: fc.Arbitrary<Draft> = draftOf(block);

/** A shorter draft with one line of 2,000 to 20,000 characters somewhere in it. */
export const hugeDraftArbitrary: fc.Arbitrary<Draft> = fc.tuple(draftOf(block, 4), hugeLine, fc.nat()).map(([d, line, at]) => {
  const lines = d.text.split('\n');
  lines.splice(at % (lines.length + 1), 0, line);
  return { ...d, text: lines.join('\n') };
});

function draftOf(blockArb: fc.Arbitrary<string>, maxBlocks = 6): fc.Arbitrary<Draft> {
  return fc
    .record({
      bom: fc.boolean(),
      blankBefore: fc.constantFrom('', '', '', '\n', '\n\n'),
      frontMatter: fc.option(fc.oneof(yamlFrontMatter, tomlFrontMatter), { freq: 2 }),
      blocks: fc.array(blockArb, { minLength: 0, maxLength: maxBlocks }),
      separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\n  \n'), { minLength: 8, maxLength: 8 }),
      eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr', 'mixed'),
      eolSeed: fc.nat(),
      finalNewline: fc.boolean(),
      name: fc.constantFrom('post.md', 'post.md', 'post.mdx', 'notes.txt', 'd r a f t é.markdown'),
      preset: fc.constantFrom('recommended', 'personal', 'office'),
    })
    .map((r) => {
      let body = r.blocks.map((b, i) => (i === 0 ? b : r.separators[i % 8] + b)).join('');
      if (r.frontMatter) body = `${r.blankBefore}${r.frontMatter}\n\n${body}`;
      if (r.finalNewline) body += '\n';
      const text = (r.bom ? '\ufeff' : '') + applyEol(body, r.eol, r.eolSeed);
      return { text, name: r.name, preset: r.preset as Draft['preset'] };
    });
}
