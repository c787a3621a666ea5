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
import { cleanPastedHtml } from '../html/cleanPastedHtml';
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
 * ending in a "↑" link back to its mark ("[1]" in the text). A letter keeps
 * their text as paragraphs, each opening with the mark the text shows, so the
 * reader can still pair them; the back links go.
 */
function notesAsParagraphs(doc: Document): Element[] {
  const notes: Element[] = [];
  const items = Array.from(doc.body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  for (const item of items) {
    item.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((a) => a.remove());
    const number = /-(\d+)$/.exec(item.id)?.[1] ?? '';
    const blocks = Array.from(item.children).filter((child) =>
      /^(p|h\d|blockquote|ul|ol)$/i.test(child.localName),
    );
    const paragraphs = blocks.length ? blocks : [item];
    paragraphs.forEach((block, i) => {
      const paragraph = doc.createElement(block.localName === 'p' || block === item ? 'p' : block.localName);
      if (i === 0 && number) paragraph.append(`[${number}] `);
      paragraph.append(...Array.from(block.childNodes));
      notes.push(paragraph);
    });
  }
  // The lists that held the notes, now empty.
  for (const list of new Set(items.map((item) => item.parentElement))) list?.remove();
  return notes;
}

/** The top-level elements of mammoth's HTML, each with what the file says it is. */
function topLevelBlocks(html: string): Array<{ html: string; hint?: BlockHint }> {
  const doc = new DOMParser().parseFromString(stripInvalidXmlChars(html), 'text/html');
  const notes = notesAsParagraphs(doc);
  const blocks = Array.from(doc.body.childNodes).map((child) =>
    child.nodeType === 1
      ? { html: (child as Element).outerHTML, hint: hintOf(child as Element) }
      : { html: child.textContent ?? '' },
  );
  return [
    ...blocks.filter((block) => block.html.trim()),
    ...notes.map((note) => ({ html: note.outerHTML, hint: 'note' as const })),
  ];
}

const isBlockNode = (node: LexicalNode) =>
  ($isElementNode(node) && !node.isInline()) || ($isDecoratorNode(node) && !node.isInline());

/**
 * Each block through the paste path, one at a time so each keeps its hint
 * (the cleaner keeps no classes). Inline pieces Lexical leaves at the top
 * level are gathered into a paragraph, as a paste into the editor would.
 */
function $importBlocks(
  editor: LexicalEditor,
  blocks: Array<{ html: string; hint?: BlockHint }>,
): Array<BlockHint | undefined> {
  const root = $getRoot();
  root.clear();
  const hints: Array<BlockHint | undefined> = [];
  for (const block of blocks) {
    let paragraph: ReturnType<typeof $createParagraphNode> | null = null;
    for (const node of $generateNodesFromDOM(editor, cleanPastedHtml(block.html))) {
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
      hints = $importBlocks(editor, topLevelBlocks(html));
    },
    { discrete: true },
  );
  const children = editor.getEditorState().toJSON().root.children as unknown as SerializedNode[];
  return children.map((node, i) => (hints[i] ? { node, hint: hints[i] } : { node }));
}
