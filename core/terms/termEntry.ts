/**
 * The office termbase: the official words a letter must use in both its
 * languages (a policy, an office, a title, a person, a place), the way a
 * translator's termbase holds them. Each entry pairs the Chinese term(s) with
 * the approved English term(s) and the English variants the office forbids.
 *
 * Entries are stored items with ids and revisions, each changed as a whole
 * and revision-checked, so a later team library can replicate them one by one.
 * The matcher (termMatcher.ts) finds them in a letter's text for the editor's
 * highlighting, the term picker and the preflight's terminology checks.
 */
import type { Wording } from '../i18n/wording';

/** What an entry names: a filter in Settings, and how the checks treat it (people and places must appear on both sides). */
export const TERM_DOMAINS = ['title', 'institution', 'policy', 'person', 'place', 'event', 'other'] as const;
export type TermDomain = (typeof TERM_DOMAINS)[number];

export interface TermEntry {
  /** `<yyyymmddThhmmssSSS>-<8 hex>` like version ids (core/history/versionId.ts): unique across machines. */
  id: string;
  /** The stored item's revision (core/schemas/revision.ts). */
  revision: number;
  /** The Chinese term and its other accepted forms; the first is the one shown. At least one. */
  zh: string[];
  /** The approved English term(s); the first is the one offered. At least one. */
  en: string[];
  /** English variants the office does not use for this term ("One Belt One Road"): an error in a letter. */
  forbidden: string[];
  /** Usage guidance, shown with the entry. */
  note: string;
  /** Where the term comes from: a web address or a document's name. */
  source: string;
  domain: TermDomain;
  /** "Your name" (Settings ▸ Language) of whoever changed it last; '' when not set or shipped. */
  changedBy: string;
  /** ISO time of the last change. */
  changedAt: string;
}

/** The fields the user edits; the service adds id (for a new entry), changedBy and changedAt. */
export type TermFields = Omit<TermEntry, 'id' | 'revision' | 'changedBy' | 'changedAt'>;

export const TERM_LIMITS = {
  /** Terms per entry per language (variants included). */
  perLanguage: 20,
  term: 200,
  note: 2000,
  source: 2000,
  /** Who changed an entry last (a name). */
  changedBy: 200,
  /** The largest termbase the app keeps (the bench measures matching at 10,000). */
  entries: 50_000,
  search: 200,
} as const;

/** What the Settings list shows: the entries matching a search, newest change first, and how many there are. */
export interface TermPage {
  entries: TermEntry[];
  total: number;
  /** Entries that could not be read since the last list (set aside or left): to tell the user. */
  notices: Wording[];
}

/** Where the termbase was found in a text: `[start, end)` in UTF-16 units, as the editor counts. */
export interface TermHit {
  entryId: string;
  start: number;
  end: number;
  /** The text as it stands in the letter. */
  text: string;
  /** A Chinese term, an approved English term, or a forbidden English variant. */
  kind: 'zh' | 'en' | 'forbidden';
}
