/**
 * The official SARIF 2.1.0 JSON schema (as shipped by Microsoft's @microsoft/jest-sarif package, so
 * no network is needed), compiled with ajv. The schema is draft-04, and one of its `pattern`s is
 * not valid with the `u` flag, hence ajv-draft-04 and `unicodeRegExp: false`.
 */
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);

/** Validates a parsed SARIF log; `errors` holds the reasons after a failure. */
export const validateSarif = ajv.compile(schema);

/** 'valid', or the schema errors as JSON (so a failing test shows them). */
export function sarifVerdict(text: string): string {
  return validateSarif(JSON.parse(text)) ? 'valid' : JSON.stringify(validateSarif.errors, null, 2);
}
