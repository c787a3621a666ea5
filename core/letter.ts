/**
 * The letter: one Chinese preface and one English letter, kept together with
 * the facts about the article they answer. This is the stored file format
 * (documented in README.md); bump `schemaVersion` and add a migration in
 * `parseLetter` when it changes.
 */
import { z } from 'zod';
import { todayIso } from './dates';
import {
  editorDoc,
  editorDocSchema,
  emptyDoc,
  headingNode,
  paragraphNode,
  type EditorDoc,
} from './editorDoc';
import { fillPlaceholders } from './placeholders';
import { signatorySchema, type Signatory } from './signatory';

export const LETTER_SCHEMA_VERSION = 1;

export const SALUTATIONS = ['Dear Sir/Madam,', 'Dear Sir/Madame,', 'Dear Editor,', 'Sir,'] as const;
export const CLOSINGS = ['Yours sincerely,', 'Yours faithfully,', 'Sincerely,'] as const;

export const letterStatusSchema = z.enum(['draft', 'final']);
export type LetterStatus = z.infer<typeof letterStatusSchema>;

/** Each side of a letter is approved on its own, as CAT tools approve segments. */
export const approvalStatusSchema = z.enum(['draft', 'reviewed', 'approved']);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

export const approvalSchema = z.object({
  preface: approvalStatusSchema.default('draft'),
  body: approvalStatusSchema.default('draft'),
  /** Set when the English letter changed after the Chinese preface was approved. */
  prefaceStale: z.boolean().default(false),
  /** Why a side dropped back to draft, shown to the user until they act. */
  note: z.string().max(500).default(''),
});
export type Approval = z.infer<typeof approvalSchema>;

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD');

export const letterFieldsSchema = z.object({
  publication: z.string().max(200).default(''),
  publicationZh: z.string().max(100).default(''),
  articleTitle: z.string().max(500).default(''),
  articleDate: isoDate.default(''),
  articleUrl: z.string().max(2000).default(''),
  /** Where the publication takes letters to the editor. */
  lettersEmail: z.string().max(320).default(''),
  /** Values of user-defined placeholders, `{{custom.<name>}}`. */
  custom: z.record(z.string().regex(/^[a-z0-9_-]{1,40}$/), z.string().max(2000)).default({}),
});
export type LetterFields = z.infer<typeof letterFieldsSchema>;

export const letterSchema = z.object({
  schemaVersion: z.literal(LETTER_SCHEMA_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a letter id'),
  title: z.string().max(300),
  status: letterStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  templateId: z.string().max(200).nullable(),
  /** The publication profile the letter answers (its fields were filled from it). */
  publicationId: z.string().max(64).nullable().default(null),
  approval: approvalSchema.default(() => approvalSchema.parse({})),
  /** The date printed on the letter: set once at creation, then only by the user. */
  date: isoDate,
  place: z.string().max(200),
  fields: letterFieldsSchema,
  /** Print "Re: <article title>, <article date>" above the salutation. */
  showReference: z.boolean().default(false),
  /** May hold placeholders; empty means DEFAULT_ADDRESSEE. */
  addressee: z.string().max(500),
  salutation: z.string().max(200),
  closing: z.string().max(200),
  signatory: signatorySchema.nullable(),
  preface: editorDocSchema,
  body: editorDocSchema,
  /** Set while the letter is in the trash. */
  deletedAt: z.string().optional(),
});
export type Letter = z.infer<typeof letterSchema>;

/** What the library sidebar shows for one letter, without its content. */
export interface LetterSummary {
  id: string;
  title: string;
  publication: string;
  status: LetterStatus;
  updatedAt: string;
  /** Each side's approval, for the library's badges. */
  approval?: { preface: ApprovalStatus; body: ApprovalStatus };
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
    id,
    title: '',
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp,
    templateId: null,
    publicationId: null,
    approval: approvalSchema.parse({}),
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
  };
}

/** The name shown in the library: the user's title, else what the letter answers. */
export function displayTitle(letter: Pick<Letter, 'title' | 'fields'>): string {
  if (letter.title.trim()) return letter.title.trim();
  const { publication, articleTitle } = letter.fields;
  if (publication && articleTitle) return `${publication}: ${articleTitle}`;
  return publication || articleTitle || 'Untitled letter';
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
    ...(letter.deletedAt ? { deletedAt: letter.deletedAt } : {}),
  };
}

/** Parses a stored letter, with a message that says which field is wrong. */
export function parseLetter(raw: unknown): Letter {
  const result = letterSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return result.data;
}

export type { EditorDoc };
