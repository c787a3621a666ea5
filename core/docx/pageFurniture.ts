/**
 * Headers and footers of one part of the document. The first page carries the
 * letterhead and no page number; later pages a small running header with the
 * organisation's name and "Page N" (第 N 页 in Chinese) in the footer.
 */
import { Footer, Header, Paragraph, SimpleField, type ISectionOptions } from 'docx';
import type { Letterhead } from '../settings';
import type { DocxContext } from './context';
import { plainRuns } from './inlineRuns';
import type { Side } from '../sides';
import { letterheadParagraphs, runningHeaderText } from './letterhead';
import { STYLE } from './styles';

const PAGE_LABEL: Record<Side, [string, string]> = {
  body: ['Page ', ''],
  preface: ['第 ', ' 页'],
};

/**
 * A PAGE field with a number already in it, as Word writes one: an empty field
 * is what makes Word offer to update fields when the file opens. The default
 * footer is first seen on page 2.
 */
function pageNumber(side: Side, ctx: DocxContext): Paragraph {
  const [before, after] = PAGE_LABEL[side];
  return new Paragraph({
    style: STYLE.footer,
    children: [
      ...plainRuns(before, ctx),
      new SimpleField('PAGE', '2'),
      ...(after ? plainRuns(after, ctx) : []),
    ],
  });
}

/** A header or footer holds at least one paragraph, even when it shows nothing. */
const blank = () => [new Paragraph({})];

export function pageFurniture(
  side: Side,
  letterhead: Letterhead,
  ctx: DocxContext,
): Pick<ISectionOptions, 'headers' | 'footers'> {
  const footers = {
    first: new Footer({ children: blank() }),
    default: new Footer({ children: [pageNumber(side, ctx)] }),
  };
  const letterheadFirst = letterheadParagraphs(letterhead, side, ctx);
  if (!letterheadFirst.length) return { footers };
  const running = runningHeaderText(letterhead, side);
  return {
    headers: {
      first: new Header({ children: letterheadFirst }),
      default: new Header({
        children: running
          ? [new Paragraph({ style: STYLE.header, children: plainRuns(running, ctx) })]
          : blank(),
      }),
    },
    footers,
  };
}
