/**
 * One side of a letter (or of a version of it) as the compare reads it: a
 * line per paragraph, heading, quote and list item, each with its text,
 * placeholders resolved for that letter by core/document, the one reading of
 * a letter's text. The read-only view of a version shows the same blocks.
 */
import { piecesText, type Block } from '../document/blocks';
import { readDocument } from '../document/readBlocks';
import type { EnglishDateStyle } from '../dates';
import type { LetterContent } from '../history/version';
import type { Letter } from '../letter';
import { placeholderResolver } from '../placeholders';
import type { Side } from '../sides';
import type { DiffBlock } from './comparison';

/** A block as compared: its kind (and a heading's level) and its text. */
export interface TextBlock extends Pick<DiffBlock, 'kind' | 'level'> {
  text: string;
}

/** Lists become one block per item, nested items in reading order: the diff and the page work line by line. */
function textBlocks(blocks: readonly Block[]): TextBlock[] {
  return blocks.flatMap((block): TextBlock[] => {
    if (block.type === 'heading')
      return [{ kind: 'heading', level: block.level, text: piecesText(block.inline) }];
    if (block.type !== 'list') return [{ kind: block.type, text: piecesText(block.inline) }];
    return block.items.flatMap((item) => [
      ...(item.inline.length || !item.lists.length
        ? [{ kind: 'listItem' as const, text: piecesText(item.inline) }]
        : []),
      ...textBlocks(item.lists),
    ]);
  });
}

export function readSide(content: LetterContent, side: Side, dateStyle?: EnglishDateStyle): TextBlock[] {
  // The resolver reads only the fields, dates and signatory, which a version keeps.
  const resolve = placeholderResolver(content as Letter, dateStyle);
  return textBlocks(readDocument(content[side], resolve));
}

/** A block shown whole: unchanged, or entirely new or gone. */
export function wholeBlock(block: TextBlock, change: 'same' | 'inserted' | 'deleted'): DiffBlock {
  return {
    kind: block.kind,
    ...(block.level ? { level: block.level } : {}),
    change,
    parts: block.text ? [{ text: block.text, change }] : [],
  };
}

/** A side as it reads, every block unchanged: the read-only view of one version. */
export function sideBlocks(content: LetterContent, side: Side, dateStyle?: EnglishDateStyle): DiffBlock[] {
  return readSide(content, side, dateStyle).map((block) => wholeBlock(block, 'same'));
}
