/**
 * The one walk over the editor's Lexical JSON (core/editorDoc.ts): nodes in,
 * blocks and inline pieces (./blocks.ts) out. Everything that reads a letter's
 * text goes through here, so a link, a placeholder, a pasted tab or an
 * unknown node comes out the same in every copy and every check.
 */
import { MARK_NODE_TYPE } from '../comments/withoutComments';
import type { EditorDoc, SerializedNode } from '../editorDoc';
import { linkTarget } from '../links';
import type { PlaceholderResolver } from '../placeholders';
import { stripInvalidXmlChars } from '../sanitize';
import {
  hasContent,
  trimEmptyEnds,
  type Alignment,
  type Block,
  type HeadingLevel,
  type InlinePiece,
  type Layout,
  type LinkTarget,
  type ListBlock,
  type PlaceholderUse,
} from './blocks';

/** How to read: `marks` keeps comment marks' thread ids on the pieces (see InlinePiece.comments). */
export interface ReadOptions {
  marks?: boolean;
}

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

const formatOf = (node: SerializedNode) => (typeof node.format === 'number' ? node.format : 0);

/**
 * Text as pieces: pasted text may hold tabs and newlines of its own, which
 * become real tabs and breaks. Also how fixed lines (date line, signatory)
 * become pieces for the DOCX.
 */
export function textPieces(
  raw: string,
  format = 0,
  link?: LinkTarget,
  placeholder?: PlaceholderUse,
): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const part of stripInvalidXmlChars(raw).split(/(\t|\r\n|\n|\r)/)) {
    if (part === '\t') pieces.push({ kind: 'tab', text: part, format, link });
    else if (/^[\r\n]/.test(part)) pieces.push({ kind: 'break', text: part, link });
    else if (part)
      pieces.push({ kind: 'text', text: part, format, link, ...(placeholder ? { placeholder } : {}) });
  }
  return pieces;
}

/** The thread ids of the marks around a piece; undefined when marks are not read. */
type Marks = readonly string[] | undefined;

const withMarks = (pieces: InlinePiece[], marks: Marks): InlinePiece[] =>
  marks ? pieces.map((piece) => ({ ...piece, comments: marks })) : pieces;

/** The ids a comment mark adds to those around it (a mark in a mark keeps both). */
function markIds(node: SerializedNode, outer: Marks): Marks {
  const ids = Array.isArray(node.ids) ? node.ids.filter((id): id is string => typeof id === 'string') : [];
  const all = [...(outer ?? []), ...ids.filter((id) => !outer?.includes(id))];
  return all.length ? all : undefined;
}

function collectInline(
  nodes: readonly SerializedNode[],
  resolve: PlaceholderResolver,
  link: LinkTarget | undefined,
  out: InlinePiece[],
  marks: Marks,
  options: ReadOptions,
): void {
  for (const node of nodes) {
    if (options.marks && node.type === MARK_NODE_TYPE) {
      collectInline(node.children ?? [], resolve, link, out, markIds(node, marks), options);
      continue;
    }
    if (node.type === 'placeholder') {
      const key = String(node.key ?? '');
      const { text, filled } = resolve(key);
      out.push(...withMarks(textPieces(text, formatOf(node), link, { key, filled }), marks));
    } else if (node.type === 'linebreak') {
      out.push(...withMarks([{ kind: 'break', text: '\n', link }], marks));
    } else if (node.type === 'tab') {
      out.push(...withMarks([{ kind: 'tab', text: '\t', format: formatOf(node), link }], marks));
    } else if (LINK_TYPES.has(node.type)) {
      const url = linkTarget(node.url);
      // A link inside a link keeps the outer one: documents cannot nest them.
      collectInline(node.children ?? [], resolve, link ?? (url ? { url } : undefined), out, marks, options);
    } else if (typeof node.text === 'string') {
      out.push(...withMarks(textPieces(node.text, formatOf(node), link), marks));
    } else {
      // Unknown inline elements (and comment marks, unless read) keep their text.
      collectInline(node.children ?? [], resolve, link, out, marks, options);
    }
  }
}

/**
 * Joins neighbouring text of the same look into one piece, so copies emit one
 * run, not one per editor node. A placeholder stays a piece of its own: the
 * preflight must know where its text is.
 */
