/**
 * Unit tests for the tricky helpers of `it-security`, its options, and adversarial inputs
 * (100 KB and 200 KB) through every pattern and through the whole module.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { patterns } from '../../rules/it-security/patterns.js';
import { classifyDownload } from '../../rules/it-security/downloads.js';
import { brandsFor, judgeHost, oneEditApart, skeleton } from '../../rules/it-security/lookalike-domain.js';
import { shownHost } from '../../rules/it-security/mismatched-link.js';
import { isLocalHost, postDate } from '../../rules/it-security/insecure-link.js';
import { isInternalAddress } from '../../rules/it-security/internal-host.js';
import { secretName } from '../../rules/it-security/secret.js';
import { entropy, isPlaceholderKey, isPlaceholderPassword, maskSecret } from '../../rules/it-security/secret-values.js';
import { adviceBefore, isCautionary } from '../../rules/it-security/install-advice.js';
import { parsedLinks } from '../../rules/it-security/url.js';
import { createDocument } from '../../src/document/parse.js';
import { lintSource } from '../../src/lint-source.js';
import { buildConfig } from '../../src/config/load.js';

const ID = 'it-security';

async function onlyThisModule(extra: Record<string, unknown> = {}) {
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) if (m.meta.id !== ID) rules[m.meta.id] = 'off';
  Object.assign(rules, (extra.rules as Record<string, unknown>) ?? {});
  return buildConfig(path.join(os.tmpdir(), '.unlinterrc.json'), { ...extra, rules, reportUnusedDirectives: 'off' });
}

async function findings(text: string, extra: Record<string, unknown> = {}, file = 'draft.md') {
  const result = await lintSource(text, path.join(os.tmpdir(), file), await onlyThisModule(extra));
  return result.messages.filter((m) => m.ruleId.startsWith(`${ID}/`));
}

const ids = (list: Awaited<ReturnType<typeof findings>>) => list.map((m) => m.ruleId.slice(ID.length + 1));

function download(url: string) {
  const doc = createDocument(`[file](${url})`, 'x.md');
  return classifyDownload(parsedLinks(doc)[0]!);
}

describe('downloads', () => {
  it('judges the path, not the query string', () => {
    expect(download('https://x.org/setup.exe?ref=mail')).toMatchObject({ class: 'executable', ext: 'exe' });
    expect(download('https://x.org/download?file=setup.exe')).toBeNull();
    expect(download('https://x.org/Setup%2Eexe')).toMatchObject({ class: 'executable' });
  });
  it('reads double extensions of archives and data inside them', () => {
    expect(download('https://x.org/src/tool-1.0.tar.gz')).toMatchObject({ class: 'container', ext: 'tar.gz', holdsData: false });
    expect(download('https://x.org/survey.csv.gz')).toMatchObject({ class: 'container', holdsData: true });
    expect(download('https://x.org/admin-boundaries.zip')).toMatchObject({ holdsData: true });
  });
  it('leaves source views and server programs alone', () => {
    expect(download('https://github.com/org/repo/blob/main/install.sh')).toBeNull();
    expect(download('https://raw.githubusercontent.com/org/repo/main/install.sh')).toMatchObject({ class: 'executable' });
    expect(download('https://lists.x.gov/cgi-bin/wa.exe?A0=LIST')).toBeNull();
    expect(download('https://x.org/report.pdf')).toBeNull();
  });
});

describe('look-alike domains', () => {
  const brands = brandsFor(['un.org']);
  it('finds one edit apart, swaps included', () => {
    expect(oneEditApart('linkedln', 'linkedin')).toBe(true);
    expect(oneEditApart('paypla', 'paypal')).toBe(true);
    expect(oneEditApart('paypall', 'paypal')).toBe(true);
    expect(oneEditApart('paypal', 'paypal')).toBe(false);
    expect(oneEditApart('pypl', 'paypal')).toBe(false);
  });
  it('maps look-alike characters to a skeleton', () => {
    expect(skeleton('paypa1')).toBe(skeleton('paypal'));
    expect(skeleton('раураl')).toBe(skeleton('paypal'));
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
  });
  it('judges hosts', () => {
    expect(judgeHost('www.paypa1.com', brands)?.messageId).toBe('lookalike');
    expect(judgeHost(new URL('https://пример.com').hostname, brands)).toBeNull();
    expect(judgeHost(new URL('https://pаypal.com').hostname, brands)?.messageId).toBe('mixedScript');
    expect(judgeHost('un.org.verify-account.net', brands)?.messageId).toBe('embedded');
    expect(judgeHost('www.un.org.ua', brands)).toBeNull();
    expect(judgeHost('commons.wikimedia.org', brands)).toBeNull();
    expect(judgeHost('paypal.com', brands)).toBeNull();
    // Short names only by look-alike characters, never by an edit: `uno.org` is another site.
    expect(judgeHost('uno.org', brands)).toBeNull();
  });
});

describe('addresses shown in link text', () => {
  it('reads addresses, not file names or identifiers', () => {
    expect(shownHost('www.un.org/en')).toBe('www.un.org');
    expect(shownHost('https://unicef.org')).toBe('unicef.org');
    expect(shownHost('who.int')).toBe('who.int');
    expect(shownHost('README.md')).toBeNull();
    expect(shownHost('build.target')).toBeNull();
    expect(shownHost('Node.js')).toBeNull();
    expect(shownHost('the report')).toBeNull();
  });
});

describe('hosts and dates', () => {
  it('tells local hosts from public ones', () => {
    expect(isLocalHost('localhost')).toBe(true);
    expect(isLocalHost('127.0.0.1')).toBe(true);
    expect(isLocalHost('[::1]')).toBe(true);
    expect(isLocalHost('printer.local')).toBe(true);
    expect(isLocalHost('www.example.org')).toBe(true);
    expect(isLocalHost('www.un.org')).toBe(false);
    expect(isLocalHost('8.8.8.8')).toBe(false);
  });
  it('knows private ranges but not loopback', () => {
    expect(isInternalAddress('10.1.2.3')).toBe(true);
    expect(isInternalAddress('172.20.0.5')).toBe(true);
    expect(isInternalAddress('fd12:3456::1')).toBe(true);
    expect(isInternalAddress('127.0.0.1')).toBe(false);
    expect(isInternalAddress('172.32.0.5')).toBe(false);
    expect(isInternalAddress('999.1.1.1')).toBe(false);
  });
  it('reads the post date from front matter, then the file name', () => {
    expect(postDate(createDocument('---\ndate: 2014-05-02 10:00:00\n---\nx', 'a.md'))).toBe('2014-05-02');
    expect(postDate(createDocument('x', '/blog/2016-01-15-launch.md'))).toBe('2016-01-15');
    expect(postDate(createDocument('x', 'launch.md'))).toBeNull();
  });
});

describe('secret values', () => {
  it('names secrets by their last word', () => {
    expect(secretName('DB_PASSWORD')).toBe('password');
    expect(secretName('apiKey')).toBe('token');
    expect(secretName('AWS_SECRET_ACCESS_KEY')).toBe('token');
    expect(secretName('client-secret')).toBe('token');
    expect(secretName('publicKey')).toBeNull();
    expect(secretName('password_reset_url')).toBeNull();
    expect(secretName('bypass')).toBeNull();
    expect(secretName('max_tokens')).toBeNull();
  });
  it('sets placeholders, references and words apart from passwords', () => {
    for (const v of ['${DB_PASSWORD}', '<your-password>', 'changeme', 'process.env.DB_PASS', 'getpass', '********', 'Password123', 'secret', '123456789', 'xxxxxxxx'])
      expect(isPlaceholderPassword(v), v).toBe(true);
    for (const v of ['Nile$Office2024', 'Contest!2024', 'hX9!vQ2#tLm7', 'Kampala2024']) expect(isPlaceholderPassword(v), v).toBe(false);
  });
  it('wants keys to be long and varied', () => {
    expect(isPlaceholderKey('abc123def456')).toBe(true);
    expect(isPlaceholderKey('your-api-key-goes-here')).toBe(true);
    expect(isPlaceholderKey('92c14b7ecebb42b383215f1c8823e7f5')).toBe(false);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });
  it('masks to at most four characters and a third of the value', () => {
    expect(maskSecret('ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH3jK5')).toBe('ghp_***');
    expect(maskSecret('Kampala1')).toBe('Ka***');
    expect(maskSecret('abc')).toBe('a***');
  });
});

describe('unofficial software sentences', () => {
  it('finds the advice before a source', () => {
    const s = 'Install this extension that someone shared on LinkedIn.';
    expect(adviceBefore(s, s.indexOf('LinkedIn'))).toBe(0);
    const t = 'Download the app and follow us on Instagram.';
    expect(adviceBefore(t, t.indexOf('Instagram'))).toBe(-1);
  });
  it('scopes negations to the clause of the advice', () => {
    const warn = 'Please do not install apps from links shared on WhatsApp.';
    expect(isCautionary(warn, warn.indexOf('install'), warn.indexOf('WhatsApp') + 8)).toBe(true);
    const advise = 'The app is not in the stores, so download the app from this link.';
    expect(isCautionary(advise, advise.indexOf('download'), advise.length - 1)).toBe(false);
    const scam = 'Attackers ask people to download the app from this link.';
    expect(isCautionary(scam, scam.indexOf('download'), scam.length - 1)).toBe(true);
    const q = 'Should you disable your antivirus?';
    expect(isCautionary(q, 7, 33)).toBe(true);
  });
});

describe('checks end to end', () => {
  it('reports links at the URL', async () => {
    const text = 'Get the [installer](https://x-tools.net/setup.msi) now.';
    const [f] = await findings(text);
    expect(f?.ruleId).toBe('it-security/executable-link');
    expect(text.slice(f!.column - 1, f!.endColumn - 1)).toBe('https://x-tools.net/setup.msi');
  });
  it('accepts installers from allowed download hosts', async () => {
    const text = 'Get the [installer](https://software.myagency.org/setup.msi) now.';
    expect(ids(await findings(text))).toEqual(['executable-link']);
    expect(await findings(text, { rules: { [ID]: ['error', { allowedDownloadHosts: ['myagency.org'] }] } })).toEqual([]);
  });
  it('checks http links in old posts when insecureLinksSince is empty', async () => {
    const text = '---\ndate: 2014-01-01\n---\nSee [the site](http://www.partner-site.net/).\n';
    expect(await findings(text)).toEqual([]);
    expect(ids(await findings(text, { rules: { [ID]: ['error', { insecureLinksSince: '' }] } }))).toEqual(['insecure-link']);
  });
  it('reports configured intranet hosts anywhere, code included, once per place', async () => {
    const text = 'Files are on [the portal](https://intranet.acme-agency.org/files).\n\n```\nscp x intranet.acme-agency.org:/srv\n```\n';
    const list = await findings(text, { settings: { intranetHosts: ['intranet.acme-agency.org'] } });
    expect(ids(list)).toEqual(['internal-host', 'internal-host']);
  });
  it('never quotes a secret unmasked', async () => {
    const text = 'DB_PASSWORD=hX9!vQ2#tLm7 and ftp://photo:Sunrise2024!@files.example-media.net/';
    const list = await findings(text);
    expect(list.length).toBe(2);
    for (const m of list) {
      expect(m.message).not.toContain('hX9!vQ2#tLm7');
      expect(m.message).not.toContain('Sunrise2024!');
    }
  });
  it('allows listed example secrets', async () => {
    const text = 'token: 92c14b7ecebb42b383215f1c8823e7f5';
    expect(ids(await findings(text))).toEqual(['secret']);
    expect(await findings(text, { rules: { [ID]: ['error', { allowedSecrets: ['92c14b7ecebb42b383215f1c8823e7f5'] }] } })).toEqual([]);
  });
});

/** Units repeated into inputs built from the module's own patterns: long runs of near-matches. */
const UNITS = [
  'a', '1', '1.', '10.0.0.', 'a.', 'a-', 'a.local.', '\\\\a', 'http://', 'https://a:', '://a:b', 'x:y@',
  'password = ', 'password is ', 'key=', 'a_b_c_', 'eyJ', 'eyJaaaaaaaaaaaa.', 'xoxb-1-', 'xoxb-aaaa', 'AKIA', 'ghp_',
  'SG.aaaa', 'ops_ey', '-----BEGIN PRIVATE KEY-----\n', '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: x\n',
  'install the app ', 'shared on ', 'disable your ', 'not ', '<blockquote class="', '[www.a.org](https://b.net/) ',
  '[a](https://bit.ly/x) ', 'fc00:', 'f',
];

