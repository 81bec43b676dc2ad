/**
 * `credentials-in-url`: addresses with a user name and password in them
 * (`https://admin:S3cret@files.example.org`), in links, prose and code alike.
 */
import { matchText, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import type { ItSecurityOptions } from './options.js';
import { SCHEME_BEFORE, URL_CREDENTIALS } from './patterns.js';
import { isPlaceholderUrlPassword, maskSecret } from './secret-values.js';

export function credentialsInUrl(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  const text = doc.text;
  if (!text.includes('@') || !text.includes('://')) return;
  for (const { match, start, end } of matchText(text, URL_CREDENTIALS)) {
    const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(0, start - 21), start))?.[0];
    if (!scheme) continue;
    const user = match[1]!;
    const password = match[2]!;
    if (isPlaceholderUrlPassword(password) || ctx.options.allowedSecrets.includes(password)) continue;
    ctx.report({
      messageId: 'credentials',
      data: { shown: `${scheme}://${maskSecret(user)}:${maskSecret(password)}@${match[3]!}` },
      start: start - scheme.length,
      end,
    });
  }
}
