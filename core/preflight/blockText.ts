/**
 * The text of each top-level block of one side's editor, as the rules read it:
 * placeholders show their current value, and their spans are kept so rules can
 * skip them. Offsets count the block's leaves in order (text, placeholder text,
 * "\n" per line break), the same walk the renderer does to select a problem.
 */
import type { EditorDoc, SerializedNode } from '../editorDoc';
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
  return doc.root.children.map((block, blockIndex) => {
    const out: BlockText = { side, blockIndex, type: block.type, text: '', placeholders: [] };
    const visit = (node: SerializedNode) => {
      if (node.type === 'placeholder') {
        const key = String(node.key ?? '');
        const { text, filled } = resolve(key);
        out.placeholders.push({ key, filled, text, offset: out.text.length, length: text.length });
        out.text += text;
      } else if (node.type === 'linebreak') out.text += '\n';
      else if (typeof node.text === 'string') out.text += node.text;
      else for (const child of node.children ?? []) visit(child);
    };
    for (const child of block.children ?? []) visit(child);
    return out;
  });
}

/** True when [offset, offset+length) overlaps a placeholder. */
export function insidePlaceholder(block: BlockText, offset: number, length: number): boolean {
  return block.placeholders.some((p) => offset < p.offset + p.length && p.offset < offset + length);
}
