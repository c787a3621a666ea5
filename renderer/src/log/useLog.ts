/**
 * The Log view's data: the sendings the filter matches and their summary,
 * read again when the filter changes or the log does (logEvents). Searching
 * waits for a pause in typing, as the library's search does.
 *
 * Rows come a page at a time ("Show more" asks for the page after the last row
 * shown, by cursor); the total and the summary always count every match. A
 * reload after a change keeps as many rows as were shown, so recording an
 * outcome far down the log does not take the officer back to the top.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogList, SendingFilter } from '../../../core/log/logList';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { onLogChanged } from './logEvents';

const TYPING_PAUSE_MS = 250;
/** Rows asked for at a time. */
export const LOG_PAGE = 1000;
/** The most rows one `log.list` returns (the contract's cap). */
const LIST_MAX = 10_000;

export type LogState =
  | { kind: 'loading' }
  | { kind: 'ready'; list: LogList; loadingMore: boolean }
  | { kind: 'failed'; message: string };

export function useLog(filter: SendingFilter): {
  state: LogState;
  reload: () => void;
  /** Loads the next page; resolves to the first row added, if any; rejects (rows kept) if it could not. */
  more: () => Promise<string | null>;
} {
  const api = useApi();
  const [state, setState] = useState<LogState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => onLogChanged(() => setGeneration((n) => n + 1)), []);
  // Every request numbered: an answer to an older one (another filter, a reload since) is dropped.
  const request = useRef(0);
  const shown = useRef({ key: '', rows: 0 });

  const key = JSON.stringify(filter);
  useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as SendingFilter;
    // Another filter starts at the top; the same one, read again, keeps what was shown.
    const rows = shown.current.key === key ? shown.current.rows : 0;
    const limit = Math.min(LIST_MAX, Math.max(LOG_PAGE, rows));
    const timer = setTimeout(
      () => {
        const asked = ++request.current;
        api.call('log.list', { filter: wanted, limit }).then(
          (list) => {
            if (!live || asked !== request.current) return;
            shown.current = { key, rows: list.rows.length };
            setState({ kind: 'ready', list, loadingMore: false });
          },
          (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) }),
        );
      },
      wanted.text ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key, generation]);

  const more = useCallback(async (): Promise<string | null> => {
    if (state.kind !== 'ready' || state.loadingMore) return null;
    const last = state.list.rows[state.list.rows.length - 1];
    if (!last || state.list.rows.length >= state.list.total) return null;
    const asked = ++request.current;
    setState({ ...state, loadingMore: true });
    try {
      const next = await api.call('log.list', {
        filter: JSON.parse(key) as SendingFilter,
        limit: LOG_PAGE,
        after: { sentAt: last.sentAt, id: last.id },
      });
      if (asked !== request.current) return null;
      const rows = [...state.list.rows, ...next.rows];
      shown.current = { key, rows: rows.length };
      setState({
        kind: 'ready',
        list: {
          ...next,
          rows,
          notices: [...state.list.notices, ...next.notices],
          letters: { ...state.list.letters, ...next.letters },
        },
        loadingMore: false,
      });
      return next.rows[0]?.id ?? null;
    } catch (error) {
      // The rows shown stay; the caller says why no more came.
      if (asked === request.current) setState({ ...state, loadingMore: false });
      throw error;
    }
  }, [api, key, state]);

  return { state, reload: () => setGeneration((n) => n + 1), more };
}
