/**
 * The parts of the letter in print order: the Chinese preface (headline,
 * summary and Chinese date) and the English letter (date line, addressee,
 * reference, salutation, body, closing, signature space and signatory block).
 */
import { Paragraph, type IParagraphOptions } from 'docx';
import { addresseeLine } from '../letter';
import { piecesText } from '../document/blocks';
import { readDocument } from '../document/readBlocks';
import { chineseDateLine, englishDateLine, readPreface, referenceLine } from '../letterParts';
import { placeholderResolver } from '../placeholders';
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

const line = (ctx: DocxContext, style: string, text: string, keepNext = false) =>
  new Paragraph({ style, children: plainRuns(text, ctx), ...(keepNext ? { keepNext } : {}) });

/**
 * A redline's marks for one side: each block's tracked changes, then the
 * blocks the older version had after the newer one's last.
 */
export interface SideMarker extends ParagraphMarker {
  rest(): IParagraphOptions[];
}

export function englishLetter(ctx: DocxContext, marker?: SideMarker): Paragraph[] {
  const { letter } = ctx;
  // The fixed lines are worded in letterParts, as in the editor and the other copies.
  const out: Paragraph[] = [];

  const date = englishDateLine(letter, ctx.settings);
  if (date) out.push(line(ctx, STYLE.date, date));
  for (const text of lines(addresseeLine(letter))) out.push(line(ctx, STYLE.addressee, text));
  const reference = referenceLine(letter, ctx.settings);
  if (reference) out.push(line(ctx, STYLE.reference, reference));
  if (letter.salutation.trim()) out.push(line(ctx, STYLE.salutation, letter.salutation.trim()));
  out.push(...blocksToParagraphs(readDocument(letter.body, resolveIn(ctx)), ctx, STYLE.body, marker));
  if (marker) out.push(...marker.rest().map((options) => new Paragraph(options)));
  // The Closing style's space after is the signature space.
  if (letter.closing.trim()) out.push(line(ctx, STYLE.closing, letter.closing.trim()));
  // The signatory block stays together on one page.
  const signatory = signatoryLines(letter.signatory);
  signatory.forEach((text, i) => out.push(line(ctx, STYLE.signatory, text, i < signatory.length - 1)));
  return out;
}

/**
 * The headline, the summary and the Chinese date under them; nothing at all
 * when the preface is empty, as a date alone is not a Chinese page.
 */
export function chinesePreface(ctx: DocxContext, marker?: SideMarker): Paragraph[] {
  const { headline, rest: blocks } = readPreface(ctx.letter, resolveIn(ctx));
  const out: IParagraphOptions[] = [];
  if (headline) {
    const options = {
      style: STYLE.headline,
      ...blockLayout(headline.layout),
      children: inlineChildren(headline.inline, ctx),
    };
    out.push(...(marker ? marker.block(headline.inline, options) : [options]));
  }
  out.push(...blockParagraphOptions(blocks, ctx, STYLE.preface, marker));
  if (marker) out.push(...marker.rest());
  const date = chineseDateLine(ctx.letter);
  if (out.length && date) {
    // A short closing paragraph ("信函全文如下：") goes to the next page with the date rather
    // than leave it alone there. Not a long one: LibreOffice would move all of it, leaving
    // the headline alone on the first page.
    const last = blocks.at(-1);
    if (last?.type === 'paragraph' && piecesText(last.inline).length <= SHORT_PARAGRAPH) {
      out[out.length - 1] = { ...out[out.length - 1], keepNext: true };
    }
    out.push({ style: STYLE.chineseDate, children: plainRuns(date, ctx) });
  }
  return out.map((options) => new Paragraph(options));
}