/**
 * Units whose markdown shape matters to the checks (links, prose, HTML); they also go through the
 * markdown parser raw. The others go through it inside a fenced code block (the checks that read
 * code and the raw text still see them) and as plain text: remark itself takes seconds on some
 * raw runs (`\\a`, `a_b_c_`), which measures the parser, not this module.
 */
const MARKDOWN_UNITS = new Set(['10.0.0.', 'a.', 'a.local.', 'password is ', 'install the app ', 'shared on ', 'disable your ', 'not ', '<blockquote class="', '[www.a.org](https://b.net/) ', '[a](https://bit.ly/x) ', 'fc00:']);

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('adversarial input', () => {
  for (const size of [100_000, 200_000]) {
    it(`every pattern returns on ${size / 1000} KB`, () => {
      for (const unit of UNITS) {
        const text = fill(unit, size);
        for (const [name, re] of Object.entries(patterns)) {
          const flags = re.flags.replace('y', '');
          const r = new RegExp(re.source, flags.includes('g') ? flags : flags + 'g');
          let n = 0;
          for (let m = r.exec(text); m && n <= size; m = r.exec(text)) {
            n++;
            if (m[0].length === 0) r.lastIndex++;
          }
          expect(n, name).toBeLessThanOrEqual(size);
        }
      }
    }, 300_000);
    for (const unit of UNITS) {
      it(`the whole module returns on ${size / 1000} KB of ${JSON.stringify(unit)}`, async () => {
        const config = await onlyThisModule({ settings: { intranetHosts: ['intranet.example-agency.org'] } });
        const text = fill(unit, size);
        const drafts: Array<[string, string]> = [
          ['draft.txt', text],
          ['draft.md', '```\n' + text + '\n```\n'],
        ];
        if (MARKDOWN_UNITS.has(unit)) drafts.push(['draft.md', text]);
        for (const [file, source] of drafts) {
          const result = await lintSource(source, path.join(os.tmpdir(), file), config);
          expect(Array.isArray(result.messages)).toBe(true);
        }
      }, 300_000);
    }
  }
});

describe('blind-review cases: how people write it', () => {
  it('finds the key of a Wi-Fi network named earlier in the paragraph, not advice about it', async () => {
    expect(ids(await findings('The wifi at the guesthouse is "UNGH-Staff" and the key is Mango#2025wifi.'))).toEqual(['secret']);
    expect(ids(await findings('If the wifi drops, the key is to restart the router. The code is on the router label.'))).toEqual([]);
    expect(ids(await findings('The key is Mango#2025x for the storeroom padlock.'))).toEqual([]);
  });

  it('finds a keygen passed around, not a warning against one', async () => {
    expect(ids(await findings('A friend sent me a keygen on Telegram that works fine, DM me.'))).toEqual(['unofficial-software']);
    expect(ids(await findings('Never use a keygen for the PDF editor: they often carry malware.'))).toEqual([]);
  });
});
