/**
 * What the preflight reports: one problem the user should see before a letter
 * leaves, and where to find it (a block of one side's editor, or a field).
 */
import type { ExportVariant } from '../contract';
import type { Wording } from '../i18n/wording';
import type { Side } from '../sides';
import type { TermMatcher } from '../terms/termMatcher';

export type Severity = 'error' | 'warning';
/** Where a problem is: one side of the letter, or its details (the fields outside the editors), as search says. */
export type ProblemPlace = Side | 'details';

/** The letter's own fields outside the editors, which the panel can focus. */
export type LetterField = 'salutation' | 'closing' | 'signatory' | 'date' | 'addressee';

/** `blockIndex` counts the top-level blocks of that side's editor; offsets are in its text. */
export interface BlockLocation {
  side: Side;
  blockIndex: number;
  offset?: number;
  length?: number;
}

export type ProblemLocation = BlockLocation | { field: LetterField };

export interface Problem {
  /** Stable within one run, so the panel can key its rows. */
  id: string;
  rule: string;
  severity: Severity;
  side: ProblemPlace;
  /** What the panel says, worded in the interface language (core/i18n/wording.ts). */
  wording: Wording;
  /** The same in English, for the command-line tool and the logs. */
  message: string;
  location?: ProblemLocation;
  /** Spelling problems: a few words the user may have meant. */
  suggestions?: string[];
  /** Spelling problems: the word, for "Add to dictionary". */
  word?: string;
  /**
   * A one-click fix: put `text` in place of `original`, which `location` covers exactly
   * (a forbidden variant → the approved term). The panel replaces it only while the
   * letter still reads `original` there, so an edit since the check is never overwritten.
   */
  replacement?: { text: string; original: string };
  /** The other side's place for a cross-language problem (the letter's figure that differs), a second "Go to". */
  related?: BlockLocation;
}

/** A publication's two names, for the publication-name check. */
export interface PublicationNames {
  en: string;
  zh: string;
}

/** A spelling dictionary as the rules see it, so they stay pure. */
export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface PreflightOptions {
  variant: ExportVariant;
  /** The publication's limit in words, or null when it sets none. */
  wordLimit: number | null;
  /** Who sets the word limit, for the message ("EUobserver takes at most 250"). */
  publicationName?: string;
  prefaceCharLimit: number;
  spelling?: SpellChecker;
  /** The paper's own names (its profile's, the letter's publication field): never misspellings. */
  ownNames?: string[];
  /** The paper prints letters without a salutation, so none is missing. */
  noSalutation?: boolean;
  /** The office termbase's matcher (built once per termbase): forbidden variants, terms and names on both sides. */
  terms?: TermMatcher;
  /** The letter's publication profile's names, when it has one. */
  publication?: PublicationNames;
  /** Every publication profile: a paper named in the preface's 《》 that is not the letter's. */
  publications?: PublicationNames[];
}

/** The sides an export prints: the editor's letter is English only, the website copy Chinese only. */
export function exportedSides(variant: ExportVariant): Record<Side, boolean> {
  return { preface: variant !== 'editor', body: variant !== 'chinese' };
}
