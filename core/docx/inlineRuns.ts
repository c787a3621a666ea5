/**
 * A paragraph's inline pieces (core/document/) -> docx runs. The pieces are
 * already clean of characters XML cannot hold and carry links checked by the
 * one link rule; here each text is split by script, so Chinese runs carry the
 * East Asian font and language.
 */
import {
  DeletedTextRun,
  ExternalHyperlink,
  HighlightColor,
  InsertedTextRun,
  Tab,
  TextRun,
  UnderlineType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isUnfilled, linkRuns, type InlinePiece } from '../document/blocks';
import { textPieces } from '../document/readBlocks';
import { TEXT_FORMAT } from '../editorDoc';
import type { Change } from '../compare/comparison';
import type { DocxContext } from './context';
import { splitByScript } from './scriptRuns';
import { CODE_FONT, LANG, STYLE } from './styles';

function runProps(
  ctx: DocxContext,
  format: number,
  cjk: boolean,
  highlight: boolean,
  linked: boolean,
): IRunOptions {
  const has = (flag: number) => (format & flag) !== 0;
  return {
    ...(linked ? { style: STYLE.hyperlink } : {}),
    ...(has(TEXT_FORMAT.bold) ? { bold: true } : {}),
    ...(has(TEXT_FORMAT.italic) ? { italics: true } : {}),
    ...(has(TEXT_FORMAT.underline) ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(has(TEXT_FORMAT.strikethrough) ? { strike: true } : {}),
    ...(has(TEXT_FORMAT.superscript)
      ? { superScript: true }
      : has(TEXT_FORMAT.subscript)
        ? { subScript: true }
        : {}),
    ...(highlight || has(TEXT_FORMAT.highlight) ? { highlight: HighlightColor.YELLOW } : {}),
    ...(cjk
      ? { font: { eastAsia: ctx.fonts.eastAsian, hint: 'eastAsia' }, language: { eastAsia: LANG.chinese } }
      : {
          ...(has(TEXT_FORMAT.code) ? { font: { ascii: CODE_FONT, hAnsi: CODE_FONT } } : {}),
          language: { value: LANG.english },
        }),
  };
}

/** Who made a tracked change and when, with the change's id (unique in the document). */
export interface Revision {
  id: number;
  author: string;
  date: string;
}

/**
 * What a redline tells the runs: each piece's change, and a fresh revision
 * for each tracked run. Without it every run is plain, as in the normal export.
 */
export interface RunChanges {
  changes: readonly Change[];
  revision(): Revision;
}

function makeRun(options: IRunOptions, change: Change, marks: RunChanges | undefined): ParagraphChild {
  if (!marks || change === 'same') return new TextRun(options);
  const revision = marks.revision();
  return change === 'inserted'
    ? new InsertedTextRun({ ...options, ...revision })
    : new DeletedTextRun({ ...options, ...revision });
}

function pieceRuns(pieces: readonly InlinePiece[], ctx: DocxContext, marks?: RunChanges): ParagraphChild[][] {
  // Tabs and breaks are passed as separators so script context does not leap over them.
  const segments = splitByScript(pieces.map((p) => (p.kind === 'text' ? p.text : ' ')));
  return pieces.map((piece, i) => {
    const runs = pieceOwnRuns(piece, segments[i], ctx, marks?.changes[i] ?? 'same', marks);
    if (!ctx.comments) return runs;
    const { before, after } = ctx.comments.around(piece);
    return [...before, ...runs, ...after];
  });
}

function pieceOwnRuns(
  piece: InlinePiece,
  segments: ReturnType<typeof splitByScript>[number],
  ctx: DocxContext,
  change: Change,
  marks: RunChanges | undefined,
): ParagraphChild[] {
  if (piece.kind === 'break') return [makeRun({ break: 1 }, change, marks)];
  if (piece.kind === 'tab') {
    return [
      makeRun(
        { ...runProps(ctx, piece.format, false, false, !!piece.link), children: [new Tab()] },
        change,
        marks,
      ),
    ];
  }
  return segments.map((segment) =>
    makeRun(
      { text: segment.text, ...runProps(ctx, piece.format, segment.cjk, isUnfilled(piece), !!piece.link) },
      change,
      marks,
    ),
  );
}

/**
 * The runs for a paragraph's pieces, with links wrapped as external hyperlinks;
 * `marks` (a redline) makes inserted and deleted pieces tracked changes.
 */
export function inlineChildren(
  pieces: readonly InlinePiece[],
  ctx: DocxContext,
  marks?: RunChanges,
): ParagraphChild[] {
  const runs = pieceRuns(pieces, ctx, marks);
  let next = 0;
  return linkRuns(pieces).flatMap(({ link, pieces: run }): ParagraphChild[] => {
    const children = runs.slice(next, (next += run.length)).flat();
    return link ? [new ExternalHyperlink({ link: link.url, children })] : children;
  });
}

/** Runs for a plain string (date line, salutation, signatory lines). */
export function plainRuns(text: string, ctx: DocxContext): ParagraphChild[] {
  return inlineChildren(textPieces(text), ctx);
}
