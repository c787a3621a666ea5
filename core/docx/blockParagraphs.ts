/**
 * A letter's blocks (core/document/) -> docx paragraphs: paragraphs, headings,
 * quotes and (nested) lists, with the editor's alignment and indent.
 */
import { AlignmentType, HeadingLevel, Paragraph, type IParagraphOptions } from 'docx';
import {
  showsItemLine,
  type Alignment,
  type Block,
  type InlinePiece,
  type Layout,
  type ListBlock,
} from '../document/blocks';
import { MAX_INDENT } from '../printStyle';
import type { DocxContext } from './context';
import { inlineChildren } from './inlineRuns';
import { listReference, MAX_LIST_LEVEL, type ListKind } from './numbering';
import { INDENT_STEP, PARAGRAPH_GAP, STYLE } from './styles';

const ALIGNMENTS: Record<Alignment, IParagraphOptions['alignment']> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Word's built-in headings stop at three levels that a letter would use. */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/**
 * The alignment and indent the user gave a block; empty leaves the style's.
 * Indents stop at the print copy's deepest step, well inside the page.
 */
export function blockLayout(layout: Layout): Pick<IParagraphOptions, 'alignment' | 'indent'> {
  const indent = Math.min(layout.indent, MAX_INDENT);
  return {
    ...(layout.align ? { alignment: ALIGNMENTS[layout.align] } : {}),
    ...(indent ? { indent: { left: indent * INDENT_STEP } } : {}),
  };
}

/**
 * Where a redline (core/docx/redline/) puts its tracked changes: given a
 * block's pieces and its paragraph as the normal export builds it (without
 * its runs, unless the caller made them: the fixed lines), the paragraphs to
 * write (the block's own with its runs marked, after any blocks the older
 * version had before it).
 */
export interface ParagraphMarker {
  block(inline: readonly InlinePiece[], options: IParagraphOptions): IParagraphOptions[];
}

/**
 * A block's paragraph: its runs made here, or by the marker (given the
 * options without children), so each piece's runs are made once: Word
 * comments (DocxContext.comments) count the text they have passed.
 */
function push(
  out: IParagraphOptions[],
  inline: readonly InlinePiece[],
  options: IParagraphOptions,
  ctx: DocxContext,
  marker: ParagraphMarker | undefined,
): void {
  if (marker) out.push(...marker.block(inline, options));
  else out.push({ ...options, children: inlineChildren(inline, ctx) });
}

/**
 * Converts blocks to paragraph options; `style` is the paragraph style for
 * plain paragraphs (Body Text in the letter, Chinese Preface in the preface).
 * Options, not paragraphs: callers may keep the last block with what follows.
 */
export function blockParagraphOptions(
  blocks: readonly Block[],
  ctx: DocxContext,
  style: string,
  marker?: ParagraphMarker,
): IParagraphOptions[] {
  const out: IParagraphOptions[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        push(
          out,
          block.inline,
          {
            heading: HEADINGS[Math.min(block.level, HEADINGS.length) - 1],
            ...blockLayout(block.layout),
          },
          ctx,
          marker,
        );
        break;
      case 'quote':
        push(out, block.inline, { style: STYLE.quote, ...blockLayout(block.layout) }, ctx, marker);
        break;
      case 'list': {
        const start = out.length;
        listParagraphs(block, 0, null, ctx, out, marker);
        // Items sit tight; the list as a whole is spaced like a paragraph.
        const last = out.length - 1;
        if (last >= start) out[last] = { ...out[last], spacing: { after: PARAGRAPH_GAP } };
        break;
      }
      default:
        push(out, block.inline, { style, ...blockLayout(block.layout) }, ctx, marker);
    }
  }
  return out;
}

export function blocksToParagraphs(
  blocks: readonly Block[],
  ctx: DocxContext,
  style: string,
  marker?: ParagraphMarker,
): Paragraph[] {
  return blockParagraphOptions(blocks, ctx, style, marker).map((options) => new Paragraph(options));
}

interface ListPosition {
  kind: ListKind;
  instance: number;
  reference: ReturnType<typeof listReference>;
}

/**
 * A nested list of the same kind shares its parent's numbering instance one
 * level deeper (so Word shows 1. / (a) / i.); a different kind starts an
 * instance of its own, counting from its start.
 */
function listParagraphs(
  list: ListBlock,
  level: number,
  parent: ListPosition | null,
  ctx: DocxContext,
  out: IParagraphOptions[],
  marker: ParagraphMarker | undefined,
): void {
  const kind: ListKind = list.ordered ? 'number' : 'bullet';
  const position: ListPosition =
    parent?.kind === kind
      ? parent
      : { kind, instance: ctx.newListInstance(), reference: listReference(kind, list.start, ctx.fonts) };
  const numbering = {
    reference: position.reference,
    level: Math.min(level, MAX_LIST_LEVEL),
    instance: position.instance,
  };
  for (const item of list.items) {
    if (showsItemLine(item)) {
      push(out, item.inline, { numbering, ...blockLayout(item.layout) }, ctx, marker);
    }
    for (const nested of item.lists) listParagraphs(nested, level + 1, position, ctx, out, marker);
  }
}
