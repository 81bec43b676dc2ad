/**
 * Word drafts: converted with mammoth, linted as text, findings named by paragraph with a quote
 * (masked for secrets and personal data); damaged, password-protected and renamed .doc files give
 * an input-error finding. The .docx files are made by the tests (tests/support/docx.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../src/files/docx.js';
import { makeDocx, makeEncryptedDocx, makeOldDoc } from './support/docx.js';
import { DEMO_PLUGIN, demoProject, runIn } from './support/project.js';

const SECRET_PLUGIN = path.resolve(import.meta.dirname, 'support/secret-plugin.mjs');
const KEY = 'sk_live_Q7w2Zr9Tx4Lm';

type Json = Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number }>; errorCount: number }>;
const json = (s: string) => JSON.parse(s) as Json;

describe('docx to text', () => {
  it('gives one paragraph per block, links with their address, alt text, tables and footnotes', async () => {
    const buf = await makeDocx([
      { runs: ['Workshop notes'], heading: 1 },
      { runs: ['Register through ', { link: 'https://bit.ly/3xYz', text: 'the form' }, ' or ', { link: 'https://www.un.org/', text: 'www.un.org' }, '.', { footnote: 'Figures from the 2024 survey.' }] },
      { runs: ['First line', { br: true }, 'second line', { image: 'Two staff members at the training' }] },
      { table: [['Day one', 'Day two']] },
      'Closing words.',
    ]);
    const { text, blocks } = await docxToText(buf);
    expect(text).toBe(
      [
        'Workshop notes',
        'Register through the form (https://bit.ly/3xYz) or www.un.org.',
        'First line\nsecond line [image: Two staff members at the training]',
        'Day one',
        'Day two',
        'Closing words.',
        'Figures from the 2024 survey.',
      ].join('\n\n') + '\n',
    );
    expect(blocks.map((b) => b.label)).toEqual(['paragraph 1', 'paragraph 2', 'paragraph 3', 'paragraph 4', 'paragraph 5', 'paragraph 6', 'footnote 1']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).not.toMatch(/^\s|\s$|\n\n/);
  });

  it('skips empty paragraphs in the numbering', async () => {
    const { blocks, text } = await docxToText(await makeDocx(['One.', '', '   ', 'Two.']));
    expect(text).toBe('One.\n\nTwo.\n');
    expect(blocks.map((b) => b.label)).toEqual(['paragraph 1', 'paragraph 2']);
  });
});

describe('linting Word drafts', () => {
  async function project(extraFiles: Record<string, Uint8Array | string> = {}) {
    const docx = await makeDocx([
      { runs: ['Field visit'], heading: 1 },
      'We met the team at the water point and heard their plans.',
      'Please do not repeat the forbidden phrase in public.',
      `The shared account key is ${KEY} for now, a LOUD mistake.`,
    ]);
    return demoProject({ 'posts/visit.docx': docx, 'posts/notes.md': 'A forbidden note.\n', ...extraFiles }, { plugins: [DEMO_PLUGIN, SECRET_PLUGIN] });
  }

  it('finds .docx files in folders and names the paragraph with a quote in each finding', async () => {
    const dir = await project();
    const r = await runIn(dir, ['--format', 'json', 'posts']);
    expect(r.exitCode).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x) => path.relative(dir, x.filePath))).toEqual(['posts/notes.md', 'posts/visit.docx']);
    const docx = results[1]!;
    const word = docx.messages.find((m) => m.ruleId === 'demo/word')!;
    expect(word.message).toBe('Forbidden word "forbidden": use another. (paragraph 3: "forbidden")');
    // Line and column count in the converted text: one blank line between paragraphs.
    expect([word.line, word.column]).toEqual([5, 26]);
    const shout = docx.messages.find((m) => m.ruleId === 'acme/shout')!;
    expect(shout.message).toBe('Loud word: write it in lower case. (paragraph 4: "LOUD")');
  });

  it('masks the quoted text of a secret, and never prints it in clear', async () => {
    const dir = await project();
    for (const format of ['json', 'stylish', 'html']) {
      const r = await runIn(dir, ['--format', format, 'posts/visit.docx']);
      expect(r.stdout, format).not.toContain(KEY);
      expect(r.stdout, format).not.toContain('Q7w2Zr9T');
    }
    const key = json((await runIn(dir, ['--format', 'json', 'posts/visit.docx'])).stdout)[0]!.messages.find((m) => m.ruleId === 'acme/api-key')!;
    expect(key.message).toMatch(/^API key "sk_l\*+Lm" in a post: revoke it and remove it\. \(paragraph 4: "sk_\*{4}_\*{12}"\)$/);
  });

  it('honours a directive written as a paragraph of its own', async () => {
    const docx = await makeDocx(['unlinter-disable-next-line demo/word -- quoted on purpose', 'The forbidden word, quoted.', 'And forbidden again.']);
    const dir = demoProject({ 'a.docx': docx });
    const messages = json((await runIn(dir, ['--format', 'json', 'a.docx'])).stdout)[0]!.messages;
    expect(messages.map((m) => m.message)).toEqual(['Forbidden word "forbidden": use another. (paragraph 3: "forbidden")']);
  });

  it('shows the converted text in the HTML report', async () => {
    const dir = await project();
    const page = (await runIn(dir, ['--format', 'html', 'posts/visit.docx'])).stdout;
    expect(page).toContain('We met the team at the water point');
    expect(page).toContain('<mark class="sev-error" title="Finding 1">forbidden</mark>');
  });

  it('reports a password-protected file as an input error and lints the others', async () => {
    const dir = await project({ 'posts/locked.docx': makeEncryptedDocx() });
    const r = await runIn(dir, ['--format', 'json', 'posts']);
    expect(r.exitCode).toBe(1);
    const locked = json(r.stdout).find((x) => x.filePath.endsWith('locked.docx'))!;
    expect(locked.messages).toEqual([expect.objectContaining({ ruleId: 'input-error', severity: 2, message: expect.stringMatching(/^Password-protected Word file: unlinter cannot open it\. Save a copy without the password/) })]);
    expect(json(r.stdout).find((x) => x.filePath.endsWith('visit.docx'))!.errorCount).toBeGreaterThan(0);
  });

  it('reports damaged files, non-Word files and renamed .doc files clearly', async () => {
    const good = await makeDocx(['Some text.']);
    const dir = demoProject({
      'cut.docx': good.subarray(0, Math.floor(good.length / 2)),
      'text.docx': 'This is plain text saved with the wrong name.\n',
      'old.docx': makeOldDoc(),
      'empty.docx': new Uint8Array(0),
    });
    const r = await runIn(dir, ['--format', 'json', '.']);
    expect(r.exitCode).toBe(1);
    const byName = Object.fromEntries(json(r.stdout).map((x) => [path.basename(x.filePath), x.messages]));
    expect(byName['cut.docx']).toEqual([expect.objectContaining({ ruleId: 'input-error', message: expect.stringMatching(/^Damaged Word file/) })]);
    expect(byName['text.docx']).toEqual([expect.objectContaining({ ruleId: 'input-error', message: expect.stringMatching(/^Not a Word document/) })]);
    expect(byName['old.docx']).toEqual([expect.objectContaining({ ruleId: 'input-error', message: expect.stringMatching(/^Old Word 97-2003 file \(\.doc\)/) })]);
    expect(byName['empty.docx']).toEqual([expect.objectContaining({ ruleId: 'input-error', message: expect.stringMatching(/^Not a Word document/) })]);
  });

  it('applies --max-file-size to Word files', async () => {
    const dir = await project();
    const r = await runIn(dir, ['--format', 'json', '--max-file-size', '100', 'posts/visit.docx']);
    expect(json(r.stdout)[0]!.messages[0]).toMatchObject({ ruleId: 'input-error', message: expect.stringContaining('over the') });
  });

  it('gives the same findings on worker threads as on the main thread', async () => {
    const dir = await project({ 'posts/second.docx': await makeDocx(['Another forbidden paragraph.']) });
    const serial = await runIn(dir, ['--format', 'json', '--concurrency', 'off', 'posts']);
    const parallel = await runIn(dir, ['--format', 'json', '--concurrency', '2', 'posts']);
    expect(parallel.stdout).toBe(serial.stdout);
  });
});
