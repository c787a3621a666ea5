/**
 * The library's full-text search: asks the main side a moment after the user
 * stops typing, ignores answers to queries already replaced, and asks again
 * when the library changes so the results never show a stale title.
 */
import { useEffect, useState } from 'react';
import type { LetterSearchResults } from '../../../core/contract';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';

const TYPING_PAUSE_MS = 120;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: LetterSearchResults }
  | { status: 'failed'; message: string };

/** `libraryVersion` changes whenever the library does (the letters list's identity serves). */
export function useLetterSearch(query: string, libraryVersion: unknown): SearchState {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const active = query.trim() !== '';

  useEffect(() => {
    if (!active) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'searching' }));
    const timer = setTimeout(() => {
      api.call('letters.search', { query }).then(
        (results) => current && setState({ status: 'done', results }),
        (error: unknown) => current && setState({ status: 'failed', message: errorMessage(error) }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, active, libraryVersion]);

  return state;
}
