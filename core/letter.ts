/**
 * The letter: one Chinese preface and one English letter, kept together with
 * the facts about the article they answer. This is the stored file format
 * (documented in README.md), checked by schemas/letter.ts, which only the main
 * process loads; this module stays free of zod so the window starts faster.
 */
import type { z } from 'zod';
import { todayIso } from './dates';
import { editorDoc, emptyDoc, headingNode, paragraphNode, type EditorDoc } from './editorDoc';
import { fillPlaceholders } from './placeholders';
import { openThreads } from './comments/thread';
import type { approvalSchema, letterFieldsSchema, letterSchema } from './schemas/letter';
import type { Signatory } from './signatory';

export const LETTER_SCHEMA_VERSION = 1;

export const SALUTATIONS = ['Dear Sir/Madam,', 'Dear Sir/Madame,', 'Dear Editor,', 'Sir,'] as const;
export const CLOSINGS = ['Yours sincerely,', 'Yours faithfully,', 'Sincerely,'] as const;

export const LETTER_STATUSES = ['draft', 'final'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Each side of a letter is approved on its own, as CAT tools approve segments. */
export const APPROVAL_STATUSES = ['draft', 'reviewed', 'approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export type Approval = z.infer<typeof approvalSchema>;
export type LetterFields = z.infer<typeof letterFieldsSchema>;
export type Letter = z.infer<typeof letterSchema>;

/** A new letter's approval: both sides in draft. */
export const draftApproval = (): Approval => ({
  preface: 'draft',
  body: 'draft',
  prefaceStale: false,
  note: '',
});

/** What the library sidebar shows for one letter, without its content. */
export interface LetterSummary {
  id: string;
  title: string;
  publication: string;
  status: LetterStatus;
  updatedAt: string;
  /** Each side's approval, for the library's badges. */
  approval?: { preface: ApprovalStatus; body: ApprovalStatus };
  /** Comment threads not yet resolved; absent when none. */
  openComments?: number;
  /** Set for letters in the trash. */
  deletedAt?: string;
}

/** Where a page of the library starts: after this letter, in `newestFirst` order. */
export interface LibraryCursor {
  updatedAt: string;
  id: string;
}

/** The library's order: last edited first; the id breaks ties, so pages never skip or repeat a letter. */
export function newestFirst(a: LibraryCursor, b: LibraryCursor): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

export interface NewLetterOptions {
  id: string;
  now: Date;
  signatory?: Signatory | null;
  fields?: Partial<LetterFields>;
}

export function newBlankLetter({ id, now, signatory = null, fields = {} }: NewLetterOptions): Letter {
  const stamp = now.toISOString();
  return {
    schemaVersion: LETTER_SCHEMA_VERSION,
    // Not stored yet: the first write makes it 1.
    revision: 0,
    id,
    title: '',
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp,
    templateId: null,
    publicationId: null,
    approval: draftApproval(),
    date: todayIso(now),
    place: '',
    fields: {
      publication: '',
      publicationZh: '',
      articleTitle: '',
      articleDate: '',
      articleUrl: '',
      lettersEmail: '',
      custom: {},
      ...fields,
    },
    showReference: false,
    addressee: '',
    salutation: SALUTATIONS[0],
    closing: CLOSINGS[0],
    signatory,
    // The preface always opens with its headline, as in every template.
    preface: editorDoc([headingNode('h1', []), paragraphNode([])]),
    body: emptyDoc(),
    comments: [],
  };
}

/** The name shown in the library: the user's title, else what the letter answers. */
export function displayTitle(letter: Pick<Letter, 'title' | 'fields'>): string {
  if (letter.title.trim()) return letter.title.trim();
  const { publication, articleTitle } = letter.fields;
  if (publication && articleTitle) return `${publication}: ${articleTitle}`;
  return publication || articleTitle || 'Untitled letter';
}

/** The longest title a letter file may hold (schemas/letter.ts). */
export const LETTER_TITLE_MAX = 300;

/**
 * The name of a copy of a letter, "<title> (<note>)", e.g. "Reply to Le Soir (copy)":
 * the title is shortened (never inside a character) so the whole still fits.
 */
export function copyTitle(letter: Pick<Letter, 'title' | 'fields'>, note: string): string {
  const suffix = ` (${note})`;
  let base = '';
  for (const char of displayTitle(letter)) {
    if (base.length + char.length + suffix.length > LETTER_TITLE_MAX) break;
    base += char;
  }
  return `${base.trimEnd()}${suffix}`;
}

export const DEFAULT_ADDRESSEE = 'The Editor, {{publication}}';

/** The addressee block's first line, with its placeholders filled. */
export function addresseeLine(letter: Letter): string {
  return fillPlaceholders(letter.addressee.trim() || DEFAULT_ADDRESSEE, letter);
}

export function summarise(letter: Letter): LetterSummary {
  return {
    id: letter.id,
    title: displayTitle(letter),
    publication: letter.fields.publication,
    status: letter.status,
    updatedAt: letter.updatedAt,
    approval: { preface: letter.approval.preface, body: letter.approval.body },
    ...(openThreads(letter.comments) ? { openComments: openThreads(letter.comments) } : {}),
    ...(letter.deletedAt ? { deletedAt: letter.deletedAt } : {}),
  };
}

export type { EditorDoc };
