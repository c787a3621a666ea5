/**
 * The one walk over the editor's Lexical JSON for the text and HTML copies of
 * a letter (email body, clipboard, PDF): blocks with their layout, and inline
 * pieces with placeholders resolved, unsafe links dropped and characters no
 * document can hold removed. Renderers then only decide how each piece looks.
 */
import type { SerializedNode } from './editorDoc';
import type { PlaceholderResolver } from './placeholders';
import { stripInvalidXmlChars } from './sanitize';

/** Identity groups the pieces of one link, so two adjacent links stay two. */
export interface LinkTarget {
  url: string;
}

export type InlinePiece =
  | { kind: 'text'; text: string; format: number; link?: LinkTarget; unfilled?: boolean }
  | { kind: 'tab'; link?: LinkTarget }
  | { kind: 'break'; link?: LinkTarget };

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface Layout {
  align?: Alignment;
  /** Lexical's indent steps, 0 for none. */
  indent: number;
}

export interface ListItem {
  inline: InlinePiece[];
  layout: Layout;
  /** Lists nested under this item. */
  lists: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export type Block =
  | { type: 'paragraph' | 'quote'; layout: Layout; inline: InlinePiece[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; layout: Layout; inline: InlinePiece[] }
  | ListBlock;

const LINK_TYPES = new Set(['link', 'autolink']);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);
const ALIGNMENTS: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  justify: 'justify',
};

/** Only web and mail links are links; anything else (javascript:, file:, data:) prints as text. */
export function safeLinkUrl(raw: unknown): string | null {
  const url = stripInvalidXmlChars(String(raw ?? '')).trim();
  return /^(https?:|mailto:)/i.test(url) ? url : null;
}

const formatOf = (node: SerializedNode) => (typeof node.format === 'number' ? node.format : 0);

/** Pasted text may hold tabs and newlines of its own; they become real tabs and breaks. */
function textPieces(raw: string, format: number, link?: LinkTarget, unfilled?: boolean): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const part of stripInvalidXmlChars(raw).split(/(\t|\r\n|\n|\r)/)) {
    if (part === '\t') pieces.push({ kind: 'tab', link });
    else if (/^[\r\n]/.test(part)) pieces.push({ kind: 'break', link });
    else if (part) pieces.push({ kind: 'text', text: part, format, link, ...(unfilled ? { unfilled } : {}) });
  }
  return pieces;
}

export function inlinePieces(
  nodes: readonly SerializedNode[],
  resolve: PlaceholderResolver,
  link?: LinkTarget,
): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const node of nodes) {
    if (node.type === 'placeholder') {
      const { text, filled } = resolve(String(node.key ?? ''));
      pieces.push(...textPieces(text, formatOf(node), link, !filled));
    } else if (node.type === 'linebreak') {
      pieces.push({ kind: 'break', link });
    } else if (node.type === 'tab') {
      pieces.push({ kind: 'tab', link });
    } else if (LINK_TYPES.has(node.type)) {
      const url = safeLinkUrl(node.url);
      pieces.push(...inlinePieces(node.children ?? [], resolve, url ? { url } : link));
    } else if (typeof node.text === 'string') {
      pieces.push(...textPieces(node.text, formatOf(node), link));
    } else {
      // Unknown inline elements keep their text.
      pieces.push(...inlinePieces(node.children ?? [], resolve, link));
    }
  }
  return mergeRuns(pieces);
}

/** Joins neighbouring text of the same look, so renderers emit one run, not one per editor node. */
function mergeRuns(pieces: InlinePiece[]): InlinePiece[] {
  const out: InlinePiece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (
      piece.kind === 'text' &&
      last?.kind === 'text' &&
      last.format === piece.format &&
      last.link === piece.link &&
      !!last.unfilled === !!piece.unfilled
    ) {
      out[out.length - 1] = { ...last, text: last.text + piece.text };
    } else out.push(piece);
  }
  return out;
}

/** True when the pieces would print something. */
export function hasContent(pieces: readonly InlinePiece[]): boolean {
  return pieces.some((piece) => piece.kind !== 'text' || piece.text.trim() !== '');
}

function layoutOf(node: SerializedNode): Layout {
  const align = typeof node.format === 'string' ? ALIGNMENTS[node.format] : undefined;
  const indent = typeof node.indent === 'number' && node.indent > 0 ? Math.floor(node.indent) : 0;
  return { ...(align ? { align } : {}), indent };
}

const containsBlock = (node: SerializedNode): boolean =>
  BLOCK_TYPES.has(node.type) || (node.children ?? []).some(containsBlock);

function headingLevel(tag: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = Number(/^h([1-6])$/.exec(String(tag))?.[1] ?? 1);
  return level as 1 | 2 | 3 | 4 | 5 | 6;
}

function convertBlock(node: SerializedNode, resolve: PlaceholderResolver, out: Block[]): void {
  const children = node.children ?? [];
  switch (node.type) {
    case 'heading':
      out.push({
        type: 'heading',
        level: headingLevel(node.tag),
        layout: layoutOf(node),
        inline: inlinePieces(children, resolve),
      });
      return;
    case 'quote':
      out.push({ type: 'quote', layout: layoutOf(node), inline: inlinePieces(children, resolve) });
      return;
    case 'list':
      out.push(convertList(node, resolve));
      return;
    case 'paragraph':
    case 'listitem': // a list item outside a list: keep its text as a paragraph
      out.push({ type: 'paragraph', layout: layoutOf(node), inline: inlinePieces(children, resolve) });
      return;
    default: {
      // Containers of blocks (tables, layouts, …) are unpacked down to their blocks.
      if (children.some(containsBlock)) {
        for (const child of children) convertBlock(child, resolve, out);
        return;
      }
      const inline = inlinePieces([node], resolve);
      if (hasContent(inline)) out.push({ type: 'paragraph', layout: layoutOf(node), inline });
    }
  }
}

/**
 * Lexical nests a list in a list item of its own after the item it belongs
 * to; here the nested list hangs under that previous item, as HTML nests it.
 */
function convertList(node: SerializedNode, resolve: PlaceholderResolver): ListBlock {
  const start = typeof node.start === 'number' && node.start >= 0 ? Math.floor(node.start) : 1;
  const list: ListBlock = { type: 'list', ordered: node.listType === 'number', start, items: [] };
  for (const item of node.children ?? []) {
    const children = item.type === 'listitem' ? (item.children ?? []) : [item];
    const nested = children
      .filter((child) => child.type === 'list')
      .map((child) => convertList(child, resolve));
    const inline = inlinePieces(
      children.filter((child) => child.type !== 'list'),
      resolve,
    );
    const previous = list.items[list.items.length - 1];
    if (!hasContent(inline) && nested.length && previous) previous.lists.push(...nested);
    else list.items.push({ inline, layout: { ...layoutOf(item), indent: 0 }, lists: nested });
  }
  return list;
}

const isEmptyParagraph = (block: Block) => block.type === 'paragraph' && !hasContent(block.inline);

/** The document's blocks, without the empty paragraphs editors leave at either end. */
export function docBlocks(nodes: readonly SerializedNode[], resolve: PlaceholderResolver): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) convertBlock(node, resolve, blocks);
  let start = 0;
  let end = blocks.length;
  while (start < end && isEmptyParagraph(blocks[start])) start++;
  while (end > start && isEmptyParagraph(blocks[end - 1])) end--;
  return blocks.slice(start, end);
}
