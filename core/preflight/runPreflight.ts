/**
 * The checks before a letter leaves (export, email, copy, PDF): every rule,
 * run on the stored letter. Errors need the user's explicit "Export anyway";
 * warnings are shown but do not stop anything.
 */
import { inEnglish } from '../i18n/wording';
import type { Letter } from '../letter';
import { mismatchedBrackets } from './brackets';
import { missingParts } from './completeness';
import { preflightContext, type Rule } from './context';
import { crossLanguageRules } from './crossLanguageRules';
import { emptyParagraphs } from './emptyParagraphs';
import { overPrefaceLimit, overWordLimit } from './lengthRules';
import { openComments } from './openComments';
import { unfilledPlaceholders } from './placeholderRule';
import type { PreflightOptions, Problem } from './problem';
import { salutationClosingAgreement } from './salutationClosing';
import { spelling } from './spelling';
import { termsRules } from './termsRules';
import { typography } from './typography';

const RULES: Rule[] = [
  unfilledPlaceholders,
  missingParts,
  overWordLimit,
  overPrefaceLimit,
  salutationClosingAgreement,
  typography,
  emptyParagraphs,
  mismatchedBrackets,
  spelling,
  openComments,
  termsRules,
  crossLanguageRules,
];

export function runPreflight(letter: Letter, options: PreflightOptions): Problem[] {
  const context = preflightContext(letter, options);
  const findings = RULES.flatMap((rule) => rule(context));
  // Errors first: they are what stops the export.
  const ordered = [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
  return ordered.map((finding, index) => ({
    id: `${finding.rule}-${index}`,
    ...finding,
    message: inEnglish(finding.wording),
  }));
}

export type { PreflightOptions, Problem, SpellChecker } from './problem';
