/**
 * Where the termbase's terms stand in an editor's page, as DOM Ranges over
 * its text nodes. The text is read from the rendered DOM (not Lexical's
 * state) because the ranges must point into the DOM the browser paints; each
 * block (paragraph, heading, list item) is separated by a line break so a
 * term never matches across two paragraphs.
 */
import type { TermHit } from '../../../../../core/terms/termEntry';
import type { TermMatcher } from '../../../../../core/terms/termMatcher';

export interface TermRange {
  hit: TermHit;
  range: Range;
}

const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, blockquote';

interface Segment {
  node: Text;
  /** Where the node's text starts in the joined text. */
  start: number;
}

export function termRanges(root: HTMLElement, matcher: TermMatcher, language: 'zh' | 'en'): TermRange[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const segments: Segment[] = [];
  let text = '';
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const here = node.parentElement?.closest(BLOCK) ?? null;
    if (segments.length && here !== block) text += '\n';
    block = here;
    segments.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  if (!segments.length) return [];

  /** The text node and offset of a place in the joined text; an end at a node's end stays in that node. */
  const point = (at: number, isEnd: boolean): [Text, number] => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = segments[mid]!.start;
      if (start < at || (!isEnd && start === at)) low = mid;
      else high = mid - 1;
    }
    const { node, start } = segments[low]!;
    return [node, Math.min(Math.max(at - start, 0), node.data.length)];
  };

  return matcher.find(text, language).map((hit) => {
    const range = document.createRange();
    range.setStart(...point(hit.start, false));
    range.setEnd(...point(hit.end, true));
    return { hit, range };
  });
}

/** The term under a point of the page (the mouse, or the caret), if any. */
export function termAt(ranges: readonly TermRange[], node: Node, offset: number): TermRange | null {
  for (const each of ranges) {
    try {
      if (each.range.isPointInRange(node, offset)) return each;
    } catch {
      // A range whose text has left the page since: skip it until the next update rebuilds them.
    }
  }
  return null;
}

/** The box of a term's line at height `y` on the screen (a term can wrap onto two lines), if any. */
export function lineAround(range: Range, y: number): DOMRect | null {
  return [...range.getClientRects()].find((box) => y >= box.top && y <= box.bottom) ?? null;
}
