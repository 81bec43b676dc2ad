/**
 * `internal-host`: private IP addresses, host names under private-network suffixes (`.local`,
 * `.internal`, `.corp`, `.lan`, ...), network share paths and the configured intranet hosts, in
 * prose and link targets. They map the office network for an attacker and mean nothing to
 * readers outside it. Code blocks are left alone (examples use `localhost` and private ranges),
 * except for the configured intranet hosts, which are never examples.
 */
import ipaddr from 'ipaddr.js';
import { matchProse, matchText, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import domains from './data/domains.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import {
  ADDRESS_CONTEXT,
  DIGIT_DOT_DIGIT,
  HOST_BRACKETS,
  IP_LIKE_HOST,
  INTERNAL_HOST,
  INTERNAL_HOST_HINT,
  INTRANET_IN_PROSE,
  INTRANET_LABEL,
  IPV4,
  IPV6_HINT,
  IPV6_INTERNAL,
  UNC_PATH,
  VERSION_BEFORE,
  intranetHostRegExp,
} from './patterns.js';
import { SpanSet } from './spans.js';
import { hostIn, parsedLinks } from './url.js';

const GENERIC_LABELS = new Set(domains.genericLabels);

/** Ranges of addresses that exist only inside a network. Loopback is left out: it maps nothing. */
const INTERNAL_RANGES = new Set(['private', 'uniqueLocal', 'linkLocal', 'carrierGradeNat']);
const INTERNAL_SUFFIXES = ['local', 'internal', 'corp', 'lan', 'intranet', 'localdomain', 'home.arpa'];

/** Whether an address (v4 or v6) is in a private range. */
export function isInternalAddress(value: string): boolean {
  const v = value.replace(HOST_BRACKETS, '');
  if (!ipaddr.isValid(v)) return false;
  return INTERNAL_RANGES.has(ipaddr.process(v).range());
}

const intranetCache = new Map<string, RegExp>();
function intranetPattern(hosts: readonly string[]): RegExp | null {
  if (hosts.length === 0) return null;
  const key = hosts.join('\n');
  let re = intranetCache.get(key);
  if (!re) {
    if (intranetCache.size > 50) intranetCache.clear();
    re = intranetHostRegExp(hosts);
    intranetCache.set(key, re);
  }
  return re;
}

export function internalHost(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  const ignored = new Set(ctx.options.ignoredAddresses);
  const configured = ctx.settings.intranetHosts;
  const reported = new SpanSet();
  const report = (messageId: string, value: string, start: number, end: number): void => {
    if (reported.add(start, end)) ctx.report({ messageId, data: { value }, start, end });
  };

  // Link targets.
  for (const p of parsedLinks(doc)) {
    if (!p.absolute) continue;
    const scheme = p.url.protocol;
    if ((scheme === 'file:' || scheme === 'smb:') && p.host) {
      report('internalLink', p.host, p.start, p.end);
      continue;
    }
    const host = p.host.replace(HOST_BRACKETS, '');
    if (!host) continue;
    const internal =
      (IP_LIKE_HOST.test(host) && isInternalAddress(host) && !ignored.has(host)) ||
      INTERNAL_SUFFIXES.some((s) => host.endsWith('.' + s)) ||
      INTRANET_LABEL.test(host) ||
      hostIn(host, domains.internalServices) ||
      hostIn(host, configured);
    if (internal) report('internalLink', host, p.start, p.end);
  }

  // Prose.
  for (const seg of doc.prose) {
    const t = seg.text;
    if (DIGIT_DOT_DIGIT.test(t)) {
      for (const { match, start, end } of matchText(t, IPV4, seg.start)) {
        const ip = match[1]!;
        if (ignored.has(ip) || !isInternalAddress(ip)) continue;
        const at = start - seg.start;
        if (VERSION_BEFORE.test(t.slice(Math.max(0, at - 12), at))) continue;
        // 192.168.x.x and 172.16-31.x.x are never version numbers; other ranges need a word that
        // shows an address is meant (`10.2.154.4` is a V8 version as often as a host).
        if (!ip.startsWith('192.168.') && !ip.startsWith('172.') && !ADDRESS_CONTEXT.test(t.slice(Math.max(0, at - 80), at + ip.length + 80))) continue;
        report('privateAddress', ip, start, end);
      }
    }
    if (IPV6_HINT.test(t)) {
      for (const { match, start, end } of matchText(t, IPV6_INTERNAL, seg.start)) {
        if (isInternalAddress(match[1]!)) report('privateAddress', match[1]!, start, end);
      }
    }
    if (INTERNAL_HOST_HINT.test(t)) {
      for (const { match, start, end } of matchText(t, INTERNAL_HOST, seg.start)) {
        const host = match[1]!;
        // `apps.internal`, `myserver.local`: documentation of a product, naming no real machine.
        if (host.split('.').length === 2 && GENERIC_LABELS.has(host.slice(0, host.indexOf('.')).toLowerCase())) continue;
        report('internalHost', host, start, end);
      }
    }
    // Share paths are read in the source slice: markdown escapes their backslashes, and they are
    // often written as inline code.
    // Searched in the segment's slice: an indexOf from seg.start ran to the end of the document
    // for every segment without a share path (quadratic on a draft of many short paragraphs).
    const raw = doc.text.slice(seg.start, seg.end);
    if (raw.includes('\\\\')) {
      for (const { match, start, end } of matchText(raw, UNC_PATH, seg.start)) report('networkShare', `\\\\${match[1]!}`, start, end);
    }
    if (t.includes('intra')) {
      for (const { match, start, end } of matchText(t, INTRANET_IN_PROSE, seg.start)) report('internalHost', match[0], start, end);
    }
  }

  // Configured intranet hosts: anywhere, code included.
  const re = intranetPattern(configured);
  if (re) {
    for (const { match, start, end } of matchText(doc.text, re)) report('internalHost', match[0], start, end);
  }
}
