/**
 * One side's tracked changes, laid over the normal export as it builds the
 * newer version's paragraphs (core/docx/blockParagraphs.ts's ParagraphMarker).
 *
 * The compare's blocks are found by their text, in order: a block the export
 * writes is matched with the next compared block whose newer text is the
 * same, and the older version's blocks deleted before it are written first,
 * as deleted paragraphs. Matching by text, not by position, keeps the two in
 * step where the export leaves blocks out or moves them (empty paragraphs at
 * either end of the preface; its headline, always printed first).
 */
import type { IParagraphOptions } from 'docx';
import type { DiffBlock } from '../../compare/comparison';
import { piecesText, type Block, type InlinePiece } from '../../document/blocks';
import { textPieces } from '../../document/readBlocks';
import { blockParagraphOptions } from '../blockParagraphs';
import type { DocxContext } from '../context';
import { inlineChildren, type Revision } from '../inlineRuns';
import type { SideMarker } from '../letterSections';
import type { OlderLine } from './blockLines';
import { markedPieces, sameLook } from './markedPieces';

/** The text a compared block has in the newer version. */
const newerText = (block: DiffBlock) =>
  block.parts
    .filter((part) => part.change !== 'deleted')
    .map((part) => part.text)
    .join('');

const olderText = (block: DiffBlock) =>
  block.parts
    .filter((part) => part.change !== 'inserted')
    .map((part) => part.text)
    .join('');

/** A deleted block as the export would write it had it stayed: its kind's style, no layout (the compare keeps none). */
function deletedBlock({ kind, level }: Pick<DiffBlock, 'kind' | 'level'>, inline: InlinePiece[]): Block {
  const layout = { indent: 0 };
  switch (kind) {
    case 'heading':
      return { type: 'heading', level: level ?? 1, layout, inline };
    case 'listItem':
      return { type: 'list', ordered: false, start: 1, items: [{ inline, layout, lists: [] }] };
    default:
      return { type: kind, layout, inline };
  }
}

/**
 * `olderLines` are the older version's blocks' pieces, one per compared line
 * (as core/compare/sideBlocks.ts reads them), for the formats of deleted text.
 * `style` is the paragraph style of a deleted plain paragraph: one for the
 * side, or one per block of the older version (fixed lines each have their own).
 */
export function sideMarker(
  blocks: readonly DiffBlock[],
  olderLines: readonly OlderLine[],
  ctx: DocxContext,
  style: string | ((olderIndex: number) => string),
  revision: () => Revision,
): SideMarker {
  let next = 0;
  // Where each compared block stood in the older version.
  let older = 0;
  const olderIndex = blocks.map((block) => (block.change === 'inserted' ? -1 : older++));
  const styleOf = (index: number) => (typeof style === 'string' ? style : style(olderIndex[index]));
  /** The older pieces of a compared block, when they are the text the compare read. */
  const olderPieces = (index: number): readonly InlinePiece[] | undefined => {
    const pieces = olderLines[olderIndex[index]]?.inline;
    return pieces && piecesText(pieces) === olderText(blocks[index]) ? pieces : undefined;
  };
  /** The older block's kind when it was another (a heading made a paragraph, a list item a quote…). */
  const olderKind = (index: number): Pick<DiffBlock, 'kind' | 'level'> | undefined => {
    const line = olderLines[olderIndex[index]];
    const block = blocks[index];
    return line?.kind && (line.kind !== block.kind || line.level !== block.level)
      ? { kind: line.kind, level: line.level }
      : undefined;
  };

  /** A whole deleted block: its runs and its paragraph mark tracked as deleted. */
  const deleted = (index: number, before?: IParagraphOptions): IParagraphOptions => {
    const block = blocks[index];
    const inline = [...(olderPieces(index) ?? textPieces(olderText(block)))];
    const children = inlineChildren(inline, ctx, { changes: inline.map(() => 'deleted'), revision });
    // A list item deleted next to a kept one takes its list; elsewhere it is a bullet.
    const kind = olderKind(index) ?? block;
    const [options] =
      kind.kind === 'listItem' && before?.numbering
        ? [{ numbering: before.numbering }]
        : blockParagraphOptions([deletedBlock(kind, inline)], ctx, styleOf(index));
    return { ...options, children, run: { deletion: revision() } };
  };

  const deletedBetween = (from: number, to: number, before?: IParagraphOptions) => {
    const out: IParagraphOptions[] = [];
    for (let i = from; i < to; i++) if (blocks[i].change === 'deleted') out.push(deleted(i, before));
    return out;
  };

  return {
    block(inline, options) {
      const text = piecesText(inline);
      let found = next;
      while (
        found < blocks.length &&
        (blocks[found].change === 'deleted' || newerText(blocks[found]) !== text)
      )
        found++;
      const plain = (): IParagraphOptions => ({
        ...options,
        children: options.children ?? inlineChildren(inline, ctx),
      });
      // Not in the compare (it should always be): written as it is, untracked.
      if (found >= blocks.length) return [plain()];
      const out = deletedBetween(next, found, options);
      next = found + 1;
      const block = blocks[found];
      // A block of another kind now: Word tracks no change of style here, so the older
      // block is deleted whole and the newer inserted whole (accept or reject gives either).
      if (block.change !== 'inserted' && olderKind(found)) out.push(deleted(found, options));
      if (block.change === 'inserted' || olderKind(found)) {
        const changes = inline.map(() => 'inserted' as const);
        out.push({
          ...options,
          children: inlineChildren(inline, ctx, { changes, revision }),
          run: { insertion: revision() },
        });
      } else if (block.change === 'changed') {
        const marked = markedPieces(inline, block.parts, olderPieces(found));
        out.push({
          ...options,
          children: inlineChildren(marked.pieces, ctx, { changes: marked.changes, revision }),
        });
      } else {
        // Unchanged text may have a new look (a word made bold, a link added): marked piece by piece.
        const older = olderPieces(found);
        if (older && !sameLook(older, inline)) {
          const marked = markedPieces(inline, [{ text, change: 'same' }], older);
          out.push({
            ...options,
            children: inlineChildren(marked.pieces, ctx, { changes: marked.changes, revision }),
          });
        } else out.push(plain());
      }
      return out;
    },
    rest() {
      const out = deletedBetween(next, blocks.length);
      next = blocks.length;
      return out;
    },
  };
}
