/**
 * `it-security`: Installers, unofficial software, hidden link destinations, secrets and internal infrastructure.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { archiveLink } from './archive-link.js';
import { credentialsInUrl } from './credentials-in-url.js';
import { executableLink } from './executable-link.js';
import { insecureLink } from './insecure-link.js';
import { internalHost } from './internal-host.js';
import { lookalikeDomain } from './lookalike-domain.js';
import { mismatchedLink } from './mismatched-link.js';
import { optionsSchema, type ItSecurityOptions } from './options.js';
import { secret } from './secret.js';
import { unofficialSoftware } from './unofficial-software.js';
import { urlShortener } from './url-shortener.js';

export default defineRule<ItSecurityOptions>({
  meta: {
    id: 'it-security',
    section: 'Observe IT security rules',
    description: 'Installers, unofficial software, hidden link destinations, secrets and internal infrastructure.',
    guidance:
      'Do not download or install software found through social networks on a work computer, and ask the agency IT focal point when in doubt. A post that tells readers to install something, hides where a link goes or exposes credentials spreads that risk to every reader.',
    messages: {
      executable:
        'Link to {{kind}} (.{{ext}}): readers may install it on a work computer; link to the official page that describes it and ask readers to go through their IT focal point.',
      archive:
        'Link to {{kind}} (.{{ext}}) on {{host}}, which can carry programs: link to the page that describes it on an official site, or publish the file on the organisation\'s site.',
      socialSource:
        'Advice to install software found on "{{source}}": software from social networks and unofficial sources must not go on work computers; name the official store or site and refer readers to their IT focal point.',
      hiddenSource:
        'Advice to install software "{{source}}" hides where it comes from: name the official store or site and refer readers to their IT focal point.',
      sideloading:
        '"{{phrase}}" means installing apps from outside the official stores: leave it out and refer readers to their IT focal point.',
      cracked:
        '"{{phrase}}": cracked or pirated software carries malware and breaks licences; recommend only licensed software from official sources.',
      disableProtection:
        '"{{phrase}}" tells readers to switch off or get around security protection: leave it out; if a tool is blocked, readers should ask their IT focal point.',
      shortener:
        'Shortened link ({{host}}) hides where it leads: use the full address so readers can see the destination before they click.',
      mismatch:
        'Link text shows {{shown}} but the link goes to {{target}}: make the text match the real destination, since a mismatch is how phishing links hide.',
      lookalike:
        'Link to {{host}}, which looks like {{brand}} but is not: check the address and link to the real site; look-alike domains are a phishing trick.',
      mixedScript:
        'Link to {{host}} mixes letters from different alphabets, a spoofing trick: check the address and link to the real site.',
      embedded:
        'Link to {{host}} puts {{brand}} in front of another site ({{domain}}), a phishing disguise: check the address and link to the real site.',
      insecure:
        'Insecure http:// link to {{host}}: use https:// so that readers\' connections cannot be read or altered on the way.',
      credentials:
        'Address with a user name and password ({{shown}}): remove the credentials from the post and have the password changed.',
      secret:
        '{{kind}} "{{masked}}" in the post: remove it and have it changed or revoked, since a published credential is compromised.',
      privateAddress:
        'Internal network address "{{value}}" maps the office network: leave it out of public posts.',
      internalHost:
        'Internal host name "{{value}}" maps the office network: leave it out of public posts.',
      networkShare:
        'Network share "{{value}}" maps the office network and cannot be opened by readers: leave it out and link to a public page.',
      internalLink:
        'Link to an internal address ({{value}}) that readers outside the office cannot open and that maps the office network: link to a public page instead.',
    },
    checks: {
      'executable-link': {
        description: 'Links to programs, installers, scripts, disk images and app or extension packages.',
        severity: 'error',
        messages: ['executable'],
      },
      'archive-link': {
        description: 'Links to archives and macro-enabled files outside official sites, unless they hold data.',
        severity: 'warn',
        messages: ['archive'],
      },
      'unofficial-software': {
        description: 'Advice to install software from social networks or hidden links, sideloading, cracked software, switching off antivirus.',
        severity: 'error',
        messages: ['socialSource', 'hiddenSource', 'sideloading', 'cracked', 'disableProtection'],
      },
      'url-shortener': {
        description: 'Links through URL shorteners, which hide the destination.',
        severity: 'warn',
        messages: ['shortener'],
      },
      'mismatched-link': {
        description: 'Link text that shows one web address while the link goes to another site.',
        severity: 'error',
        messages: ['mismatch'],
      },
      'lookalike-domain': {
        description: 'Link hosts that imitate a well-known or organisation domain (look-alike letters, mixed alphabets, the name in a subdomain).',
        severity: 'error',
        messages: ['lookalike', 'mixedScript', 'embedded'],
      },
      'insecure-link': {
        description: 'http:// links to public sites (posts dated before insecureLinksSince are skipped).',
        severity: 'warn',
        messages: ['insecure'],
      },
      'credentials-in-url': {
        description: 'Addresses with a user name and password in them, anywhere in the draft.',
        severity: 'error',
        messages: ['credentials'],
      },
      secret: {
        description: 'Passwords, API keys, tokens and private keys, in prose and code alike (masked in output).',
        severity: 'error',
        messages: ['secret'],
      },
      'internal-host': {
        description: 'Private IP addresses, internal host names, network shares and intranet hosts in prose and link targets.',
        severity: 'error',
        messages: ['privateAddress', 'internalHost', 'networkShare', 'internalLink'],
      },
    },
    options: optionsSchema,
  },
  checks: {
    'executable-link': executableLink,
    'archive-link': archiveLink,
    'unofficial-software': unofficialSoftware,
    'url-shortener': urlShortener,
    'mismatched-link': mismatchedLink,
    'lookalike-domain': lookalikeDomain,
    'insecure-link': insecureLink,
    'credentials-in-url': credentialsInUrl,
    secret,
    'internal-host': internalHost,
  },
});
