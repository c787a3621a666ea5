/**
 * Lexical's serialized blocks -> docx paragraphs: paragraphs, headings, quotes
 * and (nested) lists, with the editor's alignment and indent. Unknown block
 * types degrade to paragraphs of their text, so nothing typed is ever lost.
 */
import { AlignmentType, HeadingLevel, Paragraph, type IParagraphOptions } from 'docx';
import type { SerializedNode } from '../editorDoc';
import { MAX_INDENT } from '../printStyle';
import type { DocxContext } from './context';
import { hasInlineContent, inlineChildren } from './inlineRuns';
import { listReference, MAX_LIST_LEVEL, type ListKind } from './numbering';
import { INDENT_STEP, PARAGRAPH_GAP, STYLE } from './styles';

const ALIGNMENTS: Record<string, IParagraphOptions['alignment']> = {
  left: AlignmentType.LEFT,
  start: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  end: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const HEADINGS: Record<string, IParagraphOptions['heading']> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_3,
  h5: HeadingLevel.HEADING_3,
  h6: HeadingLevel.HEADING_3,
};

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);

const containsBlock = (node: SerializedNode): boolean =>
  BLOCK_TYPES.has(node.type) || (node.children ?? []).some(containsBlock);

/**
 * The alignment and indent the user gave a block; empty leaves the style's.
 * Indents stop at the print copy's deepest step, well inside the page.
 */
export function blockLayout(node: SerializedNode): Pick<IParagraphOptions, 'alignment' | 'indent'> {
  const alignment = typeof node.format === 'string' ? ALIGNMENTS[node.format] : undefined;
  const steps = typeof node.indent === 'number' && node.indent > 0 ? Math.floor(node.indent) : 0;
  const indent = Math.min(steps, MAX_INDENT);
  return {
    ...(alignment ? { alignment } : {}),
    ...(indent ? { indent: { left: indent * INDENT_STEP } } : {}),
  };
}

/** Drops empty paragraphs at the start and end: editors leave them, letters should not. */
export function trimEmptyBlocks(nodes: readonly SerializedNode[], ctx: DocxContext): SerializedNode[] {
  const empty = (node: SerializedNode) =>
    node.type === 'paragraph' && !hasInlineContent(node.children ?? [], ctx);
  let start = 0;
  let end = nodes.length;
  while (start < end && empty(nodes[start])) start++;
  while (end > start && empty(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

/**
 * Converts blocks to paragraph options; `style` is the paragraph style for
 * plain paragraphs (Body Text in the letter, Chinese Preface in the preface).
 * Options, not paragraphs: a list's final item is only known once the list is
 * done, and callers may keep the last block with what follows.
 */
export function blockParagraphOptions(
  nodes: readonly SerializedNode[],
  ctx: DocxContext,
  style: string,
): IParagraphOptions[] {
  const out: IParagraphOptions[] = [];
  for (const node of nodes) convertBlock(node, ctx, style, out);
  return out;
}

export function blocksToParagraphs(
  nodes: readonly SerializedNode[],
  ctx: DocxContext,
  style: string,
): Paragraph[] {
  return blockParagraphOptions(nodes, ctx, style).map((options) => new Paragraph(options));
}

function convertBlock(node: SerializedNode, ctx: DocxContext, style: string, out: IParagraphOptions[]): void {
  const children = node.children ?? [];
  switch (node.type) {
    case 'heading':
      out.push({
        heading: HEADINGS[String(node.tag)] ?? HeadingLevel.HEADING_1,
        ...blockLayout(node),
        children: inlineChildren(children, ctx),
      });
      return;
    case 'quote':
      out.push({ style: STYLE.quote, ...blockLayout(node), children: inlineChildren(children, ctx) });
      return;
    case 'list': {
      const start = out.length;
      convertList(node, 0, null, ctx, style, out);
      // Items sit tight; the list as a whole is spaced like a paragraph.
      const last = out.length - 1;
      if (last >= start) out[last] = { ...out[last], spacing: { after: PARAGRAPH_GAP } };
      return;
    }
    case 'paragraph':
    case 'listitem': // a list item outside a list: keep its text as a paragraph
      out.push({ style, ...blockLayout(node), children: inlineChildren(children, ctx) });
      return;
    default:
      // Containers of blocks (tables, layouts, …) are unpacked down to their blocks.
      if (children.some(containsBlock)) {
        for (const child of children) convertBlock(child, ctx, style, out);
      } else if (hasInlineContent([node], ctx)) {
        out.push({ style, ...blockLayout(node), children: inlineChildren([node], ctx) });
      }
  }
}

interface ListPosition {
  kind: ListKind;
  instance: number;
  reference: ReturnType<typeof listReference>;
}

/**
 * Lexical nests a list inside a list item of its parent. A nested list of the
 * same kind shares its parent's numbering instance one level deeper (so Word
 * shows 1. / (a) / i.); a different kind starts an instance of its own.
 */
function convertList(
  node: SerializedNode,
  level: number,
  parent: ListPosition | null,
  ctx: DocxContext,
  style: string,
  out: IParagraphOptions[],
): void {
  const kind: ListKind = node.listType === 'number' ? 'number' : 'bullet';
  // A nested list of the same kind shares its parent's instance; a list of its own counts from its start.
  const position: ListPosition =
    parent?.kind === kind
      ? parent
      : { kind, instance: ctx.newListInstance(), reference: listReference(kind, node.start, ctx.fonts) };
  const numbering = {
    reference: position.reference,
    level: Math.min(level, MAX_LIST_LEVEL),
    instance: position.instance,
  };
  for (const item of node.children ?? []) {
    if (item.type !== 'listitem') {
      convertBlock(item, ctx, style, out);
      continue;
    }
    const itemChildren = item.children ?? [];
    const nested = itemChildren.filter((child) => child.type === 'list');
    const inline = itemChildren.filter((child) => child.type !== 'list');
    // An item holding only a nested list is Lexical's wrapper, not a visible item.
    if (inline.length || !nested.length) {
      out.push({ numbering, ...blockLayout({ ...item, indent: 0 }), children: inlineChildren(inline, ctx) });
    }
    for (const child of nested) convertList(child, level + 1, position, ctx, style, out);
  }
}
