/**
 * A side of a letter as bare text: one line per paragraph, heading, quote and
 * list item, line breaks as "\n" and tabs as "\t". What the library's search,
 * the CLI, snippets and the conflict dialog read; the formatted text copy for
 * email is core/letterText.ts.
 */
import type { EditorDoc } from '../editorDoc';
import { showsItemLine, type Block, type InlinePiece } from './blocks';
import { readDocument } from './readBlocks';

const pieceText = (piece: InlinePiece) => (piece.kind === 'break' ? '\n' : piece.text);

function blockLines(block: Block): string[] {
  if (block.type !== 'list') return [block.inline.map(pieceText).join('')];
  return block.items.flatMap((item) => [
    ...(showsItemLine(item) ? [item.inline.map(pieceText).join('')] : []),
    ...item.lists.flatMap(blockLines),
  ]);
}

/** Each block's text, a list item per line. */
const blocksPlainText = (blocks: readonly Block[]): string => blocks.flatMap(blockLines).join('\n');

/** The text of a document with each placeholder shown as `show(key)` says. */
export function docToPlainText(doc: EditorDoc, show: (key: string) => string): string {
  return blocksPlainText(readDocument(doc, (key) => ({ text: show(key), filled: true })));
}
