/**
 * The redline export: the newer version of a letter as a DOCX in which every
 * difference from the older version (core/compare/) is a Word tracked change
 * (w:ins / w:del with author and date) that a reviewer can accept or reject.
 * It is the normal export (buildLetterDocx: letterhead, styles, fonts,
 * variants, script runs) with each side's blocks marked by a sideMarker.
 */
import type { ExportVariant } from '../../exportVariants';
import { compareLetters } from '../../compare/compareLetters';
import type { LetterContent } from '../../history/version';
import type { Letter } from '../../letter';
import { stripInvalidXmlChars } from '../../sanitize';
import { defaultSettings, type AppSettings } from '../../settings';
import { SIDES } from '../../sides';
import { buildLetterDocx, type SideMarkers } from '../buildLetterDocx';
import type { Revision } from '../inlineRuns';
import { STYLE } from '../styles';
import { sideMarker } from './sideMarker';

/** Who the changes are credited to, and when they were made (any time Date can read). */
export interface RedlineAuthor {
  author: string;
  date: string;
}

const SIDE_STYLE = { preface: STYLE.preface, body: STYLE.body } as const;

/** Word writes revision times to the second, in UTC. */
const revisionDate = (date: string) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

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
  return buildLetterDocx(
    newer,
    variant,
    settings,
    (ctx) =>
      Object.fromEntries(
        SIDES.map((side) => [side, sideMarker(sides[side].blocks, ctx, SIDE_STYLE[side], revision)]),
      ) as SideMarkers,
  );
}
