/**
 * `--format html`: one self-contained page for people who do not live in a terminal. A summary
 * at the top, then each draft with its findings highlighted in place and listed beside it,
 * grouped by the guidance section they enforce, each with what is wrong and what to do.
 *
 * No network and no external asset: the style sheet is inline and a Content-Security-Policy
 * allows nothing else (no script at all). Personal data and secrets that a finding flags are shown
 * masked in the draft; the draft's text appears nowhere else in the page.
 */
import { createHash } from 'node:crypto';
import type { AnyRuleModule, LintMessage, LintResult } from '../types.js';
import type { Reporter, ReporterContext } from './types.js';
import { displayPath } from './display-path.js';
import { HTML_STYLE } from './html-style.js';
import { maskSpans, sensitiveSpan, type Span } from './sensitive.js';
import { LineIndex } from '../document/lines.js';
import { VERSION } from '../version.js';

/** Unflagged stretches longer than this many lines are folded away. */
const FOLD_LINES = 8;
/** Lines of context kept open around each finding. */
const CONTEXT_LINES = 2;

const OWN_GROUP = {
  section: 'About the file and the inline directives',
  guidance: 'These findings come from unlinter itself, not from a section of the guidance: a file it could not check, front matter that does not parse, or an unlinter-disable comment that needs attention.',
};

interface Located {
  m: LintMessage;
  n: number;
  sev: 'error' | 'warn';
  /** Offsets into the source, when the source is known and the position is inside it. */
  span: Span | null;
}

/** Escape text for HTML content and attribute values; control characters become visible escapes. */
export function escapeHtml(s: string): string {
  return s
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Split a house-style message into the problem and what to do: at the first `: ` outside
 * quotation marks (`Personal phone number "+254 7** ***": share an office line instead.`).
 */
export function splitAdvice(message: string): { problem: string; advice: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i]!;
    if (quote) {
      if (c === quote || (quote === '“' && c === '”')) quote = null;
    } else if (c === '"' || c === '“') quote = c;
    else if (c === ':' && message[i + 1] === ' ') {
      const advice = message.slice(i + 2).trim();
      if (!advice) break;
      return { problem: message.slice(0, i).trim(), advice: advice[0]!.toUpperCase() + advice.slice(1) };
    }
  }
  return { problem: message, advice: null };
}

