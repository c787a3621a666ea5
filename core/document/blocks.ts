/**
 * A letter's text as every feature reads it: blocks (paragraphs, headings,
 * quotes, lists) holding inline pieces (text, tabs, line breaks), with
 * placeholders resolved, links checked by the one link rule and characters no
 * document can hold removed. The editor's Lexical JSON is read into this shape
 * once, by readBlocks.ts; the DOCX builder, the HTML, text and email copies,
 * the preflight and the search only decide what each piece becomes.
 */

/** Identity groups the pieces of one link, so two adjacent links to one address stay two. */
export interface LinkTarget {
  /** Already checked and normalised by core/links.ts. */
  url: string;
}

/** Where a piece's text came from a placeholder: which one, and whether the letter fills it. */
export interface PlaceholderUse {
  key: string;
  filled: boolean;
}

interface PieceBase {
  /**
   * What the piece contributes to the block's text: the words, "\t" for a
   * tab, the line-break characters as typed ("\n", or "\r\n" in pasted text)
   * for a break. Offsets into a block count these, as the editor does.
   */
  text: string;
  link?: LinkTarget;
  /** Set on every piece of one placeholder's value (the same object), so its span can be found. */
  placeholder?: PlaceholderUse;
  /**
   * The comment threads whose marked text holds the piece (their ids, one
   * array for each mark); only when read with `{ marks: true }`: the
   * redline's Word comments. Every other copy leaves comments out.
   */
  comments?: readonly string[];
}

export type InlinePiece =
  | (PieceBase & { kind: 'text'; format: number })
  | (PieceBase & { kind: 'tab'; format: number })
  | (PieceBase & { kind: 'break' });

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

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  | { type: 'paragraph' | 'quote'; layout: Layout; inline: InlinePiece[] }
  | { type: 'heading'; level: HeadingLevel; layout: Layout; inline: InlinePiece[] }
  | ListBlock;

/** True when the pieces would print something. */
export function hasContent(pieces: readonly InlinePiece[]): boolean {
  return pieces.some((piece) => piece.kind !== 'text' || piece.text.trim() !== '');
}

/** True for a placeholder the letter does not fill yet: every copy marks it. */
export const isUnfilled = (piece: InlinePiece): boolean =>
  piece.kind === 'text' && !!piece.placeholder && !piece.placeholder.filled;

/** A list item's own line is shown unless it only carries lists nested under it (Lexical's wrapper item). */
export const showsItemLine = (item: ListItem): boolean => item.inline.length > 0 || item.lists.length === 0;

/** Every inline piece of a block in reading order, list items and nested lists included. */
export function blockPieces(block: Block): InlinePiece[] {
  if (block.type !== 'list') return block.inline;
  return block.items.flatMap((item) => [...item.inline, ...item.lists.flatMap(blockPieces)]);
}

/**
 * The pieces cut where links start and end: each run of one link together
 * (with `link` set), every other piece on its own. Every copy writes a link
 * as one element around its pieces.
 */
export function linkRuns(
  pieces: readonly InlinePiece[],
): Array<{ link?: LinkTarget; pieces: InlinePiece[] }> {
  const runs: Array<{ link?: LinkTarget; pieces: InlinePiece[] }> = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (piece.link && last?.link === piece.link) last.pieces.push(piece);
    else runs.push({ ...(piece.link ? { link: piece.link } : {}), pieces: [piece] });
  }
  return runs;
}

/** The text the pieces contribute, tabs and breaks as typed. */
export const piecesText = (pieces: readonly InlinePiece[]): string =>
  pieces.map((piece) => piece.text).join('');

const isEmptyParagraph = (block: Block) => block.type === 'paragraph' && !hasContent(block.inline);

/** Without the empty paragraphs editors leave at either end: letters should not start or end with them. */
export function trimEmptyEnds(blocks: readonly Block[]): Block[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isEmptyParagraph(blocks[start])) start++;
  while (end > start && isEmptyParagraph(blocks[end - 1])) end--;
  return blocks.slice(start, end);
}
