/**
 * The parts of the letter in print order: the Chinese preface (headline,
 * summary and Chinese date) and the English letter (date line, addressee,
 * reference, salutation, body, closing, signature space and signatory block).
 */
import { Paragraph, type IParagraphOptions } from 'docx';
import { addresseeLine } from '../letter';
import { blockPieces, piecesText, type InlinePiece } from '../document/blocks';
import { readDocument, textPieces, type ReadOptions } from '../document/readBlocks';
import type { Letter } from '../letter';
import { chineseDateLine, englishDateLine, readPreface, referenceLine } from '../letterParts';
import type { AppSettings } from '../settings';
import { placeholderResolver } from '../placeholders';
import type { Side } from '../sides';
import { signatoryLines } from '../signatory';
import {
  blockLayout,
  blockParagraphOptions,
  blocksToParagraphs,
  type ParagraphMarker,
} from './blockParagraphs';
import type { DocxContext } from './context';
import { inlineChildren, plainRuns } from './inlineRuns';
import { STYLE } from './styles';

/** About three lines of Chinese text. */
const SHORT_PARAGRAPH = 120;

const resolveIn = (ctx: DocxContext) => placeholderResolver(ctx.letter, ctx.settings.houseStyle.dateFormat);

const lines = (text: string) => text.split(/\r\n|\n|\r/).filter((line) => line.trim());

/**
 * A redline's marks for one side: each block's tracked changes, then the
 * blocks the older version had after the newer one's last.
 */
export interface SideMarker extends ParagraphMarker {
  rest(): IParagraphOptions[];
}

/** A redline's marks for a part: its blocks, and the fixed lines before and after them. */
export interface PartMarkers {
  blocks: SideMarker;
  head?: SideMarker;
  foot?: SideMarker;
}

/** A line of the letter worded in letterParts (date, addressee, salutation…), not typed in the editor. */
export interface FixedLine {
  style: string;
  text: string;
  keepNext?: boolean;
}

/** The English letter's fixed lines above the body: date line, addressee, reference, salutation. */
export function headLines(letter: Letter, settings: AppSettings): FixedLine[] {
  const out: FixedLine[] = [];
  const date = englishDateLine(letter, settings);
  if (date) out.push({ style: STYLE.date, text: date });
  for (const text of lines(addresseeLine(letter))) out.push({ style: STYLE.addressee, text });
  const reference = referenceLine(letter, settings);
  if (reference) out.push({ style: STYLE.reference, text: reference });
  if (letter.salutation.trim()) out.push({ style: STYLE.salutation, text: letter.salutation.trim() });
  return out;
}

/** Below the body: the closing (its style's space after is the signature space) and the signatory block. */
export function footLines(letter: Letter): FixedLine[] {
  const out: FixedLine[] = [];
  if (letter.closing.trim()) out.push({ style: STYLE.closing, text: letter.closing.trim() });
  // The signatory block stays together on one page.
  const signatory = signatoryLines(letter.signatory);
  signatory.forEach((text, i) =>
    out.push({ style: STYLE.signatory, text, ...(i < signatory.length - 1 ? { keepNext: true } : {}) }),
  );
  return out;
}

function fixedParagraphs(fixed: readonly FixedLine[], ctx: DocxContext, marker?: SideMarker): Paragraph[] {
  const out = fixed.flatMap(({ style, text, keepNext }) => {
    const inline = textPieces(text);
    const options = { style, children: plainRuns(text, ctx), ...(keepNext ? { keepNext } : {}) };
    return marker ? marker.block(inline, options) : [options];
  });
  if (marker) out.push(...marker.rest());
  return out.map((options) => new Paragraph(options));
}

/** Comment marks are read only when the document carries Word comments (the redline). */
const readOptions = (ctx: DocxContext): ReadOptions => ({ marks: !!ctx.comments });

const bodyBlocks = (ctx: DocxContext, options = readOptions(ctx)) =>
  readDocument(ctx.letter.body, resolveIn(ctx), options);
const prefaceBlocks = (ctx: DocxContext, options = readOptions(ctx)) =>
  readPreface(ctx.letter, resolveIn(ctx), options);

/** Every piece a side's part writes from the editor's text, with its comment marks, read as the part reads it. */
export function partPieces(ctx: DocxContext, side: Side): InlinePiece[] {
  if (side === 'body') return bodyBlocks(ctx, { marks: true }).flatMap(blockPieces);
  const { headline, rest } = prefaceBlocks(ctx, { marks: true });
  return [...(headline?.inline ?? []), ...rest.flatMap(blockPieces)];
}

export function englishLetter(ctx: DocxContext, markers?: PartMarkers): Paragraph[] {
  const { letter } = ctx;
  // The fixed lines are worded in letterParts, as in the editor and the other copies.
  return [
    ...fixedParagraphs(headLines(letter, ctx.settings), ctx, markers?.head),
    ...blocksToParagraphs(bodyBlocks(ctx), ctx, STYLE.body, markers?.blocks),
    ...(markers ? markers.blocks.rest().map((options) => new Paragraph(options)) : []),
    ...fixedParagraphs(footLines(letter), ctx, markers?.foot),
  ];
}

/**
 * The headline, the summary and the Chinese date under them; nothing at all
 * when the preface is empty, as a date alone is not a Chinese page.
 */
export function chinesePreface(ctx: DocxContext, markers?: PartMarkers): Paragraph[] {
  const marker = markers?.blocks;
  const { headline, rest: blocks } = prefaceBlocks(ctx);
  const out: IParagraphOptions[] = [];
  if (headline) {
    const options = { style: STYLE.headline, ...blockLayout(headline.layout) };
    out.push(
      ...(marker
        ? marker.block(headline.inline, options)
        : [{ ...options, children: inlineChildren(headline.inline, ctx) }]),
    );
  }
  out.push(...blockParagraphOptions(blocks, ctx, STYLE.preface, marker));
  // A redline's deleted blocks do not make a preface: the date goes only under the newer one's.
  const written = out.length > 0;
  if (marker) out.push(...marker.rest());
  const date = chineseDateLine(ctx.letter);
  if (written && date) {
    // A short closing paragraph ("信函全文如下：") goes to the next page with the date rather
    // than leave it alone there. Not a long one: LibreOffice would move all of it, leaving
    // the headline alone on the first page.
    const last = blocks.at(-1);
    if (last?.type === 'paragraph' && piecesText(last.inline).length <= SHORT_PARAGRAPH) {
      out[out.length - 1] = { ...out[out.length - 1], keepNext: true };
    }
    const options = { style: STYLE.chineseDate, children: plainRuns(date, ctx) };
    out.push(...(markers?.foot ? markers.foot.block(textPieces(date), options) : [options]));
  }
  if (out.length && markers?.foot) out.push(...markers.foot.rest());
  return out.map((options) => new Paragraph(options));
}
