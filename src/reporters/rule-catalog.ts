/**
 * Every rule id a run can report, with the metadata that formats listing rules need (SARIF):
 * one entry per check of every module, plus the ids unlinter reports itself.
 */
import type { AnyRuleModule, Severity } from '../types.js';
import { docsUrl } from '../docs/links.js';

/** What a format can say about one rule id. */
export interface CatalogEntry {
  /** `module/check`, or an engine id such as `parse-error`. */
  id: string;
  /** The check's one-line description. */
  description: string;
  /** The guidance section the check enforces (its title). */
  section: string;
  /** The guidance section summarised in the project's own words. */
  guidance: string;
  /** The module's one-line description. */
  moduleDescription: string;
  /** Severity when no preset or config says otherwise. */
  severity: Severity;
  /** The message templates the check may report (what is wrong, why, what to do instead). */
  messages: string[];
  /** The rule's documentation: a URL, or a path in unlinter's repository when no URL is known. */
  docs?: string;
}

const ENGINE_SECTION = 'unlinter itself';
const ENGINE_GUIDANCE = 'Findings about the input and the inline directives, not about the guidance.';

/** The ids unlinter reports itself (`ENGINE_RULE_IDS` in the engine), described for reports. */
const ENGINE_ENTRIES: readonly CatalogEntry[] = [
  {
    id: 'input-error',
    description: 'A file that could not be linted: binary, over the size limit, not valid UTF-8, or ignored.',
    section: ENGINE_SECTION,
    guidance: ENGINE_GUIDANCE,
    moduleDescription: 'Problems reading the input.',
    severity: 'error',
    messages: ['The file could not be checked: fix the encoding or size, or leave it out of the run.'],
  },
  {
    id: 'parse-error',
    description: 'Front matter that does not parse; the body is still checked.',
    section: ENGINE_SECTION,
    guidance: ENGINE_GUIDANCE,
    moduleDescription: 'Problems parsing the input.',
    severity: 'error',
    messages: ['Front matter does not parse: fix it so its fields are checked; the body was still checked.'],
  },
  {
    id: 'unknown-rule',
    description: 'An inline directive that names a rule id unlinter does not know.',
    section: ENGINE_SECTION,
    guidance: ENGINE_GUIDANCE,
    moduleDescription: 'Inline directives.',
    severity: 'error',
    messages: ['Unknown rule in a directive: use a rule id from the rule table.'],
  },
  {
    id: 'unused-directive',
    description: 'An inline directive that suppresses nothing.',
    section: ENGINE_SECTION,
    guidance: ENGINE_GUIDANCE,
    moduleDescription: 'Inline directives.',
    severity: 'warn',
    messages: ['Unused directive: no finding to suppress here. Remove it.'],
  },
];

/** All rule ids of these modules, check by check in module order, then the engine's own ids. */
export function ruleCatalog(modules: readonly AnyRuleModule[]): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const m of modules) {
    const meta = m.meta;
    for (const [name, check] of Object.entries(meta.checks)) {
      out.push({
        id: `${meta.id}/${name}`,
        description: check.description,
        section: meta.section,
        guidance: meta.guidance,
        moduleDescription: meta.description,
        severity: check.severity,
        messages: check.messages.map((id) => meta.messages[id] ?? id),
      });
    }
  }
  return out.concat(ENGINE_ENTRIES).map((e) => {
    const docs = docsUrl(e.id, modules);
    return docs ? { ...e, docs } : e;
  });
}
