/**
 * Redline export, in process: the DOCX of a 5,000-word letter (and a
 * 1,000-character preface) with the compare bench's scattered edits as
 * tracked changes, bilingual variant, without disk.
 */
import { buildRedlineDocx } from '../core/docx/redline/buildRedlineDocx';
import { editedVersion } from './compareFigures';
import { generateLetter } from './generateLetter';
import { median, timeRuns } from './stats';

const BY = { author: 'Bench', date: '2026-01-01T00:00:00Z' };

export async function redlineMedianMs(runs: number): Promise<number> {
  const older = generateLetter({ id: 'redline', words: 5000, prefaceChars: 1000 });
  const newer = editedVersion(older);
  await buildRedlineDocx(older, newer, 'bilingual', BY); // warm-up
  return median(await timeRuns(runs, () => buildRedlineDocx(older, newer, 'bilingual', BY)));
}
