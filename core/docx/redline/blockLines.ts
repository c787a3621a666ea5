/**
 * A side's blocks as the compare's lines: one per paragraph, heading, quote
 * and shown list item, nested items in reading order (the order and rule of
 * core/compare/sideBlocks.ts), each as its inline pieces and its kind.
 */
import type { DiffBlock } from '../../compare/comparison';
import { showsItemLine, type Block, type InlinePiece } from '../../document/blocks';

/** A line of the older version: its pieces, and (for the editor's blocks) its kind, to see a kind change. */
export interface OlderLine {
  inline: readonly InlinePiece[];
  kind?: DiffBlock['kind'];
  level?: DiffBlock['level'];
}

export function blockLines(blocks: readonly Block[]): OlderLine[] {
  return blocks.flatMap((block): OlderLine[] => {
    if (block.type === 'heading') return [{ inline: block.inline, kind: 'heading', level: block.level }];
    if (block.type !== 'list') return [{ inline: block.inline, kind: block.type }];
    return block.items.flatMap((item) => [
      ...(showsItemLine(item) ? [{ inline: item.inline, kind: 'listItem' as const }] : []),
      ...blockLines(item.lists),
    ]);
  });
}
