/**
 * Which sendings an archive holds (ArchiveSelection), and what the archive
 * dialog is offered: the years and publications present in the log. A
 * publication is matched as the Log view's filter matches it
 * (core/log/filter.ts): its English name as sent, case and outer spaces aside.
 */
import { dayOf } from '../log/replyWindow';
import { newestFirst, sendingMatcher } from '../log/filter';
import type { Sending } from '../log/sending';
import type { ArchivePreview, ArchiveSelection } from './archive';

export const yearOf = (sending: Sending): number => Number(dayOf(sending.sentAt).slice(0, 4));

/** The sendings of the selection, oldest first (the order an archive lists them in). */
export function selectSendings(sendings: Iterable<Sending>, selection: ArchiveSelection): Sending[] {
  const samePublication =
    selection.publication === null
      ? () => true
      : sendingMatcher({ publication: selection.publication }, '0000-00-00');
  const chosen: Sending[] = [];
  for (const sending of sendings)
    if ((selection.year === null || yearOf(sending) === selection.year) && samePublication(sending))
      chosen.push(sending);
  return chosen.sort((a, b) => newestFirst(b, a));
}

/**
 * What the dialog offers and what the selection would hold. A sending's
 * file is counted when its letter is still in the library (`held`), and a
 * PDF sending counts its PDF too.
 */
export function archivePreview(
  sendings: readonly Sending[],
  selection: ArchiveSelection,
  held: (letterId: string) => boolean,
): ArchivePreview {
  const years = [...new Set(sendings.map(yearOf))].sort((a, b) => b - a);
  // The newest sending's spelling of a name is the one offered.
  const publications = new Map<string, { name: string; nameZh: string }>();
  for (const sending of [...sendings].sort(newestFirst)) {
    const key = sending.publication.trim().toLowerCase();
    if (key && !publications.has(key))
      publications.set(key, { name: sending.publication.trim(), nameZh: sending.publicationZh });
  }
  const chosen = selectSendings(sendings, selection);
  const letters = new Set(chosen.map((sending) => sending.letterId));
  const files = chosen
    .filter((sending) => held(sending.letterId))
    .reduce((count, sending) => count + (sending.channel === 'pdf' ? 2 : 1), 0);
  return {
    years,
    publications: [...publications.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    sendings: chosen.length,
    letters: letters.size,
    files,
  };
}
