/**
 * A DOCX's HTML (docxToHtml.ts) read the way the editor reads a paste: the
 * paste cleaner (core/html/cleanPastedHtml.ts), then Lexical's own HTML import
 * (`$generateNodesFromDOM`) in a headless editor with the editor's nodes
 * (core/editor/editorNodes.ts). What comes out is the editor's stored JSON,
 * block by block, each with the part of a letter its LetterDesk style named
 * (`ld-*` classes), for recogniseParts.ts to sort into the letter's parts.
 *
 * Runs in Node under happy-dom (`withDOM`), which is loaded with the import,
 * not before. Everything here is synchronous inside one `withDOM`, as it asks.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import {
  $createParagraphNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { EDITOR_NODES } from '../editor/editorNodes';
import type { SerializedNode } from '../editorDoc';
import { cleanHtmlDocument } from '../html/cleanPastedHtml';
import { stripInvalidXmlChars } from '../sanitize';
import { isLdPart, LD_CLASS_PREFIX, type BlockHint, type ImportedBlock } from './ldParts';

export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'import',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

function hintOf(element: Element): BlockHint | undefined {
  for (const name of Array.from(element.classList)) {
    const part = name.startsWith(LD_CLASS_PREFIX) ? name.slice(LD_CLASS_PREFIX.length) : '';
    if (isLdPart(part)) return part;
  }
  return undefined;
}

/**
 * mammoth writes footnotes and endnotes as one list at the end, each item
 * ending in a "↑" link back to its mark in the text ("[1]", numbered in the
 * order the text refers to them). A letter keeps their text as paragraphs,
 * each opening with the mark the text shows, so the reader can still pair
 * them; the back links go.
 */
function notesAsParagraphs(doc: Document): Element[] {
  const notes: Element[] = [];
  const items = Array.from(doc.body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  for (const item of items) {
    const backLinks = item.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]');
    backLinks.forEach((a) => a.remove());
    const mark = doc.getElementById(item.id.replace(/^(footnote|endnote)-/, '$1-ref-'))?.textContent?.trim();
    const blocks = Array.from(item.children).filter((child) => /^(p|h\d|blockquote)$/i.test(child.localName));
    (blocks.length ? blocks : [item]).forEach((block, i) => {
      const paragraph = doc.createElement(block === item ? 'p' : block.localName);
      if (i === 0 && mark) paragraph.append(`${mark} `);
      paragraph.append(...Array.from(block.childNodes));
      notes.push(paragraph);
    });
  }
  // The lists that held the notes, now empty.
  for (const list of new Set(items.map((item) => item.parentElement))) list?.remove();
  return notes;
}

/**
 * mammoth's HTML parsed once and cleaned as a paste is: its top-level nodes,
 * each with what the file says it is, read before the cleaner takes the
 * classes off (it cleans in place, so each element is still itself after).
 */
function cleanedBlocks(html: string): Array<{ node: ChildNode; hint?: BlockHint }> {
  const doc = new DOMParser().parseFromString(stripInvalidXmlChars(html), 'text/html');
  const hints = new Map<ChildNode, BlockHint>();
  for (const element of Array.from(doc.body.children)) {
    const hint = hintOf(element);
    if (hint) hints.set(element, hint);
  }
  for (const note of notesAsParagraphs(doc)) {
    doc.body.append(note);
    hints.set(note, 'note');
  }
  cleanHtmlDocument(doc);
  return Array.from(doc.body.childNodes)
    .filter((node) => node.nodeType === 1 || node.textContent?.trim())
    .map((node) => (hints.has(node) ? { node, hint: hints.get(node) } : { node }));
}

const isBlockNode = (node: LexicalNode) =>
  ($isElementNode(node) && !node.isInline()) || ($isDecoratorNode(node) && !node.isInline());

/**
 * Each top-level node through Lexical's HTML import on its own, so the
 * editor's blocks it gives keep its hint. Inline pieces Lexical leaves at the
 * top level are gathered into a paragraph, as a paste into the editor would.
 */
function $importBlocks(
  editor: LexicalEditor,
  blocks: Array<{ node: ChildNode; hint?: BlockHint }>,
): Array<BlockHint | undefined> {
  const root = $getRoot();
  root.clear();
  const hints: Array<BlockHint | undefined> = [];
  for (const block of blocks) {
    let paragraph: ReturnType<typeof $createParagraphNode> | null = null;
    const alone = block.node.ownerDocument!.createDocumentFragment();
    alone.append(block.node);
    for (const node of $generateNodesFromDOM(editor, alone)) {
      if (isBlockNode(node)) {
        root.append(node);
        hints.push(block.hint);
        paragraph = null;
      } else {
        if (!paragraph) {
          paragraph = $createParagraphNode();
          root.append(paragraph);
          hints.push(block.hint);
        }
        paragraph.append(node);
      }
    }
  }
  return hints;
}

/** The file's HTML as the editor's blocks, in order. Call inside `withDOM`. */
export function htmlToBlocks(html: string): ImportedBlock[] {
  const editor = headlessEditor();
  let hints: Array<BlockHint | undefined> = [];
  editor.update(
    () => {
      hints = $importBlocks(editor, cleanedBlocks(html));
    },
    { discrete: true },
  );
  const children = editor.getEditorState().toJSON().root.children as unknown as SerializedNode[];
  return children.map((node, i) => (hints[i] ? { node, hint: hints[i] } : { node }));
}
