/**
 * The shape of a config file, validated with zod. Rule ids and rule options are checked against
 * the registry afterwards (see `validate.ts`), because plugins add rules.
 */
import { z } from 'zod';
import { settingsSchema } from './settings.js';
import { PRESET_NAMES } from '../types.js';

export const severitySchema = z.union([
  z.enum(['off', 'warn', 'error']),
  z.literal(0).transform(() => 'off' as const),
  z.literal(1).transform(() => 'warn' as const),
  z.literal(2).transform(() => 'error' as const),
]);

/** `"warn"`, `2`, `["error"]` or `["error", { ...options }]`. */
export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
]);

export const rulesSchema = z.record(z.string(), ruleEntrySchema);

const stringOrList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

export const overrideSchema = z.strictObject({
  files: stringOrList.describe('Globs, relative to the config file, of the files this override applies to.'),
  excludedFiles: stringOrList.optional().describe('Globs of files to leave out of this override.'),
  rules: rulesSchema.optional().describe('Rule settings for these files.'),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: stringOrList.optional().describe(`Built-in presets to start from: ${PRESET_NAMES.join(', ')}.`),
  rules: rulesSchema.optional().describe('Severity (and options) per module or per check.'),
  overrides: z.array(overrideSchema).optional().describe('Rules for files that match globs.'),
  ignorePatterns: z.array(z.string()).optional().describe('Gitignore-style patterns of files to skip, relative to the config file.'),
  plugins: z.array(z.string()).optional().describe('Third-party rule modules: paths (relative to the config file) or package names.'),
  settings: settingsSchema.optional().describe('Facts about the organisation shared by rules.'),
  reportUnusedDirectives: z.enum(['off', 'warn', 'error']).optional().describe('Severity of directives that suppress nothing (default warn).'),
});

export type RuleEntry = z.output<typeof ruleEntrySchema>;
export type ConfigData = z.output<typeof configSchema>;
export type Override = z.output<typeof overrideSchema>;

/** The keys a config file may have, for "did you mean". */
export const CONFIG_KEYS = Object.keys(configSchema.shape);
