/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`, installed by
 * `.ci/run` where missing) driven by playwright-core. Checks that the findings render, that the
 * page logs no error and requests nothing, that it fits a phone screen, and writes screenshots
 * to `tests/.artifacts/` (git-ignored). Skips, saying why, only where no Chromium is installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PLUGIN, demoProject, runIn } from './support/project.js';
import { ROOT } from './support/fixtures.js';

const SECRET_PLUGIN = path.resolve(import.meta.dirname, 'support/secret-plugin.mjs');
const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
/** Debian's chromium at its usual place, else the first `chromium` on PATH; UNLINTER_CHROMIUM wins. */
function findChromium(): string {
  if (process.env.UNLINTER_CHROMIUM) return process.env.UNLINTER_CHROMIUM;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'chromium');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return '/usr/bin/chromium';
}
const CHROMIUM = findChromium();
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const KEY = 'sk_live_Q7w2Zr9Tx4Lm';

const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser) {
  console.warn(`Skipping the HTML browser test: no Chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium; .ci/run does this) or set UNLINTER_CHROMIUM.`);
}

const DRAFT = [
  '---',
  'title: Field notes',
  '---',
  '',
  '# Field notes from the workshop',
  '',
  'A forbidden word, and a LOUD one.',
  `The shared test account key is ${KEY} until Friday.`,
  '',
  ...Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} about the training, with nothing to report in it at all.`),
  '',
  // A long unbroken token must wrap, not widen the page on a phone.
  `Slides: https://example.org/${'very-long-path-segment-'.repeat(12)}end and a forbidden aside.`,
  'The last line mentions the forbidden topic again.',
  '',
].join('\n');

describe.skipIf(!hasBrowser)('html report in Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let userDataDir: string;
  let reportFile: string;
  let findings: number;

  beforeAll(async () => {
    // A message quoting a long unbroken word must wrap too: long.md looks for one.
    const long = 'Averyveryverylongwordwithnoplacetobreakitanywhereinthemessage';
    const dir = demoProject(
      { 'posts/field-notes.md': DRAFT, 'posts/clean.md': 'All fine here.\n', 'posts/long.md': `A line with ${long} in it.\n` },
      { plugins: [DEMO_PLUGIN, SECRET_PLUGIN], overrides: [{ files: ['long.md'], rules: { 'demo/word': ['error', { word: long }] } }] },
    );
    const r = await runIn(dir, ['--format', 'html', '--output-file', 'report.html', 'posts']);
    expect(r.exitCode).toBe(1);
    const json = JSON.parse((await runIn(dir, ['--format', 'json', 'posts'])).stdout) as Array<{ messages: unknown[] }>;
    findings = json.reduce((n, x) => n + x.messages.length, 0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    reportFile = path.join(ARTIFACTS, 'report.html');
    fs.copyFileSync(path.join(dir, 'report.html'), reportFile);
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unlinter-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(width: number, height: number): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`file://${reportFile}`, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  it('renders every finding, highlighted and listed, with no console error and no request', async () => {
    const { page, problems, requests } = await open(1280, 900);
    expect(await page.locator('li.finding').count()).toBe(findings);
    expect(await page.locator('.draft mark.sev-error').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.draft .masked').count()).toBe(1);
    const bodyText = await page.locator('body').innerText();
    expect(bodyText).not.toContain(KEY);
    expect(bodyText).toContain('What to do: Use another.');
    expect(await page.locator('#file-2 h3', { hasText: 'Demo section' }).count()).toBe(1);
    expect(await page.locator('details.gap').count()).toBe(1);
    // The page styles itself from the inline sheet (the CSP would block anything else).
    const border = await page.locator('li.finding.sev-error').first().evaluate((el) => getComputedStyle(el).borderLeftWidth);
    expect(border).toBe('4px');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-desktop.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${reportFile}`]);
    await page.close();
  });

  it('links a finding to its place in the draft and back', async () => {
    const { page } = await open(1280, 900);
    await page.locator('li.finding a.num').first().click();
    expect(new URL(page.url()).hash).toBe('#m2-1');
    await page.locator('.draft a.ref').first().click();
    expect(new URL(page.url()).hash).toBe('#f2-1');
    expect(await page.locator('#f2-1').isVisible()).toBe(true);
    await page.close();
  });

  it('hides warnings with the toggle', async () => {
    const { page } = await open(1280, 900);
    const warning = page.locator('li.finding.sev-warn').first();
    expect(await warning.isVisible()).toBe(true);
    await page.locator('#show-warnings').uncheck();
    expect(await warning.isVisible()).toBe(false);
    expect(await page.locator('li.finding.sev-error').first().isVisible()).toBe(true);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, problems } = await open(390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const fontSize = await page.locator('.finding .msg').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    const shot = path.join(ARTIFACTS, 'report-phone.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    await page.close();
  });
});
