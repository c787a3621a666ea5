/**
 * A version: a frozen copy of a whole letter (both sides, fields, signatory,
 * approval), kept when something worth going back to happens. Versions are
 * immutable and carry ids, so a later team library can replicate them as they
 * are: a version file is written once and never rewritten.
 *
 * This module holds the types and names the page needs; the stored files are
 * checked by schemas/version.ts, which only the main process loads.
 */
import type { ExportVariant } from '../exportVariants';
import type { ApprovalStatus, Letter, LetterStatus } from '../letter';
import type { Side } from '../sides';

/**
 * Why a version was kept:
 * - `created`: the letter was made (blank, from a template, as a copy);
 * - `edited`: a few minutes of editing, coalesced (versionPolicy.ts);
 * - `approval`: a side's approval changed; the version is what was approved;
 * - `status`: the letter was marked final or draft again;
 * - `handout`: the letter left LetterDesk (export, email, PDF or copy), see `handout`;
 * - `named`: the user's "Save version…", see `name`;
 * - `beforeRestore`: the text a restore replaced, so nothing is lost;
 * - `restored`: the letter after a restore, see `restoredFrom`;
 * - `beforeImport`: the text an import of a reviewed DOCX replaced, so the compare shows what the file changed;
 * - `imported`: the letter after that import, see `importedFrom`.
 */
export const VERSION_KINDS = [
  'created',
  'edited',
  'approval',
  'status',
  'handout',
  'named',
  'beforeRestore',
  'restored',
  'beforeImport',
  'imported',
] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** How a letter left LetterDesk. */
export const HANDOUT_ACTIONS = ['docx', 'email', 'pdf', 'copy'] as const;
export type HandoutAction = (typeof HANDOUT_ACTIONS)[number];

/** A copy to the clipboard: plain text, or formatted (HTML with a text twin). */
export const COPY_FORMATS = ['text', 'html'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

export type Handout =
  { action: 'docx' | 'email' | 'pdf'; variant: ExportVariant } | { action: 'copy'; format: CopyFormat };

/** The longest file name an `imported` version keeps. */
export const IMPORTED_FROM_MAX = 500;

/** The longest name "Save version…" accepts. */
export const VERSION_NAME_MAX = 200;

/**
 * What a version freezes: the letter without what only says when and as
 * which write it was stored, and without its comments, which are a
 * conversation about the text rather than the text (a restore keeps them).
 */
export type LetterContent = Omit<Letter, 'revision' | 'updatedAt' | 'deletedAt' | 'comments'>;

/** What the history lists for one version; also what its record file holds. */
export interface VersionSummary {
  /** Sortable by time: `<yyyymmddThhmmssSSS>-<8 hex>` (versionId.ts). */
  id: string;
  letterId: string;
  /** ISO time it was kept. */
  createdAt: string;
  kind: VersionKind;
  /** `named` versions: what the user called it. */
  name?: string;
  /** `handout` versions: what was handed out. */
  handout?: Handout;
  /** `restored` versions: the version brought back. */
  restoredFrom?: string;
  /** `imported` versions: the name of the DOCX file the text came from. */
  importedFrom?: string;
  /** Approval versions: the side whose approval changed (absent if both did). */
  side?: Side;
  /** Who kept it: the "Your name" setting, else the default signatory's name. */
  author: string;
  /** The letter's revision when it was kept. */
  letterRevision: number;
  /** SHA-256 (hex) of the content, canonical JSON: equal content, equal digest. */
  digest: string;
  /** The letter's title as the library showed it then. */
  title: string;
  /** Characters of the Chinese preface (as Word counts them) and words of the English letter. */
  counts: { preface: number; body: number };
  approval: { preface: ApprovalStatus; body: ApprovalStatus };
  status: LetterStatus;
}

/** The history of one letter, newest first, and any version file that had to be set aside on the way. */
export interface VersionList {
  versions: VersionSummary[];
  /** Damaged version files moved aside while reading (worded in the page). */
  setAside: import('../i18n/wording').Wording[];
}

/** One version opened to read: its summary and the letter as it was (`comments` empty). */
export interface VersionedLetter {
  version: VersionSummary;
  letter: Letter;
}

/** What a version of `letter` freezes (see LetterContent). */
export function letterContent(letter: Letter): LetterContent {
  const {
    revision: _revision,
    updatedAt: _updatedAt,
    deletedAt: _deletedAt,
    comments: _comments,
    ...content
  } = letter;
  return content;
}

/** A version's content as a letter to open read-only: its revision and time are the version's, no comments. */
export function versionLetter(
  version: Pick<VersionSummary, 'letterRevision' | 'createdAt'>,
  content: LetterContent,
): Letter {
  return { ...content, revision: version.letterRevision, updatedAt: version.createdAt, comments: [] };
}
