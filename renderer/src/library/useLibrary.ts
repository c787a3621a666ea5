/**
 * The sidebar's lists: letters and the trash, newest first, refreshed from the
 * main side. The letters come a page at a time (`loadMore` as the user
 * scrolls), so a library of thousands opens as fast as one of ten.
 */
import { useCallback, useRef, useState } from 'react';
import { newestFirst, summarise, type Letter, type LetterSummary } from '../../../core/letter';
import { useApi } from '../app/ApiContext';

const PAGE = 100;
/** The trash view lists everything in it; beyond this many, emptying it is the answer. */
const TRASH_SHOWN = 1000;

export function useLibrary() {
  const api = useApi();
  const [letters, setLetters] = useState<LetterSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [trash, setTrash] = useState<LetterSummary[]>([]);
  const [trashTotal, setTrashTotal] = useState(0);
  // How many letters the sidebar has loaded: a refresh keeps them all, so scrolling back loses nothing.
  const loaded = useRef(PAGE);
  const loadingMore = useRef(false);

  const refresh = useCallback(async () => {
    const [active, trashed] = await Promise.all([
      api.call('letters.list', { trash: false, limit: Math.min(loaded.current, 1000) }),
      api.call('letters.list', { trash: true, limit: TRASH_SHOWN }),
    ]);
    setLetters(active.letters);
    setTotal(active.total);
    setTrash(trashed.letters);
    setTrashTotal(trashed.total);
  }, [api]);

  const loadMore = useCallback(async () => {
    const last = letters?.at(-1);
    if (!last || loadingMore.current) return;
    loadingMore.current = true;
    try {
      const next = await api.call('letters.list', {
        trash: false,
        limit: PAGE,
        after: { updatedAt: last.updatedAt, id: last.id },
      });
      setLetters((all) => {
        const have = new Set(all?.map((l) => l.id));
        const merged = [...(all ?? []), ...next.letters.filter((l) => !have.has(l.id))];
        loaded.current = merged.length;
        return merged;
      });
      setTotal(next.total);
    } finally {
      loadingMore.current = false;
    }
  }, [api, letters]);

  /** After an autosave: the sidebar shows the new title and order without another request. */
  const upsert = useCallback((letter: Letter) => {
    const summary = summarise(letter);
    setLetters((all) => [summary, ...(all ?? []).filter((l) => l.id !== letter.id)].sort(newestFirst));
  }, []);

  return { letters, total, trash, trashTotal, refresh, loadMore, upsert };
}
