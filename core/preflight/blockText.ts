/**
 * The text of each top-level block of one side's editor, as the rules read it:
 * core's one reading of the letter (core/document/), with placeholders showing
 * their current value and their spans kept so rules can skip them. Offsets
 * count the block's pieces in order (text, placeholder text, "\t" per tab, the
 * line break as typed), as the renderer counts them to select a problem.
 */
import { blockPieces, type PlaceholderUse } from '../document/blocks';
import { readBlocks } from '../document/readBlocks';
import type { EditorDoc } from '../editorDoc';
import type { PlaceholderResolver } from '../placeholders';
import type { Side } from '../sides';

export interface PlaceholderSpan {
  key: string;
  filled: boolean;
  /** The bracketed label (unfilled) or the value shown. */
  text: string;
  offset: number;
  length: number;
}

export interface BlockText {
  side: Side;
  blockIndex: number;
  /** The block's node type: "paragraph", "heading", "list", "quote" … */
  type: string;
  text: string;
  placeholders: PlaceholderSpan[];
}

export function blockTexts(doc: EditorDoc, side: Side, resolve: PlaceholderResolver): BlockText[] {
  // Block by block, not the whole document: a problem's place is the editor's top-level block.
  return doc.root.children.map((node, blockIndex) => {
    const out: BlockText = { side, blockIndex, type: node.type, text: '', placeholders: [] };
    let previous: PlaceholderUse | undefined;
    for (const piece of readBlocks([node], resolve).flatMap(blockPieces)) {
      const use = piece.placeholder;
      const last = out.placeholders[out.placeholders.length - 1];
      // A value with a line break in it comes as several pieces: still one span.
      if (use && use === previous) {
        last.text += piece.text;
        last.length += piece.text.length;
      } else if (use) {
        out.placeholders.push({
          ...use,
          text: piece.text,
          offset: out.text.length,
          length: piece.text.length,
        });
      }
      previous = use;
      out.text += piece.text;
    }
    return out;
  });
}

/** True when [offset, offset+length) overlaps a placeholder. */
export function insidePlaceholder(block: BlockText, offset: number, length: number): boolean {
  return block.placeholders.some((p) => offset < p.offset + p.length && p.offset < offset + length);
}
