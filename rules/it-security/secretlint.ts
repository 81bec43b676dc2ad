/**
 * The provider patterns of secretlint's recommended preset (AWS, GCP service accounts, GitHub,
 * Slack, npm, SendGrid, Shopify, OpenAI, Linear, 1Password, private keys), run on the whole
 * draft. Loaded on first use, so a run with the `secret` check off never pays for it.
 * Version 10 is the last line that supports Node 20.
 */

/** A credential secretlint found: offsets into the scanned text and what it is. */
export interface ScannerHit {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/** What each secretlint rule or message finds, in our words. */
const KINDS: Record<string, string> = {
  AWSAccessKeyID: 'AWS access key ID',
  AWSSecretAccessKey: 'AWS secret access key',
  '@secretlint/secretlint-rule-gcp': 'Google Cloud service account key',
  '@secretlint/secretlint-rule-privatekey': 'Private key',
  '@secretlint/secretlint-rule-npm': 'npm access token',
  '@secretlint/secretlint-rule-slack': 'Slack token',
  IncomingWebhook: 'Slack webhook address',
  '@secretlint/secretlint-rule-sendgrid': 'SendGrid API key',
  '@secretlint/secretlint-rule-shopify': 'Shopify access token',
  '@secretlint/secretlint-rule-github': 'GitHub token',
  '@secretlint/secretlint-rule-openai': 'OpenAI API key',
  '@secretlint/secretlint-rule-linear': 'Linear API key',
  '@secretlint/secretlint-rule-1password': '1Password service account token',
};

/** Messages we leave to other checks or do not count as secrets. */
const SKIPPED_RULES = new Set(['@secretlint/secretlint-rule-basicauth', '@secretlint/secretlint-rule-filter-comments']);
const SKIPPED_MESSAGES = new Set(['AWSAccountID']);

type LintSource = typeof import('@secretlint/core').lintSource;
type SecretLintCoreConfig = Parameters<LintSource>[0]['options']['config'];
let loaded: Promise<{ lintSource: LintSource; config: SecretLintCoreConfig }> | null = null;

function load(): Promise<{ lintSource: LintSource; config: SecretLintCoreConfig }> {
  loaded ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend')]).then(([core, preset]) => ({
    lintSource: core.lintSource,
    config: {
      rules: [
        {
          id: preset.creator.meta.id,
          rule: preset.creator,
          // Access key IDs alone are worth reporting in a public post.
          rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
        },
      ],
    } as SecretLintCoreConfig,
  }));
  return loaded;
}

/** Scan a text with secretlint's recommended rules. */
export async function scanWithSecretlint(text: string, filePath: string): Promise<ScannerHit[]> {
  const { lintSource, config } = await load();
  const result = await lintSource({
    source: { filePath, content: text, contentType: 'text' },
    options: { config, noPhysicFilePath: true, maskSecrets: false },
  });
  const hits: ScannerHit[] = [];
  for (const m of result.messages) {
    if (SKIPPED_RULES.has(m.ruleId) || SKIPPED_MESSAGES.has(m.messageId)) continue;
    const [start, end] = m.range;
    hits.push({ start, end, kind: KINDS[m.messageId] ?? KINDS[m.ruleId] ?? 'Credential', value: text.slice(start, end) });
  }
  return hits;
}
