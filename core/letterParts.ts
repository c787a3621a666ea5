/**
 * The fixed lines around the letter's editable text, worded once for every
 * copy of the letter (plain text, HTML, PDF): date line, reference line, the
 * Chinese date, and the preface's headline split from the rest.
 */
import { formatDateChinese, formatDateEnglish } from './dates';
import { hasContent, trimEmptyEnds, type Block } from './document/blocks';
import { readBlocks, type ReadOptions } from './document/readBlocks';
import type { SerializedNode } from './editorDoc';
import type { Letter } from './letter';
import { resolvePlaceholder, type PlaceholderResolver } from './placeholders';
import type { AppSettings } from './settings';

/** "Brussels, 8 May 2020" in the house date style; either part may be missing. */
export function englishDateLine(letter: Letter, settings: AppSettings): string {
  const date = letter.date ? formatDateEnglish(letter.date, settings.houseStyle.dateFormat) : '';
  return [letter.place.trim(), date].filter(Boolean).join(', ');
}

/** "Re: <article title>, <article date>" when the letter asks for it; an unknown title shows as "[article title]". */
export function referenceLine(letter: Letter, settings: AppSettings): string | null {
  if (!letter.showReference) return null;
  const title = resolvePlaceholder('article.title', letter).text;
  const { articleDate } = letter.fields;
  const date = articleDate ? formatDateEnglish(articleDate, settings.houseStyle.dateFormat) : '';
  return `Re: ${[title, date].filter(Boolean).join(', ')}`;
}

/** "2020年5月8日", under the Chinese preface. */
export function chineseDateLine(letter: Letter): string {
  return letter.date ? formatDateChinese(letter.date) : '';
}

/** The preface's first heading is its headline; everything else follows in order. */
export function splitPreface(nodes: readonly SerializedNode[]): {
  headline: SerializedNode | null;
  rest: SerializedNode[];
} {
  const index = nodes.findIndex((node) => node.type === 'heading');
  if (index < 0) return { headline: null, rest: [...nodes] };
  return { headline: nodes[index], rest: nodes.filter((_, i) => i !== index) };
}

export type HeadlineBlock = Extract<Block, { type: 'heading' }>;

/** The preface as every copy prints it: the headline (when it has text) and the blocks after it. */
export function readPreface(
  letter: Letter,
  resolve: PlaceholderResolver,
  options: ReadOptions = {},
): { headline: HeadlineBlock | null; rest: Block[] } {
  const { headline, rest } = splitPreface(letter.preface.root.children);
  const [title] = headline ? readBlocks([headline], resolve, options) : [];
  return {
    headline: title?.type === 'heading' && hasContent(title.inline) ? title : null,
    rest: trimEmptyEnds(readBlocks(rest, resolve, options)),
  };
}
