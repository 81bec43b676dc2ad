/**
 * The built-in rule modules, one per section of the guidance, in id order. Registered explicitly
 * (no directory scanning) so that the list is reviewed like code.
 */
import type { AnyRuleModule } from '../src/types.js';
import emblemsAndDisclaimer from './emblems-and-disclaimer/index.js';
import itSecurity from './it-security/index.js';
import managerApproval from './manager-approval/index.js';
import neutrality from './neutrality/index.js';
import privacyAndSafety from './privacy-and-safety/index.js';
import thinkBeforePosting from './think-before-posting/index.js';
import trustworthiness from './trustworthiness/index.js';

export const builtinRules: readonly AnyRuleModule[] = [emblemsAndDisclaimer, itSecurity, managerApproval, neutrality, privacyAndSafety, thinkBeforePosting, trustworthiness];
