/**
 * A few tests through the real executable, as a shell, CI or a hook runs it (needs `npm run build`,
 * which `npm test` does first).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { ROOT } from './support/fixtures.js';
import { demoProject } from './support/project.js';
import { tmpProject } from './support/tmp.js';

const BIN = path.join(ROOT, 'bin/unlinter.js');
const exec = (args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...opts.env } });

describe('bin/unlinter.js', () => {
  // A short run from the binary compiles its patterns without V8's optimisation passes, a long one
  // compiles them on first use without the interpreter (src/util/v8-tuning.ts), and the Node API
  // keeps V8's defaults. The findings must not change.
  it('finds the same in a short run (plain patterns) as in a long one (compiled patterns) and in process', async () => {
    const samples = fs.readdirSync(path.join(ROOT, 'fixtures/samples')).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => `fixtures/samples/${f}`);
    const files = [...samples, ...fs.readdirSync(path.join(ROOT, 'fixtures/privacy-and-safety/invalid')).filter((f) => f.endsWith('.md')).slice(0, 30).map((f) => `fixtures/privacy-and-safety/invalid/${f}`)];
    const long = exec(['--format', 'json', '--concurrency', 'off', ...files]);
    const byFile = new Map((JSON.parse(long.stdout) as Array<{ filePath: string; messages: unknown[] }>).map((r) => [r.filePath, r.messages]));
    expect(files.length).toBeGreaterThan(16);
    for (const file of samples) {
      const short = exec(['--format', 'json', file]);
      const [result] = JSON.parse(short.stdout) as Array<{ filePath: string; messages: unknown[] }>;
      expect(result!.messages, file).toEqual(byFile.get(result!.filePath));
    }
    const inProcess = await run(['--format', 'json', '--concurrency', 'off', ...files], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdoutIsTTY: false });
    expect(JSON.parse(inProcess.stdout)).toEqual(JSON.parse(long.stdout));
  });

  // The binary loads the bundle (dist/bundle, `npm run bundle`); its lazily loaded pieces (rules,
  // reporters, the worker, image metadata) must all be there and find what the source finds.
  it('runs from the bundle, in workers too, and finds what the source finds', async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist/bundle/run.js'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'dist/bundle/worker.js'))).toBe(true);
    const args = ['--format', 'json', 'fixtures/samples', 'fixtures/privacy-and-safety'];
    const bundled = exec([...args, '--concurrency', '2']);
    const source = await run([...args, '--concurrency', 'off'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdoutIsTTY: false });
    expect(bundled.stderr).toBe('');
    const findings = JSON.parse(bundled.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(findings).toEqual(JSON.parse(source.stdout));
    // Image metadata (a lazily loaded chunk) was read: the fixtures hold a photo with a GPS position.
    expect(findings.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('privacy-and-safety/image-location');
    const sarif = exec(['--format', 'sarif', 'fixtures/samples/field-diary.md']);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
  }, 60_000);

  it('lints the bundled samples: findings in stylish format, exit 1', () => {
    const r = exec(['fixtures/samples']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/fixtures\/samples\/field-diary\.md\n/);
    expect(r.stdout).toMatch(/\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(r.stderr).toBe('');
  });

  it('prints ESLint-compatible JSON with --format json --preset personal', () => {
    const r = exec(['--format', 'json', '--preset', 'personal', 'fixtures/samples/clean-post.md']);
    const parsed = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(1);
    expect(Object.keys(parsed[0]!)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
    expect(r.status).toBe(Number(parsed[0]!.errorCount) > 0 ? 1 : 0);
  });

  it('reads standard input and sets the exit code from it', () => {
    const dir = demoProject({});
    const bad = exec(['--stdin', '--stdin-filename', 'post.md', '--format', 'compact'], { cwd: dir, input: 'A forbidden word.\n' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('post.md:1:3: error Forbidden word "forbidden": use another. [demo/word]');
    const good = exec(['-'], { cwd: dir, input: 'All fine.\n' });
    expect(good.status).toBe(0);
    expect(good.stdout).toBe('');
  });

  it('exits 2 on a bad config, with the message and no stack trace', () => {
    const dir = demoProject({ 'post.md': 'x', 'sub/.unlinterrc.json': '{"rules": {"nope": "warn"}}', 'sub/p.md': 'x' });
    const r = exec(['sub/p.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^unlinter: .*sub\/\.unlinterrc\.json: rules\.nope: unknown rule "nope"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // The binary keeps the bundle's compiled code between runs (src/util/load-bundle.ts). A run that
  // writes the cache and one that uses it must give the same, with a plugin and an ES-module config,
  // which the bundle imports through loadBundle's import function.
  it('gives the same output whether it writes the compiled-code cache or uses it', () => {
    const dir = demoProject({ 'post.md': 'A forbidden word.\n' });
    fs.writeFileSync(path.join(dir, '.unlinterrc.mjs'), `export default ${fs.readFileSync(path.join(dir, '.unlinterrc.json'), 'utf8')};\n`);
    fs.rmSync(path.join(dir, '.unlinterrc.json'));
    const cache = path.join(dir, 'compile-cache');
    const first = exec(['--format', 'json', 'post.md'], { cwd: dir, env: { NODE_COMPILE_CACHE: cache } });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(fs.readdirSync(cache).filter((f) => f.startsWith('run-'))).toHaveLength(1);
    const second = exec(['--format', 'json', 'post.md'], { cwd: dir, env: { NODE_COMPILE_CACHE: cache } });
    expect(second).toMatchObject({ status: 1, stderr: '', stdout: first.stdout });
    expect(JSON.parse(first.stdout)[0].messages).toHaveLength(1);
  });

  // Lint workers started by the binary load the worker bundle the same way (src/parallel/worker-boot.ts),
  // under the V8 flags the run tuned: a cache written under other flags would be rejected and
  // written again on every run.
  it('keeps the workers compiled code too, under the run’s flags, with the same output as without', () => {
    const posts: Record<string, string> = {};
    for (let i = 0; i < 12; i++) posts[`posts/${i}.md`] = i % 2 ? `Post ${i} has a forbidden word.\n` : `Post ${i} is fine.\n`;
    const dir = demoProject(posts);
    fs.writeFileSync(path.join(dir, '.unlinterrc.mjs'), `export default ${fs.readFileSync(path.join(dir, '.unlinterrc.json'), 'utf8')};\n`);
    fs.rmSync(path.join(dir, '.unlinterrc.json'));
    const cache = path.join(dir, 'compile-cache');
    const args = ['--concurrency', '2', '--format', 'json', 'posts'];
    const workerCache = (): fs.Stats[] => fs.readdirSync(cache).filter((f) => f.startsWith('worker-')).map((f) => fs.statSync(path.join(cache, f)));
    const on = { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '' };
    const first = exec(args, { cwd: dir, env: on });
    expect(first).toMatchObject({ status: 1, stderr: '' });
    expect(JSON.parse(first.stdout).flatMap((r: { messages: unknown[] }) => r.messages)).toHaveLength(6);
    const written = workerCache();
    expect(written).toHaveLength(1);
    const second = exec(args, { cwd: dir, env: on });
    expect(second).toMatchObject({ status: 1, stderr: '', stdout: first.stdout });
    // Used, not rejected and written again (a write replaces the file).
    expect(workerCache().map((s) => [s.ino, s.mtimeMs])).toEqual(written.map((s) => [s.ino, s.mtimeMs]));
    const off = exec(args, { cwd: dir, env: { NODE_COMPILE_CACHE: path.join(dir, 'unused'), NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(off).toMatchObject({ status: 1, stderr: '', stdout: first.stdout });
    expect(fs.existsSync(path.join(dir, 'unused'))).toBe(false);
  });

  // cosmiconfig is bundled; its loaders must still report a config's own error, not a bundling artefact.
  for (const [name, body, message] of [
    ['.unlinterrc.mjs', 'throw new Error("UNLINTER_ORG is not set");\nexport default {};\n', /cannot read config: UNLINTER_ORG is not set$/m],
    ['.unlinterrc.cjs', 'module.exports = {\n', /\.unlinterrc\.cjs: cannot read config: .*Unexpected end of input/],
  ] as const) {
    it(`exits 2 with the config's own error when ${name} throws or does not parse`, () => {
      const dir = tmpProject({ [name]: body, 'post.md': 'Hi.\n' });
      const r = exec(['post.md'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/__filename|__dirname/);
    });
  }

  it('prints help with exit 0 and usage errors with exit 2', () => {
    expect(exec(['--help']).status).toBe(0);
    const r = exec(['--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
