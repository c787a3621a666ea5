/**
 * The redline export: the newer version of a letter as a DOCX in which every
 * difference from the older version (core/compare/) is a Word tracked change
 * (w:ins / w:del with author and date) that a reviewer can accept or reject.
 * It is the normal export (buildLetterDocx: letterhead, styles, fonts,
 * variants, script runs) with each part's blocks, and the English letter's
 * fixed lines (date line, addressee, salutation, closing, signatory), marked
 * by a sideMarker.
 */
import { compareBlocks, compareLetters } from '../../compare/compareLetters';
import type { TextBlock } from '../../compare/sideBlocks';
import type { ExportVariant } from '../../exportVariants';
import type { LetterContent } from '../../history/version';
import { piecesText } from '../../document/blocks';
import { readDocument, textPieces } from '../../document/readBlocks';
import type { Letter } from '../../letter';
import { chineseDateLine, readPreface } from '../../letterParts';
import { placeholderResolver } from '../../placeholders';
import { stripInvalidXmlChars } from '../../sanitize';
import { defaultSettings, type AppSettings } from '../../settings';
import { SIDE_LANGUAGE, type Side } from '../../sides';
import { buildLetterDocx, type SideMarkers } from '../buildLetterDocx';
import type { DocxContext } from '../context';
import type { Revision } from '../inlineRuns';
import { footLines, headLines, partPieces, type FixedLine, type PartMarkers } from '../letterSections';
import { STYLE } from '../styles';
import { blockLines } from './blockLines';
import { sideMarker } from './sideMarker';
import { wordComments } from './wordComments';

/** Who the changes are credited to, and when they were made (any time Date can read). */
export interface RedlineAuthor {
  author: string;
  date: string;
}

/** Word writes revision times to the second, in UTC. */
const revisionDate = (date: string) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Fixed lines as the export writes them: cleaned of what XML cannot hold, as textPieces does. */
const asBlocks = (lines: readonly FixedLine[]): TextBlock[] =>
  lines.map(({ text }) => ({ kind: 'paragraph', text: piecesText(textPieces(text)) }));

/** The fixed lines compared as the body is, word by word; a deleted line keeps its own style. */
function fixedMarker(
  older: readonly FixedLine[],
  newer: readonly FixedLine[],
  side: Side,
  ctx: DocxContext,
  revision: () => Revision,
) {
  const blocks = compareBlocks(asBlocks(older), asBlocks(newer), SIDE_LANGUAGE[side]);
  const olderLines = older.map(({ text }) => ({ inline: textPieces(text) }));
  return sideMarker(blocks, olderLines, ctx, (index) => older[index]?.style ?? STYLE.body, revision);
}

/** The Chinese date under the preface, as a fixed line: only under a preface, as the export prints it. */
const chineseDate = (letter: Letter, settings: AppSettings): FixedLine[] => {
  const date = chineseDateLine(letter);
  const { headline, rest } = readPreface(letter, placeholderResolver(letter, settings.houseStyle.dateFormat));
  return date && (headline || rest.length) ? [{ style: STYLE.chineseDate, text: date }] : [];
};

export async function buildRedlineDocx(
  older: LetterContent,
  newer: Letter,
  variant: ExportVariant,
  by: RedlineAuthor,
  settings: AppSettings = defaultSettings(),
): Promise<Uint8Array> {
  // The compare reads placeholders with the date style the export prints them in, so the texts match.
  const { sides } = compareLetters(older, newer, settings.houseStyle.dateFormat);
  const author = stripInvalidXmlChars(by.author).trim() || 'LetterDesk';
  const date = revisionDate(by.date);
  let ids = 0;
  const revision = (): Revision => ({ id: ++ids, author, date });
  // The older version's fixed lines as they would print now (same settings, same date style).
  const olderLetter = older as Letter;
  // The older version's pieces, read as the compare read them, give deleted text its formats.
  const resolve = placeholderResolver(olderLetter, settings.houseStyle.dateFormat);
  const olderLines = (side: Side) => blockLines(readDocument(older[side], resolve));
  const markersFor = (ctx: DocxContext): SideMarkers => {
    const preface: PartMarkers = {
      blocks: sideMarker(sides.preface.blocks, olderLines('preface'), ctx, STYLE.preface, revision),
      foot: fixedMarker(
        chineseDate(olderLetter, settings),
        chineseDate(newer, settings),
        'preface',
        ctx,
        revision,
      ),
    };
    const body: PartMarkers = {
      blocks: sideMarker(sides.body.blocks, olderLines('body'), ctx, STYLE.body, revision),
      head: fixedMarker(headLines(olderLetter, settings), headLines(newer, settings), 'body', ctx, revision),
      foot: fixedMarker(footLines(olderLetter), footLines(newer), 'body', ctx, revision),
    };
    return { preface, body };
  };
  return buildLetterDocx(newer, variant, settings, {
    markersFor,
    commentsFor: (ctx, parts) =>
      wordComments(
        newer.comments ?? [],
        parts.flatMap((side) => partPieces(ctx, side)),
      ),
    trackRevisions: true,
  });
}
