/**
 * The parts of the letter in print order: the Chinese preface (headline and
 * summary) and the English letter (date line, addressee, salutation, body,
 * closing, signature space and signatory block).
 */
import type { Paragraph } from 'docx';
import { formatDateEnglish } from '../dates';
import type { SerializedNode } from '../editorDoc';
import { addresseeLine } from '../letter';
import { signatoryLines } from '../signatory';
import type { DocxContext } from './context';
import { hasInlineContent, inlineChildren, plainRuns } from './inlineRuns';
import { blockLayout, blocksToParagraphs, trimEmptyBlocks } from './lexicalToDocx';
import { STYLE } from './styles';

const lines = (text: string) => text.split(/\r\n|\n|\r/).filter((line) => line.trim());

/** "Brussels, 8 May 2020"; either part may be missing. */
export function dateLine(place: string, isoDate: string): string {
  return [place.trim(), isoDate ? formatDateEnglish(isoDate) : ''].filter(Boolean).join(', ');
}

export function englishLetter(ctx: DocxContext): Paragraph[] {
  const { letter } = ctx;
  const line = (style: string, text: string, keepNext = false) =>
    ctx.paragraph({ style, children: plainRuns(text, ctx), ...(keepNext ? { keepNext } : {}) });
  const out: Paragraph[] = [];

  const date = dateLine(letter.place, letter.date);
  if (date) out.push(line(STYLE.date, date));
  for (const text of lines(addresseeLine(letter))) out.push(line(STYLE.addressee, text));
  if (letter.salutation.trim()) out.push(line(STYLE.salutation, letter.salutation.trim()));
  out.push(...blocksToParagraphs(trimEmptyBlocks(letter.body.root.children, ctx), ctx, STYLE.body));
  // The Closing style's space after is the signature space.
  if (letter.closing.trim()) out.push(line(STYLE.closing, letter.closing.trim()));
  // The signatory block stays together on one page.
  const signatory = signatoryLines(letter.signatory);
  signatory.forEach((text, i) => out.push(line(STYLE.signatory, text, i < signatory.length - 1)));
  return out;
}

/** The preface's first heading is its headline; everything else follows in order. */
export function splitPreface(nodes: readonly SerializedNode[]): {
  headline: SerializedNode | null;
  rest: SerializedNode[];
} {
  const index = nodes.findIndex((node) => node.type === 'heading');
  if (index < 0) return { headline: null, rest: [...nodes] };
  return { headline: nodes[index], rest: nodes.filter((_, i) => i !== index) };
}

export function chinesePreface(ctx: DocxContext): Paragraph[] {
  const { headline, rest } = splitPreface(ctx.letter.preface.root.children);
  const out: Paragraph[] = [];
  const headlineNodes = headline?.children ?? [];
  if (headline && hasInlineContent(headlineNodes, ctx)) {
    out.push(
      ctx.paragraph({
        style: STYLE.headline,
        ...blockLayout(headline),
        children: inlineChildren(headlineNodes, ctx),
      }),
    );
  }
  out.push(...blocksToParagraphs(trimEmptyBlocks(rest, ctx), ctx, STYLE.preface));
  return out;
}