export const html: Reporter = (results, ctx) => {
  const files = results.map((r, i) => ({ r, i: i + 1, path: displayPath(r.filePath, ctx.cwd) }));
  let errors = 0;
  let warnings = 0;
  for (const { r } of files) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  const withFindings = files.filter((f) => f.r.messages.length > 0);
  const body = [
    '<main>',
    '<header>',
    '<h1>unlinter report</h1>',
    `<p class="sub">Drafts checked against the UN social-media guidance for staff. Personal data and secrets that a finding points at are shown masked.</p>`,
    statusLine(errors, warnings, files.length),
    '<ul class="stats">',
    `<li><b>${files.length}</b>${plural(files.length, 'file', 'files')} checked</li>`,
    `<li><b>${withFindings.length}</b>with findings</li>`,
    `<li><b>${errors}</b>${plural(errors, 'error', 'errors')}</li>`,
    `<li><b>${warnings}</b>${plural(warnings, 'warning', 'warnings')}</li>`,
    '</ul>',
    '</header>',
    summaryBySection(results, ctx.modules),
    fileTable(withFindings),
    warnings > 0 ? '<label class="toggle"><input type="checkbox" id="show-warnings" checked> Show warnings</label>' : '',
    ...withFindings.map((f) => fileSection(f.r, f.i, f.path, ctx)),
    `<footer>unlinter ${escapeHtml(VERSION)}. Each rule has a page: run <code>unlinter --explain &lt;rule-id&gt;</code>.</footer>`,
    '</main>',
  ].join('\n');
  const styleHash = createHash('sha256').update(HTML_STYLE).digest('base64');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>unlinter report: ${errors} ${plural(errors, 'error', 'errors')}, ${warnings} ${plural(warnings, 'warning', 'warnings')}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** A path that may wrap after each slash on a narrow screen. */
function pathHtml(p: string): string {
  return escapeHtml(p).replace(/\//g, '/<wbr>');
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function statusLine(errors: number, warnings: number, files: number): string {
  if (files === 0) return '<p class="status good">No files were checked.</p>';
  if (errors > 0) return `<p class="status bad">${errors} ${plural(errors, 'error needs', 'errors need')} fixing before publishing${warnings ? `, and ${warnings} ${plural(warnings, 'warning', 'warnings')} to review` : ''}.</p>`;
  if (warnings > 0) return `<p class="status warnonly">No errors. ${warnings} ${plural(warnings, 'warning', 'warnings')} to review before publishing.</p>`;
  return '<p class="status good">No findings: nothing in these drafts goes against the guidance that unlinter checks.</p>';
}

interface Group {
  key: string;
  section: string;
  guidance: string;
  order: number;
}

function groupOf(ruleId: string, modules: readonly AnyRuleModule[]): Group {
  const moduleId = ruleId.split('/', 1)[0]!;
  const index = modules.findIndex((m) => m.meta.id === moduleId);
  if (!ruleId.includes('/') || index < 0) {
    if (!ruleId.includes('/')) return { key: '', ...OWN_GROUP, order: -1 };
    return { key: moduleId, section: moduleId, guidance: '', order: modules.length };
  }
  const meta = modules[index]!.meta;
  return { key: moduleId, section: meta.section, guidance: meta.guidance, order: index };
}

function summaryBySection(results: readonly LintResult[], modules: readonly AnyRuleModule[]): string {
  const counts = new Map<string, { g: Group; e: number; w: number }>();
  for (const r of results) {
    for (const m of r.messages) {
      const g = groupOf(m.ruleId, modules);
      const c = counts.get(g.key) ?? { g, e: 0, w: 0 };
      if (m.severity === 2) c.e++;
      else c.w++;
      counts.set(g.key, c);
    }
  }
  if (counts.size === 0) return '';
  const rows = [...counts.values()]
    .sort((a, b) => a.g.order - b.g.order || a.g.section.localeCompare(b.g.section))
    .map((c) => `<tr><td>${escapeHtml(c.g.section)}</td><td class="n">${c.e}</td><td class="n">${c.w}</td></tr>`);
  return ['<h2>By guidance section</h2>', '<table><thead><tr><th>Section</th><th class="n">Errors</th><th class="n">Warnings</th></tr></thead><tbody>', ...rows, '</tbody></table>'].join('\n');
}

function fileTable(files: ReadonlyArray<{ r: LintResult; i: number; path: string }>): string {
  if (files.length === 0) return '';
  const rows = files.map((f) => `<tr><td><a href="#file-${f.i}">${pathHtml(f.path)}</a></td><td class="n">${f.r.errorCount}</td><td class="n">${f.r.warningCount}</td></tr>`);
  return ['<h2>Drafts with findings</h2>', '<table><thead><tr><th>Draft</th><th class="n">Errors</th><th class="n">Warnings</th></tr></thead><tbody>', ...rows, '</tbody></table>'].join('\n');
}

function locate(r: LintResult, lines: LineIndex | null): Located[] {
  const sorted = [...r.messages].sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
  return sorted.map((m, k) => {
    let span: Span | null = null;
    if (lines && r.source !== undefined && !(m.ruleId === 'input-error')) {
      const start = offsetOf(lines, m.line, m.column);
      const end = offsetOf(lines, m.endLine, m.endColumn);
      if (start !== null && end !== null && end >= start) span = { start, end };
    }
    return { m, n: k + 1, sev: m.severity === 2 ? 'error' : 'warn', span };
  });
}

function offsetOf(lines: LineIndex, line: number, column: number): number | null {
  if (line < 1 || line > lines.lineCount || column < 1) return null;
  const at = lines.lineStart(line - 1) + column - 1;
  return at <= lines.text.length ? at : null;
}

function fileSection(r: LintResult, i: number, path: string, ctx: ReporterContext): string {
  const source = r.source;
  const lines = source !== undefined ? new LineIndex(source) : null;
  const found = locate(r, lines);
  const counts = `${r.errorCount} ${plural(r.errorCount, 'error', 'errors')}, ${r.warningCount} ${plural(r.warningCount, 'warning', 'warnings')}`;
  const draft = source !== undefined && lines ? draftView(source, lines, found, i) : '';
  return [
    `<section class="file" id="file-${i}">`,
    `<header><h2>${pathHtml(path)}</h2><p>${counts}</p></header>`,
    '<div class="cols">',
    draft ? `<pre class="draft" aria-label="The draft, with findings highlighted">${draft}</pre>` : '',
    `<div class="groups">${findingGroups(found, i, ctx.modules, Boolean(draft))}</div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

/** The draft with each finding's span marked and numbered; long stretches without one folded. */
function draftView(source: string, lines: LineIndex, found: readonly Located[], file: number): string {
  const sensitive = found.flatMap((f) => (f.span ? (sensitiveSpan(f.m.ruleId, f.span.start, f.span.end) ?? []) : []));
  const shown = maskSpans(source, sensitive);
  const masked = mergeRanges(sensitive);
  const placed = found.filter((f) => f.span);
  // Lines to keep open: every line a finding touches, plus context.
  const hot = new Uint8Array(lines.lineCount);
  for (const f of placed) {
    const a = lines.lineOf(f.span!.start);
    const b = lines.lineOf(f.span!.end);
    for (let l = Math.max(0, a - CONTEXT_LINES); l <= Math.min(lines.lineCount - 1, b + CONTEXT_LINES); l++) hot[l] = 1;
  }
  const out: string[] = [];
  let l = 0;
  while (l < lines.lineCount) {
    let e = l;
    while (e + 1 < lines.lineCount && hot[e + 1] === hot[l]) e++;
    const from = lines.lineStart(l);
    const to = e + 1 < lines.lineCount ? lines.lineStart(e + 1) : source.length;
    const count = e - l + 1;
    if (!hot[l] && count > FOLD_LINES) {
      out.push(`<details class="gap"><summary>${count} lines without findings</summary>${escapeHtml(shown.slice(from, to))}</details>`);
    } else {
      out.push(markRange(shown, from, to, placed, masked, file, to === source.length));
    }
    l = e + 1;
  }
  return out.join('');
}

function mergeRanges(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Text of [from, to) with a mark over each finding's span, an anchor where each starts and a
 * numbered reference where each ends. A finding is anchored and referenced in exactly one range.
 */
function markRange(shown: string, from: number, to: number, placed: readonly Located[], masked: readonly Span[], file: number, isLast: boolean): string {
  const inside = placed.filter((f) => f.span!.end >= from && f.span!.start <= to);
  const cuts = new Set<number>([from, to]);
  for (const f of inside) {
    cuts.add(Math.max(from, f.span!.start));
    cuts.add(Math.min(to, f.span!.end));
  }
  for (const s of masked) {
    if (s.end > from && s.start < to) {
      cuts.add(Math.max(from, s.start));
      cuts.add(Math.min(to, s.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    const opens = at < to || isLast;
    for (const f of inside) {
      const { start, end } = f.span!;
      if (start < end && end === at && at > from) html += ref(f, file);
    }
    if (opens) {
      for (const f of inside) {
        const { start, end } = f.span!;
        if (start === at) html += `<span id="m${file}-${f.n}"></span>`;
        if (start === end && start === at) html += ref(f, file);
      }
    }
    const next = points[k + 1];
    if (next === undefined) break;
    let text = escapeHtml(shown.slice(at, next));
    if (masked.some((s) => s.start <= at && s.end >= next)) text = `<span class="masked" title="Masked: personal data or a secret">${text}</span>`;
    const covering = inside.filter((f) => f.span!.start <= at && f.span!.end >= next && f.span!.end > f.span!.start);
    if (covering.length > 0) {
      const sev = covering.some((f) => f.sev === 'error') ? 'error' : 'warn';
      html += `<mark class="sev-${sev}" title="Finding ${covering.map((f) => f.n).join(', ')}">${text}</mark>`;
    } else html += text;
  }
  return html;
}

function ref(f: Located, file: number): string {
  return `<a class="ref sev-${f.sev}" href="#f${file}-${f.n}" aria-label="Finding ${f.n}">${f.n}</a>`;
}

function findingGroups(found: readonly Located[], file: number, modules: readonly AnyRuleModule[], hasDraft: boolean): string {
  const groups = new Map<string, { g: Group; items: Located[] }>();
  for (const f of found) {
    const g = groupOf(f.m.ruleId, modules);
    const entry = groups.get(g.key) ?? { g, items: [] };
    entry.items.push(f);
    groups.set(g.key, entry);
  }
  const out: string[] = [];
  const errorsIn = (items: readonly Located[]) => items.filter((f) => f.sev === 'error').length;
  // Sections with errors first, then in the order of the modules.
  const sorted = [...groups.values()].sort((a, b) => Number(errorsIn(b.items) > 0) - Number(errorsIn(a.items) > 0) || a.g.order - b.g.order || a.g.section.localeCompare(b.g.section));
  for (const { g, items } of sorted) {
    const e = errorsIn(items);
    const w = items.length - e;
    out.push(`<section class="group${e === 0 ? ' sev-warn' : ''}">`);
    out.push(`<h3>${escapeHtml(g.section)} <span class="count">${[e ? `${e} ${plural(e, 'error', 'errors')}` : '', w ? `${w} ${plural(w, 'warning', 'warnings')}` : ''].filter(Boolean).join(', ')}</span></h3>`);
    if (g.guidance) out.push(`<p class="guidance">${escapeHtml(g.guidance)}</p>`);
    out.push('<ol class="findings">');
    for (const f of items) out.push(findingItem(f, file, hasDraft));
    out.push('</ol>', '</section>');
  }
  return out.join('\n');
}

function findingItem(f: Located, file: number, hasDraft: boolean): string {
  const { problem, advice } = splitAdvice(f.m.message);
  const where = f.m.ruleId === 'input-error' ? 'Whole file' : `Line ${f.m.line}, column ${f.m.column}`;
  const num = hasDraft && f.span ? `<a class="num" href="#m${file}-${f.n}" title="Show in the draft">${f.n}</a>` : `<span class="num">${f.n}</span>`;
  const docs = f.m.docs
    ? /^https?:\/\//i.test(f.m.docs)
      ? ` · <a href="${escapeHtml(f.m.docs)}" rel="noreferrer">rule documentation</a>`
      : ` · docs: <code>${escapeHtml(f.m.docs)}</code>`
    : '';
  return [
    `<li class="finding sev-${f.sev}" id="f${file}-${f.n}">`,
    num,
    '<div>',
    `<p><span class="badge sev-${f.sev}">${f.sev === 'error' ? 'Error' : 'Warning'}</span> <span class="loc">${where}</span></p>`,
    `<p class="msg">${escapeHtml(problem)}</p>`,
    `<p class="todo"><strong>What to do:</strong> ${escapeHtml(advice ?? `See the rule's documentation: unlinter --explain ${f.m.ruleId}`)}</p>`,
    `<p class="meta"><code>${escapeHtml(f.m.ruleId)}</code>${docs}</p>`,
    '</div>',
    '</li>',
  ].join('');
}
