/**
 * `unlinter --init`: the starter config from flags, from questions on a terminal (a fake one: an
 * input stream answered as each question appears), or from defaults; never over an existing config.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildConfig } from '../src/config/load.js';
import { UN_SYSTEM_DOMAINS, UN_SYSTEM_NAMES } from '../src/config/settings.js';
import { normalizeDomain } from '../src/init/starter-config.js';
import { runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';

type Written = { extends: string[]; settings: { organization: { names: string[]; domains: string[] } }; rules: Record<string, unknown> };

async function readConfig(dir: string): Promise<Written> {
  const file = path.join(dir, '.unlinterrc.yaml');
  const data = parseYaml(fs.readFileSync(file, 'utf8')) as Written;
  await buildConfig(file, data); // throws on anything a config may not hold
  return data;
}

/** A fake terminal: answers each question (a prompt ending in ": " or "] ") with the next answer. */
function fakeTerminal(answers: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  let asked = 0;
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    if (/(?::|\]) $/.test(shown)) {
      asked++;
      const next = answers.shift();
      if (next === undefined) input.end();
      else setImmediate(() => input.write(`${next}\n`));
    }
  });
  return { prompt: { input, output, isTTY: true }, shown: () => shown, asked: () => asked };
}

describe('unlinter --init with flags', () => {
  it('writes an office config with the organisation name and domains first, valid as a config', async () => {
    const dir = tmpProject({});
    const r = await runIn(dir, ['--init', '--preset', 'office', '--org-name', 'UNDP Kenya', '--org-domain', 'undp.org', '--org-domain', '@UN.org']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Wrote .unlinterrc.yaml (office preset for UNDP Kenya)');
    const cfg = await readConfig(dir);
    expect(cfg.extends).toEqual(['office']);
    expect(cfg.settings.organization.names.slice(0, 2)).toEqual(['UNDP Kenya', 'United Nations']);
    expect(cfg.settings.organization.domains.slice(0, 2)).toEqual(['undp.org', 'un.org']);
    expect(new Set(cfg.settings.organization.domains).size).toBe(cfg.settings.organization.domains.length);
    const text = fs.readFileSync(path.join(dir, '.unlinterrc.yaml'), 'utf8');
    expect(text).toMatch(/^# unlinter configuration \(office preset\)/);
    expect(text).toContain('#   personal: ');
    const printed = await runIn(dir, ['--print-config', 'post.md']);
    expect(JSON.parse(printed.stdout)).toMatchObject({ preset: 'office' });
  });

  it('uses the personal preset and the built-in lists when no flag and no terminal', async () => {
    const dir = tmpProject({});
    const r = await runIn(dir, ['--init']);
    expect(r.exitCode).toBe(0);
    const cfg = await readConfig(dir);
    expect(cfg.extends).toEqual(['personal']);
    expect(cfg.settings.organization.names).toEqual(UN_SYSTEM_NAMES);
    expect(cfg.settings.organization.domains).toEqual(UN_SYSTEM_DOMAINS);
  });

  it('never overwrites a config, whatever its format, and exits with 2', async () => {
    for (const [name, content] of [
      ['.unlinterrc.yaml', 'extends: [office]\n'],
      ['.unlinterrc.json', '{"extends": ["office"]}\n'],
      ['package.json', '{"name": "blog", "unlinter": {"extends": ["office"]}}\n'],
    ] as const) {
      const dir = tmpProject({ [name]: content });
      const r = await runIn(dir, ['--init', '--preset', 'personal']);
      expect(r.exitCode, name).toBe(2);
      expect(r.stderr).toContain(`a config already exists: ${path.join(dir, name)}`);
      expect(r.stderr).toContain('never overwrites');
      expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(content);
      expect(fs.readdirSync(dir).sort()).toEqual([name]);
    }
  });

  it('writes next to a package.json that holds no unlinter config', async () => {
    const dir = tmpProject({ 'package.json': '{"name": "blog"}\n' });
    expect((await runIn(dir, ['--init'])).exitCode).toBe(0);
    expect(fs.existsSync(path.join(dir, '.unlinterrc.yaml'))).toBe(true);
  });

  it('rejects a bad domain, an empty name, and the org flags without --init', async () => {
    const dir = tmpProject({});
    const bad = await runIn(dir, ['--init', '--org-domain', 'not a domain']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--org-domain takes a domain such as undp.org, not "not a domain"');
    expect((await runIn(dir, ['--init', '--org-name', '  '])).exitCode).toBe(2);
    const alone = await runIn(dir, ['--org-name', 'UNDP', 'post.md']);
    expect(alone.exitCode).toBe(2);
    expect(alone.stderr).toContain('--org-name and --org-domain go with --init');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('cleans domains as people type them', () => {
    expect(normalizeDomain(' https://www.UNDP.org/en/ ')).toBe('undp.org');
    expect(normalizeDomain('amina@unicef.org')).toBe('unicef.org');
    expect(normalizeDomain('un')).toBeNull();
    expect(normalizeDomain('a..b')).toBeNull();
  });
});

describe('unlinter --init on a terminal', () => {
  it('asks for the preset, the name and the domains', async () => {
    const dir = tmpProject({});
    const t = fakeTerminal(['office', 'UNHCR Uganda', 'unhcr.org, un.org']);
    const r = await runIn(dir, ['--init'], { prompt: t.prompt });
    expect(r.exitCode).toBe(0);
    expect(t.asked()).toBe(3);
    expect(t.shown()).toContain('personal blog or profile, or for an office blog?');
    const cfg = await readConfig(dir);
    expect(cfg.extends).toEqual(['office']);
    expect(cfg.settings.organization.names[0]).toBe('UNHCR Uganda');
    expect(cfg.settings.organization.domains.slice(0, 2)).toEqual(['unhcr.org', 'un.org']);
  });

  it('asks again after an answer it cannot use, and takes defaults on Enter', async () => {
    const dir = tmpProject({});
    const t = fakeTerminal(['a blog', '', '', 'undp org', 'undp.org']);
    const r = await runIn(dir, ['--init'], { prompt: t.prompt });
    expect(r.exitCode).toBe(0);
    expect(t.shown()).toContain('Please answer personal or office.');
    expect(t.shown()).toContain('Not a domain: undp, org.');
    const cfg = await readConfig(dir);
    expect(cfg.extends).toEqual(['personal']);
    expect(cfg.settings.organization.names[0]).toBe('United Nations');
    expect(cfg.settings.organization.domains[0]).toBe('undp.org');
  });

  it('asks only what the flags left open', async () => {
    const dir = tmpProject({});
    const t = fakeTerminal(['undp.org']);
    const r = await runIn(dir, ['--init', '--preset', 'office', '--org-name', 'UNDP'], { prompt: t.prompt });
    expect(r.exitCode).toBe(0);
    expect(t.asked()).toBe(1);
    expect(t.shown()).toMatch(/^E-mail domains/);
  });

  it('takes the defaults for the rest when the input ends', async () => {
    const dir = tmpProject({});
    const t = fakeTerminal(['office']);
    const r = await runIn(dir, ['--init'], { prompt: t.prompt });
    expect(r.exitCode).toBe(0);
    const cfg = await readConfig(dir);
    expect(cfg.extends).toEqual(['office']);
    expect(cfg.settings.organization.domains).toEqual(UN_SYSTEM_DOMAINS);
  });

  it('does not ask when the streams are not a terminal', async () => {
    const dir = tmpProject({});
    const t = fakeTerminal(['office']);
    const r = await runIn(dir, ['--init'], { prompt: { ...t.prompt, isTTY: false } });
    expect(r.exitCode).toBe(0);
    expect(t.asked()).toBe(0);
    expect((await readConfig(dir)).extends).toEqual(['personal']);
  });
});
