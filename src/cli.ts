/**
 * The command line: a commander program that turns argv into typed options. It never exits the
 * process; help, version and usage errors come back as values.
 */
import { Command, CommanderError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { UsageError } from './errors.js';
import { PRESET_NAMES, type PresetName } from './types.js';
import { FORMAT_NAMES } from './reporters/index.js';
import type { RuleEntry } from './config/schema.js';
import { ruleEntrySchema } from './config/schema.js';
import { readSuppressionFlags, type SuppressionFlags } from './suppressions/flags.js';

export interface CliOptions {
  patterns: string[];
  config?: string;
  configLookup: boolean;
  preset?: PresetName;
  rules: Record<string, RuleEntry>;
  printConfig?: string;
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  /** Bulk suppressions: --suppress-all, --suppress-rule, --suppressions-location, --prune-suppressions (src/suppressions/). */
  suppressions?: SuppressionFlags;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignore: boolean;
  ignorePatterns: string[];
  /** `--no-warn-ignored`: no warning for files named explicitly that an ignore pattern skips. */
  warnIgnored?: boolean;
  errorOnUnmatchedPattern: boolean;
  inlineConfig: boolean;
  color?: boolean;
  maxFileSize?: number;
  concurrency: string;
  cache: boolean;
  cacheLocation?: string;
  /** `--explain <rule-id>`: print the rule's documentation and exit. */
  explain?: string;
  /** `--init`: write a starter config (with `--preset`, `--org-name`, `--org-domain`). */
  init?: boolean;
  orgName?: string;
  orgDomains?: string[];
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'output'; text: string; exitCode: number };

const EXIT_CODES = `
Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, or more warnings than --max-warnings
  2  bad usage, a bad config, an unreadable input, or a crash

Examples:
  unlinter drafts/                       lint every .md, .markdown, .mdx, .txt and .docx file below drafts/
  unlinter drafts/ -f html -o report.html   a report page to open in a browser
  unlinter --init --preset office        write a starter .unlinterrc.yaml (asks on a terminal)
  unlinter --explain privacy-and-safety  what a rule checks, with examples and how to turn it off
  unlinter --preset personal post.md     lint a post for a staff member's own blog
  unlinter "posts/**/*.md" --format json > findings.json
  cat draft.txt | unlinter --stdin --stdin-filename draft.txt
  unlinter --rule 'neutrality: off' --rule 'privacy-and-safety/phone-number: warn' post.md

Inline directives (HTML comments in markdown, a line of their own in text):
  <!-- unlinter-disable-next-line privacy-and-safety/phone-number -- published press line -->
  unlinter-disable, unlinter-enable, unlinter-disable-line, unlinter-disable-next-line
`;

function validConcurrency(value: string): string {
  if (value === 'auto' || value === 'off' || /^[1-9]\d{0,2}$/.test(value)) return value;
  throw new UsageError(`--concurrency takes auto, off or a number of threads, not "${value}"`);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, not "${value}"`);
    return Number(value);
  };
}

/** Parse `--rule 'id: severity'` or `--rule 'id: [warn, {...}]'` (YAML, like a `rules` entry). */
export function parseRuleFlag(value: string): Record<string, RuleEntry> {
  let data: unknown;
  try {
    data = parseYaml(value);
  } catch {
    data = undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`--rule takes "rule-id: severity", e.g. --rule 'neutrality: warn'; got "${value}"`);
  }
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    const parsed = ruleEntrySchema.safeParse(entry);
    if (!parsed.success) throw new UsageError(`--rule "${id}": the severity must be off, warn or error (or 0, 1, 2), optionally as [severity, {options}]`);
    out[id] = parsed.data;
  }
  return out;
}

export function buildProgram(version: string): Command {
  return new Command()
    .name('unlinter')
    .description('Check blog drafts and social-media posts against the UN social-media guidance for staff.')
    .usage('[options] [file|dir|glob ...]')
    .argument('[patterns...]', 'files, folders and glob patterns to lint ("-" reads standard input)')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .option('-c, --config <file>', 'use this config file for every input instead of searching for one')
    .option('--no-config-lookup', 'ignore config files; use the built-in defaults and flags only')
    .addOption(new Option('--preset <name>', 'preset to apply: which document-level checks are on').choices([...PRESET_NAMES]))
    .option('--rule <rule>', "set a rule, e.g. 'neutrality: warn' (repeatable; overrides config)", collect, [])
    .option('--print-config <file>', 'print the configuration that applies to a file, then exit')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseInteger('--max-warnings'))
    .option('--quiet', 'report errors only', false)
    .option('--stdin', 'lint the text given on standard input', false)
    .option('--stdin-filename <path>', 'path used for the standard input (config lookup, file type, output)')
    .option('--ignore-path <file>', 'ignore file to use instead of .unlinterignore')
    .option('--no-ignore', 'do not use ignore files or patterns')
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)', collect, [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--no-warn-ignored', 'no warning for files named on the command line that an ignore pattern skips (for hooks and changed-file lists)')
    .option('--no-inline-config', 'ignore unlinter-disable/enable comments in drafts')
    .option('--suppress-all', 'record every current error in the suppressions file, so that only new ones are reported', false)
    .option('--suppress-rule <rule-id>', 'record the current errors of this rule or module in the suppressions file (repeatable)', collect, [])
    .option('--suppressions-location <file>', 'suppressions file (default unlinter-suppressions.json in this folder)')
    .option('--prune-suppressions', 'drop suppressions whose errors no longer occur from the suppressions file', false)
    .option('--pass-on-unpruned-suppressions', 'do not fail when suppressed errors no longer occur', false)
    .option('--max-file-size <bytes>', 'largest file to lint, in bytes (default 10 MB)', parseInteger('--max-file-size'))
    .option('--concurrency <n>', 'worker threads: auto (by file count and cores), off, or a number', validConcurrency, 'auto')
    .option('--cache', 'only lint files whose content, config or unlinter version changed since the last run', false)
    .option('--cache-location <path>', 'cache file or folder (default .unlintercache)')
    .option('--explain <rule-id>', "print a rule's documentation (module or module/check), then exit")
    .option('--init', 'write a commented starter config (.unlinterrc.yaml) in this folder, then exit')
    .option('--org-name <name>', "with --init: the organisation's name")
    .option('--org-domain <domain>', "with --init: an e-mail or web domain of the organisation (repeatable)", collect, [])
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .addHelpText('after', EXIT_CODES)
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
}

/** Parse argv (without `node` and the script) into options, help text or a usage error. */
export function parseArgs(argv: readonly string[], version: string): ParsedArgs {
  const program = buildProgram(version);
  let out = '';
  let err = '';
  program.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s), outputError: (s, write) => write(s) });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return { kind: 'output', text: out, exitCode: 0 };
      }
      throw new UsageError(err.replace(/^error: /, '').trim() || e.message);
    }
    throw e;
  }
  const o = program.opts<Record<string, unknown>>();
  const patterns = [...program.args];
  let stdin = Boolean(o.stdin);
  const dash = patterns.indexOf('-');
  if (dash >= 0) {
    patterns.splice(dash, 1);
    stdin = true;
  }
  const rules: Record<string, RuleEntry> = {};
  for (const r of (o.rule as string[]) ?? []) Object.assign(rules, parseRuleFlag(r));
  const options: CliOptions = {
    patterns,
    configLookup: o.configLookup !== false,
    rules,
    format: o.format as string,
    quiet: Boolean(o.quiet),
    stdin,
    ignore: o.ignore !== false,
    ignorePatterns: (o.ignorePattern as string[]) ?? [],
    errorOnUnmatchedPattern: o.errorOnUnmatchedPattern !== false,
    inlineConfig: o.inlineConfig !== false,
    concurrency: o.concurrency as string,
    cache: Boolean(o.cache),
    suppressions: readSuppressionFlags(o, stdin),
  };
  if (o.cacheLocation !== undefined) options.cacheLocation = o.cacheLocation as string;
  if (o.config !== undefined) options.config = o.config as string;
  if (o.preset !== undefined) options.preset = o.preset as PresetName;
  if (o.printConfig !== undefined) options.printConfig = o.printConfig as string;
  if (o.outputFile !== undefined) options.outputFile = o.outputFile as string;
  if (o.maxWarnings !== undefined) options.maxWarnings = o.maxWarnings as number;
  if (o.stdinFilename !== undefined) options.stdinFilename = o.stdinFilename as string;
  if (o.ignorePath !== undefined) options.ignorePath = o.ignorePath as string;
  if (o.warnIgnored === false) options.warnIgnored = false;
  if (o.color !== undefined) options.color = o.color as boolean;
  if (o.maxFileSize !== undefined) options.maxFileSize = o.maxFileSize as number;
  if (o.explain !== undefined) options.explain = o.explain as string;
  if (o.init) options.init = true;
  if (o.orgName !== undefined) options.orgName = o.orgName as string;
  if ((o.orgDomain as string[] | undefined)?.length) options.orgDomains = o.orgDomain as string[];
  if ((options.orgName !== undefined || options.orgDomains) && !options.init) throw new UsageError('--org-name and --org-domain go with --init');
  if (options.stdinFilename && /\.docx$/i.test(options.stdinFilename)) throw new UsageError('Word files are read from disk, not from standard input: give the .docx path instead of --stdin');
  if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename needs --stdin (or "-")');
  if (options.stdin && options.patterns.length > 0) throw new UsageError('give either --stdin or file patterns, not both');
  if (!options.stdin && options.patterns.length === 0 && !options.printConfig && !options.explain && !options.init) {
    throw new UsageError('no files to lint: give files, folders or glob patterns (e.g. "unlinter drafts/"), or --stdin. See --help.');
  }
  return { kind: 'run', options };
}
