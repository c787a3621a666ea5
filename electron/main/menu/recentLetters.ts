/** File ▸ Open Recent's entries: the recent ids that are still letters in the library, with their titles. */
import type { LetterSummary } from '../../../core/letter';
import type { RecentLetter } from './menuTemplate';

export function recentLetters(ids: readonly string[], library: readonly LetterSummary[]): RecentLetter[] {
  const titles = new Map(library.map((summary) => [summary.id, summary.title]));
  // A letter deleted or moved to the trash since it was opened is left out, not offered to fail.
  return ids.flatMap((id) => {
    const title = titles.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
}
