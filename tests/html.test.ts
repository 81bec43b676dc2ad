/**
 * The HTML report as text: findings in place and grouped by section, what to do, the summary,
 * masking of personal data and secrets, no draft text outside the draft view, no external asset.
 * `tests/html-browser.test.ts` renders it in Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, splitAdvice, escapeHtml } from '../src/reporters/html.js';
import { maskSpan } from '../src/reporters/sensitive.js';
import type { LintResult } from '../src/types.js';
import { builtinRules } from '../rules/index.js';
import { DEMO_PLUGIN, demoProject, runIn } from './support/project.js';

export const SECRET_PLUGIN = path.resolve(import.meta.dirname, 'support/secret-plugin.mjs');
const KEY = 'sk_live_Q7w2Zr9Tx4Lm';

/** The text a reader sees in the draft view: tags, reference numbers and fold labels removed. */
export function draftText(page: string, file = 1): string {
  const section = page.slice(page.indexOf(`id="file-${file}"`));
  const pre = /<pre class="draft"[^>]*>([\s\S]*?)<\/pre>/.exec(section)?.[1] ?? '';
  return pre
    .replace(/<a class="ref[^>]*>\d+<\/a>/g, '')
    .replace(/<summary>[^<]*<\/summary>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

function count(s: string, part: string): number {
  return s.split(part).length - 1;
}

describe('html report from a run', () => {
  const draft = [
    '# Notes from the workshop',
    '',
    'A forbidden word, and a LOUD one.',
    `Our test account key is ${KEY} for now.`,
    '',
    'The closing line stays as it is.',
    '',
  ].join('\n');

  async function report() {
    const dir = demoProject({ 'posts/notes.md': draft, 'posts/clean.md': 'All fine here.\n' }, { plugins: [DEMO_PLUGIN, SECRET_PLUGIN] });
    const r = await runIn(dir, ['--format', 'html', 'posts']);
    return { dir, r, page: r.stdout };
  }

  it('shows each finding highlighted in the draft and listed under its guidance section', async () => {
    const { r, page } = await report();
    expect(r.exitCode).toBe(1);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<mark class="sev-error" title="Finding 1">forbidden</mark>');
    expect(page).toContain('<mark class="sev-warn" title="Finding 2, 3">LOUD</mark>');
    expect(page).toContain('<h3>Demo section <span class="count">1 error, 1 warning</span></h3>');
    expect(page).toContain('<p class="guidance">A demo of the plugin API.</p>');
    expect(page).toContain('<h3>Acme secrets section <span class="count">1 error, 1 warning</span></h3>');
    expect(page).toContain('<p class="msg">Forbidden word &#34;forbidden&#34;</p>');
    expect(page).toContain('<strong>What to do:</strong> Use another.');
    expect(page).toContain('<code>demo/word</code>');
    expect(page).toContain('Line 3, column 3');
  });

  it('opens with a summary: status, counts, sections and the drafts with findings', async () => {
    const { page } = await report();
    expect(page).toContain('2 errors need fixing before publishing, and 2 warnings to review.');
    expect(page).toContain('<li><b>2</b>files checked</li>');
    expect(page).toContain('<li><b>1</b>with findings</li>');
    expect(page).toMatch(/<tr><td>Demo section<\/td><td class="n">1<\/td><td class="n">1<\/td><\/tr>/);
    expect(page).toContain('<a href="#file-2">posts/<wbr>notes.md</a>');
    // A clean draft is counted but not shown.
    expect(page).not.toContain('id="file-1"');
  });

  it('masks the secret in the draft and never shows it in clear', async () => {
    const { page } = await report();
    expect(page).not.toContain(KEY);
    expect(page).not.toContain('Q7w2Zr9Tx4Lm');
    expect(page).toContain(`<span class="masked" title="Masked: personal data or a secret">${escapeHtml(maskSpan(KEY, true))}</span>`);
    // What the reader sees is the draft with exactly that span masked.
    expect(draftText(page, 2)).toBe(draft.replace(KEY, maskSpan(KEY, true)));
    // A secret keeps no trailing characters.
    expect(maskSpan(KEY, true)).toBe('sk_****_************');
  });

  it('embeds the draft text once, in the draft view only', async () => {
    const { page } = await report();
    expect(count(page, 'The closing line stays as it is.')).toBe(1);
    expect(count(page, 'Notes from the workshop')).toBe(1);
    expect(page).not.toMatch(/\sdata-[a-z-]+=/);
    expect(page).not.toContain('application/json');
  });

  it('needs nothing from outside the page', async () => {
    const { page } = await report();
    expect(page).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b/i);
    expect(page).not.toMatch(/\bsrc=|@import|url\(/i);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('writes the same page with --output-file and keeps the exit code', async () => {
    const { dir, page } = await report();
    const r = await runIn(dir, ['--format', 'html', '--output-file', 'out/report.html', 'posts']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'out/report.html'), 'utf8')).toBe(page);
  });

  it('keeps the source for html only: JSON never carries the draft', async () => {
    const dir = demoProject({ 'a.md': draft }, { plugins: [DEMO_PLUGIN, SECRET_PLUGIN] });
    const json = await runIn(dir, ['--format', 'json', 'a.md']);
    expect(json.stdout).not.toContain('Notes from the workshop');
    expect(json.stdout).not.toContain(KEY);
  });
});

describe('html report from results', () => {
  const base = { errorCount: 0, warningCount: 0 };
  const ctx = { cwd: '/blog', color: 0 as const, modules: builtinRules };
  const msg = (ruleId: string, line: number, column: number, endLine: number, endColumn: number, severity: 1 | 2, message: string) => ({ ruleId, messageId: 'x', severity, message, line, column, endLine, endColumn });

  it('masks personal data flagged by privacy-and-safety, even where findings overlap', () => {
    const source = 'Reach Amina on +254 712 345 612 tonight.\n';
    const result: LintResult = {
      ...base,
      filePath: '/blog/post.md',
      source,
      errorCount: 1,
      warningCount: 1,
      messages: [
        msg('privacy-and-safety/phone-number', 1, 16, 1, 32, 2, 'Personal phone number "+254 7** *** *12": share an office line or leave it out.'),
        msg('think-before-posting/shouting', 1, 7, 1, 24, 1, 'Made-up overlapping finding: calm down.'),
      ],
    };
    const page = html([result], ctx);
    expect(page).not.toContain('712 345');
    expect(draftText(page)).toBe(source.replace('+254 712 345 612', maskSpan('+254 712 345 612')));
    expect(page).toContain('<mark class="sev-error" title="Finding 1, 2">');
    expect(page).toContain('<h3>Keep Safety and Security in mind, respect privacy');
    // Sections with errors come first.
    expect(page.indexOf('Keep Safety and Security')).toBeLessThan(page.indexOf('<h3>Think before you post'));
  });

  it('folds long stretches without findings and keeps context around each', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the post.`);
    const result: LintResult = { ...base, errorCount: 1, filePath: '/blog/long.md', source: lines.join('\n'), messages: [msg('neutrality/endorsement', 20, 1, 20, 5, 2, 'A finding: fix it.')] };
    const page = html([result], ctx);
    expect(page).toContain('<details class="gap"><summary>17 lines without findings</summary>');
    expect(page).toContain('<details class="gap"><summary>18 lines without findings</summary>');
    expect(draftText(page)).toBe(lines.join('\n'));
  });

  it('lists findings at no position in the text (unreadable files) without a draft', () => {
    const result: LintResult = { ...base, errorCount: 1, filePath: '/blog/scan.md', messages: [msg('input-error', 1, 1, 1, 1, 2, 'Binary file, not a text draft: not checked. Leave it out.')] };
    const page = html([result], ctx);
    expect(page).not.toContain('<pre class="draft"');
    expect(page).toContain('Whole file');
    expect(page).toContain('<h3>About the file and the inline directives');
  });

  it('escapes markup and shows control characters from a draft', () => {
    const source = 'A <script>alert("x")</script> and \u001b[31m red.\n';
    const result: LintResult = { ...base, errorCount: 1, filePath: '/blog/x.md', source, messages: [msg('neutrality/endorsement', 1, 3, 1, 11, 2, 'Finding "<b>": fix.')] };
    const page = html([result], ctx);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('\u001b');
    expect(page).toContain('\\u001b[31m');
    expect(page).toContain('&#60;script&#62;');
  });

  it('says so when there is nothing to report', () => {
    expect(html([{ ...base, filePath: '/blog/a.md', messages: [], source: 'Fine.\n' }], ctx)).toContain('No findings: nothing in these drafts');
  });
});

describe('splitAdvice', () => {
  it('splits at the first colon outside quotes', () => {
    expect(splitAdvice('Personal phone number "+254 7**: ***": share an office line.')).toEqual({ problem: 'Personal phone number "+254 7**: ***"', advice: 'Share an office line.' });
    expect(splitAdvice('Hearsay “people say: x”: check it.')).toEqual({ problem: 'Hearsay “people say: x”', advice: 'Check it.' });
    expect(splitAdvice('No advice here.')).toEqual({ problem: 'No advice here.', advice: null });
    expect(splitAdvice('Ends with a colon: ')).toEqual({ problem: 'Ends with a colon: ', advice: null });
  });
});
