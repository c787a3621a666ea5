/** The sidebar's lists: letters and the trash, newest first, refreshed from the main side. */
import { useCallback, useState } from 'react';
import { summarise, type Letter, type LetterSummary } from '../../../core/letter';
import { useApi } from '../app/ApiContext';

const newestFirst = (a: LetterSummary, b: LetterSummary) => b.updatedAt.localeCompare(a.updatedAt);

export function useLibrary() {
  const api = useApi();
  const [letters, setLetters] = useState<LetterSummary[] | null>(null);
  const [trash, setTrash] = useState<LetterSummary[]>([]);

  const refresh = useCallback(async () => {
    const [active, trashed] = await Promise.all([
      api.call('letters.list', { trash: false }),
      api.call('letters.list', { trash: true }),
    ]);
    setLetters(active);
    setTrash(trashed);
  }, [api]);

  /** After an autosave: the sidebar shows the new title and order without another request. */
  const upsert = useCallback((letter: Letter) => {
    const summary = summarise(letter);
    setLetters((all) => [summary, ...(all ?? []).filter((l) => l.id !== letter.id)].sort(newestFirst));
  }, []);

  return { letters, trash, refresh, upsert };
}
