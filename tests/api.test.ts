/**
 * The Node API (`src/index.ts`): the same results as the command line, configs loaded once and
 * reused, typed errors, and the built package imported by name from another folder (plain ESM
 * and TypeScript types).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, UsageError, formatResults, lint, lintText, loadConfig } from '../src/index.js';
import { DEMO_PLUGIN, demoProject, runIn } from './support/project.js';
import { ROOT } from './support/fixtures.js';
import { tmpProject } from './support/tmp.js';
import { makeDocx } from './support/docx.js';

const files = {
  'posts/a.md': '# Title\n\nA forbidden word and a LOUD one.\n',
  'posts/b.txt': 'unlinter-disable-next-line demo/word\nforbidden here is fine.\nforbidden here is not.\n',
  'posts/clean.md': 'Nothing to see.\n',
};

describe('lint()', () => {
  it('gives the results the command line prints as JSON, with docs links', async () => {
    const dir = demoProject({ ...files, 'posts/c.docx': await makeDocx(['A forbidden paragraph.']), 'posts/bin.md': new Uint8Array([0, 1, 2]) });
    const results = await lint('posts', { cwd: dir });
    const cli = JSON.parse((await runIn(dir, ['--format', 'json', 'posts'])).stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number; warningCount: number }>;
    expect(results.map((r) => ({ filePath: r.filePath, messages: r.messages, errorCount: r.errorCount, warningCount: r.warningCount }))).toEqual(
      cli.map((r) => ({ filePath: r.filePath, messages: r.messages, errorCount: r.errorCount, warningCount: r.warningCount })),
    );
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['posts/a.md', 'posts/b.txt', 'posts/bin.md', 'posts/c.docx', 'posts/clean.md']);
    expect(results[2]!.messages[0]).toMatchObject({ ruleId: 'input-error', docs: expect.stringMatching(/docs\/rules\/README\.md#input-error$/) });
    expect(results[0]!.source).toBeUndefined();
  });

  it('takes rules, a preset, keepSource and a config from loadConfig', async () => {
    const dir = demoProject(files);
    const off = await lint(['posts/a.md'], { cwd: dir, rules: { 'demo/word': 'off' } });
    expect(off[0]!.messages.map((m) => m.ruleId)).toEqual(['demo/shout']);
    const config = await loadConfig(dir);
    const withConfig = await lint('posts/a.md', { cwd: dir, config, keepSource: true });
    expect(withConfig[0]!.messages.map((m) => m.ruleId)).toEqual(['demo/word', 'demo/shout']);
    expect(withConfig[0]!.source).toBe(files['posts/a.md']);
    const none = await lint('posts/a.md', { cwd: dir, configLookup: false, rules: { 'neutrality': 'off' } });
    expect(none[0]!.messages.some((m) => m.ruleId.startsWith('demo/'))).toBe(false);
  });

  it('throws typed errors', async () => {
    const dir = demoProject(files);
    await expect(lint('nothing/*.md', { cwd: dir })).rejects.toBeInstanceOf(UsageError);
    expect(await lint('nothing/*.md', { cwd: dir, errorOnUnmatchedPattern: false })).toEqual([]);
    await expect(lint('posts', { cwd: dir, rules: { 'demo/wrod': 'error' } })).rejects.toThrow('unknown rule "demo/wrod" (did you mean "demo/word"?)');
    const bad = tmpProject({ '.unlinterrc.json': '{"rules": {"neutrallity": "off"}}', 'a.md': 'x\n' });
    await expect(lint('a.md', { cwd: bad })).rejects.toBeInstanceOf(ConfigError);
    await expect(lint([], { cwd: dir })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('lintText()', () => {
  it('lints text as if it were at a path: config, file kind and result path', async () => {
    const dir = demoProject({});
    const md = await lintText('Some forbidden text.\n', { cwd: dir, filePath: 'drafts/post.md' });
    expect(md.filePath).toBe(path.join(dir, 'drafts/post.md'));
    expect(md.messages).toEqual([expect.objectContaining({ ruleId: 'demo/word', line: 1, column: 6, endLine: 1, endColumn: 15, severity: 2 })]);
    const txt = await lintText(files['posts/b.txt'], { cwd: dir, filePath: 'b.txt' });
    expect(txt.messages.map((m) => m.line)).toEqual([3]);
    expect(txt.errorCount).toBe(1);
  });

  it('reuses a loaded config and refuses Word paths', async () => {
    const dir = demoProject({});
    const config = await loadConfig(path.join(dir, '.unlinterrc.json'));
    expect(config.filePath).toBe(path.join(dir, '.unlinterrc.json'));
    const r = await lintText('LOUD', { config, keepSource: true });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['demo/shout']);
    expect(r.source).toBe('LOUD');
    await expect(lintText('x', { cwd: dir, filePath: 'a.docx' })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('loadConfig() and formatResults()', () => {
  it('finds the config above a folder, or the defaults, and names the file and key of an error', async () => {
    const dir = demoProject({ 'posts/deep/x.md': 'x' });
    expect((await loadConfig(path.join(dir, 'posts/deep'))).filePath).toBe(path.join(dir, '.unlinterrc.json'));
    const empty = tmpProject({ 'a.md': 'x' });
    const defaults = await loadConfig(empty);
    expect(defaults.filePath === null || !defaults.filePath.startsWith(empty)).toBe(true);
    const bad = tmpProject({ '.unlinterrc.yaml': 'extends: [personal]\nsettings:\n  organisation: {}\n' });
    await expect(loadConfig(bad)).rejects.toThrow(/\.unlinterrc\.yaml: settings: unknown key "organisation" \(did you mean "organization"\?\)|\.unlinterrc\.yaml: settings\.organisation/);
    await expect(loadConfig(path.join(bad, 'missing'))).rejects.toBeInstanceOf(UsageError);
    await expect(loadConfig(path.join(bad, '.unlinterrc.yaml', 'below-a-file'))).rejects.toBeInstanceOf(UsageError);
  });

  it('formats results as the command line does', async () => {
    const dir = demoProject(files);
    const config = await loadConfig(dir);
    const results = await lint('posts/a.md', { cwd: dir, config, keepSource: true });
    const stylish = await formatResults(results, 'stylish', { cwd: dir, config });
    expect(stylish).toBe((await runIn(dir, ['--no-color', 'posts/a.md'])).stdout);
    const page = await formatResults(results, 'html', { cwd: dir, config });
    expect(page).toContain('<mark class="sev-error" title="Finding 1">forbidden</mark>');
    await expect(formatResults(results, 'nope')).rejects.toBeInstanceOf(UsageError);
  });
});

describe('the built package, imported by name', () => {
  // `npm test` builds first (pretest); this checks what a user of the package gets.
  const consumer = tmpProject({
    'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    'use.mjs': [
      "import { lint, lintText, loadConfig, docsUrl, PRESET_NAMES } from 'unlinter';",
      'const config = await loadConfig(process.argv[2]);',
      "const text = await lintText('A forbidden word.', { config });",
      "const files = await lint('.', { cwd: process.argv[2] });",
      "console.log(JSON.stringify({ ids: text.messages.map((m) => m.ruleId), files: files.length, docs: docsUrl('neutrality'), presets: PRESET_NAMES }));",
    ].join('\n'),
    'use.ts': [
      "import { lint, lintText, loadConfig, type LintResult, type LintMessage, type UnlinterConfig, type LintOptions } from 'unlinter';",
      'const options: LintOptions = { preset: "office", rules: { neutrality: "warn" } };',
      'export async function main(dir: string): Promise<number> {',
      '  const config: UnlinterConfig = await loadConfig(dir);',
      '  const results: LintResult[] = await lint(["drafts"], { ...options, cwd: dir });',
      '  const one: LintResult = await lintText("text", { config, filePath: "a.md" });',
      '  const first: LintMessage | undefined = one.messages[0];',
      '  return results.length + (first ? first.line : 0);',
      '}',
    ].join('\n'),
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
  });
  fs.mkdirSync(path.join(consumer, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(consumer, 'node_modules', 'unlinter'), 'dir');

  it('runs lint, lintText and loadConfig from plain ESM', { timeout: 60_000 }, () => {
    const dir = demoProject({ 'a.md': 'forbidden\n' }, { plugins: [DEMO_PLUGIN] });
    const out = execFileSync(process.execPath, ['use.mjs', dir], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ ids: ['demo/word'], files: 1, docs: expect.stringMatching(/docs\/rules\/neutrality\.md$/), presets: ['recommended', 'personal', 'office'] });
  });

  it('has types that a strict TypeScript project compiles against', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = (() => {
      try {
        return execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? e);
      }
    })();
    expect(r).toBe('');
  }, 120_000);

  it('ships the entry point, its types and the rule docs', { timeout: 60_000 }, () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = new Set((JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path));
    for (const f of ['dist/src/index.js', 'dist/src/index.d.ts', 'bin/unlinter.js', 'dist/bundle/run.js', 'dist/bundle/worker.js', 'docs/rules/README.md', 'docs/rules/privacy-and-safety.md']) expect(packed.has(f), f).toBe(true);
  });
});
