/**
 * The inline style sheet of the HTML report: readable on a phone (one column, wrapping text,
 * large touch targets), two columns on a wide screen, light and dark. No external resource.
 */
export const HTML_STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --card: #f6f7f9;
  --err: #b3261e; --err-bg: #fde7e6; --warn: #8a5a00; --warn-bg: #fff1c2; --mask: #3b3b3b; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --bg: #131416; --fg: #e8eaed; --muted: #a0a4aa; --line: #33363b; --card: #1c1e21;
  --err: #ff8a80; --err-bg: #4a1f1c; --warn: #ffd166; --warn-bg: #3d3110; --mask: #c7c7c7; --link: #8ab4f8; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
a { color: var(--link); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.sub { color: var(--muted); margin: 0 0 1rem; }
.status { font-weight: 600; padding: .75rem 1rem; border-radius: .5rem; margin: 0 0 1rem; }
.status.bad { background: var(--err-bg); color: var(--err); }
.status.warnonly { background: var(--warn-bg); color: var(--warn); }
.status.good { background: var(--card); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stats li { background: var(--card); border-radius: .5rem; padding: .6rem .8rem; }
.stats b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
td.n, th.n { text-align: right; white-space: nowrap; }
.toggle { display: flex; gap: .5rem; align-items: center; margin: 0 0 1rem; min-height: 44px; }
.toggle input { width: 1.25rem; height: 1.25rem; }
body:has(#show-warnings:not(:checked)) .sev-warn { display: none; }
.file { border-top: 2px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
.file header p { margin: .25rem 0 .75rem; color: var(--muted); }
.cols { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
@media (min-width: 60rem) { .cols { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } .draft { position: sticky; top: .5rem; max-height: 95vh; overflow: auto; } }
.draft { background: var(--card); border-radius: .5rem; padding: .75rem; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere;
  font: .9rem/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; tab-size: 4; }
.draft mark { border-radius: .2rem; padding: 0 .05rem; color: inherit; }
.draft mark.sev-error { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
.draft mark.sev-warn { background: var(--warn-bg); box-shadow: inset 0 -2px 0 var(--warn); }
body:has(#show-warnings:not(:checked)) .draft mark.sev-warn { display: inline; background: none; box-shadow: none; }
.masked { color: var(--mask); font-style: italic; }
.ref { font: 700 .7rem/1 system-ui, sans-serif; vertical-align: super; text-decoration: none; padding: 0 .15rem; }
.ref.sev-error { color: var(--err); }
.ref.sev-warn { color: var(--warn); }
details.gap { color: var(--muted); }
details.gap summary { cursor: pointer; font-family: system-ui, sans-serif; font-size: .85rem; }
.group { margin: 0 0 1rem; }
.group h3 .count { color: var(--muted); font-size: .85rem; font-weight: 400; white-space: nowrap; }
.draft span[id]:target::before { content: "\\25B6"; color: var(--link); }
.guidance { color: var(--muted); margin: 0 0 .5rem; font-size: .95rem; }
ol.findings { list-style: none; margin: 0; padding: 0; }
.finding { display: flex; gap: .6rem; padding: .6rem; margin: 0 0 .5rem; border-radius: .5rem; background: var(--card); border-left: 4px solid var(--line); }
.finding.sev-error { border-left-color: var(--err); }
.finding.sev-warn { border-left-color: var(--warn); }
.finding:target, .draft :target { outline: 2px solid var(--link); outline-offset: 2px; }
.finding .num { flex: none; min-width: 2rem; min-height: 2rem; display: inline-flex; align-items: center; justify-content: center;
  border-radius: 1rem; background: var(--bg); font-weight: 700; text-decoration: none; }
.finding > div { min-width: 0; overflow-wrap: anywhere; }
.finding p { margin: 0 0 .25rem; }
.badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: .05rem .4rem; border-radius: .25rem; }
.badge.sev-error { background: var(--err-bg); color: var(--err); }
.badge.sev-warn { background: var(--warn-bg); color: var(--warn); }
.loc, .meta { color: var(--muted); font-size: .85rem; }
.todo strong { font-weight: 600; }
footer { color: var(--muted); font-size: .85rem; margin: 2rem 0 1rem; }
`;
