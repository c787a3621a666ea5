/**
 * A side's blocks as the compare's lines: one per paragraph, heading, quote
 * and shown list item, nested items in reading order (the order and rule of
 * core/compare/sideBlocks.ts), each as its inline pieces.
 */
import { showsItemLine, type Block, type InlinePiece } from '../../document/blocks';

export function blockLines(blocks: readonly Block[]): InlinePiece[][] {
  return blocks.flatMap((block): InlinePiece[][] => {
    if (block.type !== 'list') return [block.inline];
    return block.items.flatMap((item) => [
      ...(showsItemLine(item) ? [item.inline] : []),
      ...blockLines(item.lists),
    ]);
  });
}
