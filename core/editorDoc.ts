/**
 * The editor's document as stored: Lexical's own serialized JSON
 * (`editorState.toJSON()`), so the renderer can restore it exactly. Pure code
 * here reads and builds that JSON without importing Lexical, so the DOCX
 * builder, the CLI and the tests can work on letters with no DOM. Its zod
 * schema is in schemas/editorDoc.ts, which only the main process loads; its
 * one reading as text (blocks and inline pieces) is core/document/.
 */

/** Lexical's text format bit flags (lexical/LexicalConstants). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  text?: string;
  /** Text nodes: a bit field; element nodes: the alignment ("left", "center", …). */
  format?: number | string;
  [key: string]: unknown;
}

export interface EditorDoc {
  root: SerializedNode & { type: 'root'; children: SerializedNode[] };
}

const ELEMENT_BASE = { direction: null, format: '', indent: 0, version: 1 };
const TEXT_BASE = { detail: 0, format: 0, mode: 'normal', style: '', version: 1 };

export function textNode(text: string, format = 0): SerializedNode {
  return { ...TEXT_BASE, type: 'text', text, format };
}

export function placeholderNode(key: string): SerializedNode {
  // `text` is only what the editor last displayed; the live value is always
  // re-resolved from the letter's fields (see placeholders.ts).
  return { ...TEXT_BASE, mode: 'token', type: 'placeholder', key, text: `{{${key}}}` };
}

export function paragraphNode(children: SerializedNode[]): SerializedNode {
  return { ...ELEMENT_BASE, type: 'paragraph', textFormat: 0, textStyle: '', children };
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', children: SerializedNode[]): SerializedNode {
  return { ...ELEMENT_BASE, type: 'heading', tag, children };
}

/** A comment's anchor, as @lexical/mark stores it: `ids` name the threads in `letter.comments`. */
export function markNode(ids: string[], children: SerializedNode[]): SerializedNode {
  return { ...ELEMENT_BASE, type: 'mark', ids, children };
}

export function editorDoc(children: SerializedNode[]): EditorDoc {
  return { root: { ...ELEMENT_BASE, type: 'root', children } };
}

export const emptyDoc = (): EditorDoc => editorDoc([paragraphNode([])]);

/** Calls `visit` for every node, depth first, in document order; with a stack of its own, so no depth can overflow it. */
export function walk(node: SerializedNode, visit: (node: SerializedNode) => void): void {
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    visit(next);
    const children = next.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
