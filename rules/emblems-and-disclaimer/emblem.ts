/**
 * `emblem`: pictures (markdown images, `<img>`, image shortcodes, front-matter image fields) whose
 * file name, alt text or title show the UN emblem, the UN logotype or an agency logo. A partner's
 * logo is fine, and so is a photo of a building, a vehicle or people on which a UN sign appears.
 */
import { UN_SYSTEM_NAMES as ORG_DEFAULT_LIST, normalizeKey, type CheckFunction, type Image, type Settings } from '../../src/rule-kit/index.js';
import { EMBLEM_PHRASE, EXTENSION, FILE_NAME_FILLER, FILE_NAME_SPLIT, LOGO_WORD, ORG_NAMES_DEFAULT, ORG_NAMES_DEFAULT_ANY_CASE, SCENE_WORD, orgNamesRegExp, phrases } from './patterns.js';
import { IDENTITY_KEYS, LOGO_WORDS } from './words.js';
import type { Options } from './options.js';

interface Compiled {
  names: RegExp;
  namesAnyCase: RegExp;
  logo: RegExp;
  /** Each organisation name by its letters and digits in lower case, to name it as configured. */
  canonical: Map<string, string>;
}
const cache = new WeakMap<Options, WeakMap<readonly string[], Compiled>>();
const IDENTITY = new Set(IDENTITY_KEYS.map(normalizeKey));

function compiled(options: Options, settings: Settings): Compiled {
  const orgs = settings.organization.names;
  let inner = cache.get(options);
  if (!inner) cache.set(options, (inner = new WeakMap()));
  let c = inner.get(orgs);
  if (!c) {
    const defaultNames = options.organizations.length === 0 && sameList(orgs, ORG_DEFAULT_LIST);
    const all = [...orgs, ...options.organizations];
    c = {
      names: defaultNames ? ORG_NAMES_DEFAULT : orgNamesRegExp(all),
      namesAnyCase: defaultNames ? ORG_NAMES_DEFAULT_ANY_CASE : orgNamesRegExp(all, true),
      logo: sameList(options.logoWords, LOGO_WORDS) ? LOGO_WORD : phrases(options.logoWords),
      canonical: new Map(all.map((n) => [letters(n), n.trim()])),
    };
    inner.set(orgs, c);
  }
  return c;
}

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The words of an image's file name, lower-case, with its extension and query dropped. */
export function fileNameWords(url: string): string[] {
  let name = url.split(/[?#]/)[0] ?? '';
  name = name.slice(name.lastIndexOf('/') + 1).slice(0, 200);
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep it as written */
  }
  return name.replace(EXTENSION, '').split(FILE_NAME_SPLIT).map((w) => w.toLowerCase()).filter(Boolean);
}

/**
 * What a label shows: the organisation named as a logo ("UNICEF logo", "emblem of the United
 * Nations"), or null. `alone` says that a label made of the name only (a file called `undp.svg`,
 * alt text "UNHCR") counts as a logo too.
 */
export function logoIn(label: string, names: RegExp, logo: RegExp, alone: boolean): string | null {
  if (!label) return null;
  const text = label.slice(0, 300);
  if (SCENE_WORD.test(text)) return null;
  if (EMBLEM_PHRASE.test(text)) return 'the United Nations';
  names.lastIndex = 0;
  for (let m = names.exec(text); m; m = names.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (logo.test(before) || logo.test(after)) return m[0];
    if (alone) {
      const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).split(/[\s_-]+/).filter((w) => w && !FILE_NAME_FILLER.test(w));
      if (rest.length === 0) return m[0];
    }
  }
  return null;
}

export const emblem: CheckFunction<Options> = (doc, ctx) => {
  if (doc.images.length === 0) return;
  const c = compiled(ctx.options, ctx.settings);
  for (const img of doc.images) {
    const raw = emblemOf(img, c);
    if (!raw) continue;
    const found = c.canonical.get(letters(raw)) ?? raw;
    const where = img.source === 'frontMatter' && img.key ? `front-matter field \`${img.key}\`` : img.source === 'html' ? 'an <img> tag' : 'an image';
    ctx.report({ messageId: 'emblem', data: { name: found, where }, start: img.start, end: img.end });
  }
};

function emblemOf(img: Image, c: Compiled): string | null {
  const identity = img.key !== undefined && IDENTITY.has(normalizeKey(img.key));
  const file = fileNameWords(img.url).join(' ');
  return (
    logoIn(img.alt, c.names, c.logo, identity || img.alt.trim().split(/\s+/).length <= 3) ??
    logoIn(img.title ?? '', c.names, c.logo, identity) ??
    logoIn(file, c.namesAnyCase, c.logo, true) ??
    null
  );
}