function mergeRuns(pieces: InlinePiece[]): InlinePiece[] {
  const out: InlinePiece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (
      piece.kind === 'text' &&
      last?.kind === 'text' &&
      !piece.placeholder &&
      !last.placeholder &&
      last.format === piece.format &&
      last.link === piece.link &&
      last.comments === piece.comments
    ) {
      out[out.length - 1] = { ...last, text: last.text + piece.text };
    } else out.push(piece);
  }
  return out;
}

function readInline(
  nodes: readonly SerializedNode[],
  resolve: PlaceholderResolver,
  options: ReadOptions,
): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  collectInline(nodes, resolve, undefined, pieces, undefined, options);
  return mergeRuns(pieces);
}

function layoutOf(node: SerializedNode): Layout {
  const align = typeof node.format === 'string' ? ALIGNMENTS[node.format] : undefined;
  const indent = typeof node.indent === 'number' && node.indent > 0 ? Math.floor(node.indent) : 0;
  return { ...(align ? { align } : {}), indent };
}

const containsBlock = (node: SerializedNode): boolean =>
  BLOCK_TYPES.has(node.type) || (node.children ?? []).some(containsBlock);

function headingLevel(tag: unknown): HeadingLevel {
  return Number(/^h([1-6])$/.exec(String(tag))?.[1] ?? 1) as HeadingLevel;
}

function readBlock(
  node: SerializedNode,
  resolve: PlaceholderResolver,
  out: Block[],
  options: ReadOptions,
): void {
  const children = node.children ?? [];
  switch (node.type) {
    case 'heading':
      out.push({
        type: 'heading',
        level: headingLevel(node.tag),
        layout: layoutOf(node),
        inline: readInline(children, resolve, options),
      });
      return;
    case 'quote':
      out.push({ type: 'quote', layout: layoutOf(node), inline: readInline(children, resolve, options) });
      return;
    case 'list':
      out.push(readList(node, resolve, options));
      return;
    case 'paragraph':
    case 'listitem': // a list item outside a list: keep its text as a paragraph
      out.push({ type: 'paragraph', layout: layoutOf(node), inline: readInline(children, resolve, options) });
      return;
    default: {
      // Containers of blocks (tables, layouts, …) are unpacked down to their blocks.
      if (children.some(containsBlock)) {
        for (const child of children) readBlock(child, resolve, out, options);
        return;
      }
      const inline = readInline([node], resolve, options);
      if (hasContent(inline)) out.push({ type: 'paragraph', layout: layoutOf(node), inline });
    }
  }
}

/**
 * Lexical nests a list in a list item of its own after the item it belongs
 * to; here the nested list hangs under that previous item, as HTML nests it.
 */
/** Word counts a list from 0 to 32,767; anything else is a list from 1. */
function listStart(start: unknown): number {
  return typeof start === 'number' && Number.isFinite(start) && start >= 0
    ? Math.min(Math.floor(start), 32767)
    : 1;
}

function readList(node: SerializedNode, resolve: PlaceholderResolver, options: ReadOptions): ListBlock {
  const start = listStart(node.start);
  const list: ListBlock = { type: 'list', ordered: node.listType === 'number', start, items: [] };
  for (const item of node.children ?? []) {
    const children = item.type === 'listitem' ? (item.children ?? []) : [item];
    const nested = children
      .filter((child) => child.type === 'list')
      .map((child) => readList(child, resolve, options));
    const inline = readInline(
      children.filter((child) => child.type !== 'list'),
      resolve,
      options,
    );
    const previous = list.items[list.items.length - 1];
    if (!hasContent(inline) && nested.length && previous) previous.lists.push(...nested);
    else list.items.push({ inline, layout: { ...layoutOf(item), indent: 0 }, lists: nested });
  }
  return list;
}

/** The blocks of a run of editor nodes, in order, as they are. */
export function readBlocks(
  nodes: readonly SerializedNode[],
  resolve: PlaceholderResolver,
  options: ReadOptions = {},
): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) readBlock(node, resolve, blocks, options);
  return blocks;
}

/** A side of the letter as it prints: its blocks, without empty paragraphs at either end. */
export function readDocument(
  doc: EditorDoc,
  resolve: PlaceholderResolver,
  options: ReadOptions = {},
): Block[] {
  return trimEmptyEnds(readBlocks(doc.root.children, resolve, options));
}
