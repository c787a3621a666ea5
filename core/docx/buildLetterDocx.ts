/**
 * The DOCX export. "editor" is the English letter as sent to the paper;
 * "chinese" is the Chinese headline, preface and date; "bilingual" is both,
 * the Chinese part first. Each part is a section of its own, so each starts
 * on a new page with the letterhead (in its language order) and counts its
 * pages from 1: the English letter reads exactly as the "editor" export.
 */
import { Document, Packer, type ICommentOptions, type ISectionOptions } from 'docx';
import { EXPORT_VARIANTS, type ExportVariant } from '../exportVariants';
import { ExportProblem, exportMessages, NO_CHINESE_PREFACE } from '../exportProblem';
import { wording } from '../i18n/wording';
import { displayTitle, type Letter } from '../letter';
import { stripInvalidXmlChars } from '../sanitize';
import type { Side } from '../sides';
import { defaultSettings, type AppSettings } from '../settings';
import { createContext, type CommentAnchors, type DocxContext } from './context';
import { chinesePreface, englishLetter, type PartMarkers } from './letterSections';
import { listNumbering } from './numbering';
import { pageFurniture } from './pageFurniture';
import { reproducibleDocx } from './reproducibleDocx';
import { letterStyles, PAGE } from './styles';

const PARTS: Record<ExportVariant, Side[]> = {
  editor: ['body'],
  bilingual: ['preface', 'body'],
  chinese: ['preface'],
};

/** A redline's marks, per side (core/docx/redline/), made for the document's context; none in the normal export. */
export type SideMarkers = Partial<Record<Side, PartMarkers>>;
export type MarkersFor = (ctx: DocxContext) => SideMarkers;

/** What a redline adds to the normal export (core/docx/redline/); the normal export has none of it. */
export interface RedlineExtras {
  markersFor?: MarkersFor;
  /** Word comments over the text, made for the context and the parts the variant writes. */
  commentsFor?: (
    ctx: DocxContext,
    sides: readonly Side[],
  ) => CommentAnchors & { comments(): ICommentOptions[] };
  /** Word's "Track changes" on when the file opens, so a reviewer's edits are tracked too. */
  trackRevisions?: boolean;
}

function section(side: Side, ctx: DocxContext, markers: SideMarkers): ISectionOptions | null {
  const marker = markers[side];
  const children = side === 'preface' ? chinesePreface(ctx, marker) : englishLetter(ctx, marker);
  if (!children.length) return null;
  return {
    properties: { page: { ...PAGE, pageNumbers: { start: 1 } }, titlePage: true },
    ...pageFurniture(side, ctx.settings.letterhead, ctx),
    children,
  };
}

/** The sender named in the file's properties: the letterhead, else the signatory, else the app. */
function author(letter: Letter, settings: AppSettings): string {
  const candidates = [settings.letterhead.organisationEn, letter.signatory?.organisationEn ?? ''];
  return candidates.map((name) => stripInvalidXmlChars(name).trim()).find(Boolean) ?? 'LetterDesk';
}

export async function buildLetterDocx(
  letter: Letter,
  variant: ExportVariant,
  settings: AppSettings = defaultSettings(),
  extras: RedlineExtras = {},
): Promise<Uint8Array> {
  if (!EXPORT_VARIANTS.includes(variant)) {
    throw new ExportProblem(
      wording(exportMessages.unknownVariant, {
        variant: String(variant),
        variants: EXPORT_VARIANTS.join(', '),
      }),
    );
  }
  const base = createContext(letter, settings);
  const comments = extras.commentsFor?.(base, PARTS[variant]);
  const ctx: DocxContext = comments ? { ...base, comments } : base;
  const markers = extras.markersFor?.(ctx) ?? {};
  // A bilingual export of a letter without a preface is just the English letter.
  const sections = PARTS[variant].map((side) => section(side, ctx, markers)).filter((s) => s !== null);
  if (!sections.length) throw new ExportProblem(NO_CHINESE_PREFACE);
  // Building the sections anchored the comments.
  const anchored = comments?.comments() ?? [];

  const creator = author(letter, settings);
  const doc = new Document({
    title: stripInvalidXmlChars(displayTitle(letter)),
    subject: stripInvalidXmlChars(letter.fields.publication.trim()),
    creator,
    lastModifiedBy: creator,
    styles: letterStyles(ctx.fonts),
    numbering: listNumbering(ctx.fonts),
    // A line ending in a manual break is not stretched across a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    ...(extras.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections,
    ...(anchored.length ? { comments: { children: anchored } } : {}),
  });
  const packed = await Packer.pack(doc, 'uint8array');
  return reproducibleDocx(packed, { created: letter.createdAt, modified: letter.updatedAt });
}
