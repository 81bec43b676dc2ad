/**
 * `email-address`: personal e-mail addresses in prose, `mailto:` links and front matter: addresses
 * at free-mail and internet providers or on a vanity domain, and any address the text presents as
 * someone's own (`my personal e-mail`). Addresses on the organisation's domains (and subdomains),
 * configured official addresses, team mailboxes (`press@`, `info@`), placeholder domains and, by
 * default, government domains are official or harmless; a colleague's address at a partner
 * organisation is a work contact. Each address is reported once.
 */
import { maskEmail, matchProse, matchText, segmentAt, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import {
  BRACKETED_AT, EMAIL, EMAIL_OBFUSCATED, OBFUSCATED_DOT, FREE_MAIL_DOMAIN, INSTITUTIONAL_DOMAIN, LOCAL_PART_SEPARATORS, MAILTO_ADDRESS, NON_LOWER, PERSONAL_CONTACT, PLACEHOLDER_TLD, ROLE_MAILBOX, TRAILING_DOT,
} from './patterns.js';
import { has, isOfficialContext, lineContext, phrases } from './context.js';
import { PLACEHOLDER_DOMAINS } from './words.js';
import type { Options } from './options.js';

/**
 * `official`: the organisation's own; `role`: a team mailbox; `placeholder`: an example domain;
 * `private`: a free-mail, internet-provider or vanity domain (`bill@billsmith.com`), always a
 * person's own; `work`: someone's address at another organisation, personal only when the text
 * says so (`my personal address`).
 */
export type EmailKind = 'official' | 'role' | 'placeholder' | 'private' | 'work';

/** Whether `domain` is `base` or one of its subdomains. */
function onDomain(domain: string, base: string): boolean {
  const b = base.toLowerCase().replace(/^@|^\*\./, '');
  return domain === b || domain.endsWith(`.${b}`);
}

/** What kind of address this is, before looking at the sentence around it. */
export function classifyEmail(address: string, ctx: Pick<CheckContext<Options>, 'settings' | 'options'>): EmailKind {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase().replace(TRAILING_DOT, '');
  const org = ctx.settings.organization;
  if (org.officialEmails.some((e) => e.toLowerCase() === address.toLowerCase())) return 'official';
  if (PLACEHOLDER_DOMAINS.some((d) => onDomain(domain, d)) || PLACEHOLDER_TLD.test(domain)) return 'placeholder';
  if (org.domains.some((d) => onDomain(domain, d))) return 'official';
  if (ctx.options.governmentDomainsAreOfficial && INSTITUTIONAL_DOMAIN.test(domain)) return 'official';
  if (FREE_MAIL_DOMAIN.test(domain) || isVanityDomain(local, domain)) return 'private';
  if (isRoleMailbox(local, ctx.options.roleMailboxes)) return 'role';
  return 'work';
}

/** A domain named after the person (`bill@billbrantley.com`, `dcposch@dcpos.ch`). */
function isVanityDomain(local: string, domain: string): boolean {
  const label = domain.split('.').slice(-2, -1)[0] ?? '';
  const l = local.replace(NON_LOWER, '');
  if (l.length < 3 || label.length < 3) return false;
  return label.includes(l) || l.includes(label);
}

/** A local part made of role words (`press`, `info`, `community-team`, `inquiries18f`). */
function isRoleMailbox(local: string, extra: readonly string[]): boolean {
  const tokens = local.split(LOCAL_PART_SEPARATORS).filter(Boolean);
  if (tokens.length === 0) return false;
  return tokens.some((t) => ROLE_MAILBOX.test(t) || extra.some((x) => x.toLowerCase() === t)) || extra.some((x) => x.toLowerCase() === local);
}

export function emailAddress(doc: Document, ctx: CheckContext<Options>): void {
  const extra = ctx.options.officialContactPhrases.length ? [phrases(ctx.options.officialContactPhrases)] : [];
  const seen = new Set<string>();
  const consider = (address: string, start: number, end: number, context: string): void => {
    const key = address.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const kind = classifyEmail(address, ctx);
    if (kind === 'official' || kind === 'placeholder') return;
    if (kind === 'private') {
      // A free-mail team mailbox that the text presents as an office contact (`write to the hotline at kakuma.help@gmail.com`).
      if (isRoleMailbox(key.slice(0, key.lastIndexOf('@')), ctx.options.roleMailboxes) && isOfficialContext(context, extra)) return;
    } else if (!has(PERSONAL_CONTACT, context)) return;
    ctx.report({ messageId: 'personalEmail', data: { email: maskEmail(address) }, start, end });
  };

  for (const seg of doc.prose) {
    if (seg.text.includes('@')) {
      for (const { match, start, end } of matchProse([seg], EMAIL)) consider(match[0], start, end, lineContext(seg, start, end));
    }
    if (!BRACKETED_AT.test(seg.text)) continue;
    for (const { match, start, end } of matchProse([seg], EMAIL_OBFUSCATED)) {
      const address = `${match[1]}@${match[2]}${match[3]!.replace(OBFUSCATED_DOT, '.')}`;
      consider(address, start, end, lineContext(seg, start, end));
    }
  }
  for (const link of doc.links) {
    if (link.urlStart === null) continue;
    const m = MAILTO_ADDRESS.exec(link.url);
    if (!m) continue;
    // `mailto:%20name@x.org` or `mailto:Team%20<team@x.org>`: the address inside, decoded.
    let decoded = m[1]!;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // keep it as written
    }
    EMAIL.lastIndex = 0;
    const inner = EMAIL.exec(decoded);
    EMAIL.lastIndex = 0;
    if (!inner) continue;
    const start = link.urlStart + 'mailto:'.length;
    const seg = segmentAt(doc, link.start);
    const context = `${link.text} ${seg ? lineContext(seg, Math.max(seg.start, link.start), Math.min(seg.end, link.end)) : ''}`;
    consider(inner[0], start, Math.min(link.urlEnd ?? start + m[1]!.length, start + m[1]!.length), context);
  }
  const fm = doc.frontMatter;
  if (fm && !fm.error) {
    for (const key of fm.keys) {
      if (key.valueEnd <= key.valueStart || key.valueEnd - key.valueStart > 2000) continue;
      const value = doc.text.slice(key.valueStart, key.valueEnd);
      if (!value.includes('@')) continue;
      for (const { match, start, end } of matchText(value, EMAIL, key.valueStart)) consider(match[0], start, end, `${key.path} ${value}`);
    }
  }
}
