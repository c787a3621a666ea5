/**
 * The Log view's data: the sendings the filter matches and their summary,
 * read again when the filter changes or the log does (logEvents). Searching
 * waits for a pause in typing, as the library's search does.
 */
import { useEffect, useState } from 'react';
import type { LogList, SendingFilter } from '../../../core/log/logList';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { onLogChanged } from './logEvents';

const TYPING_PAUSE_MS = 250;

export type LogState =
  { kind: 'loading' } | { kind: 'ready'; list: LogList } | { kind: 'failed'; message: string };

export function useLog(filter: SendingFilter): { state: LogState; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<LogState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => onLogChanged(() => setGeneration((n) => n + 1)), []);

  const key = JSON.stringify(filter);
  useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as SendingFilter;
    const timer = setTimeout(
      () => {
        api.call('log.list', { filter: wanted, limit: 1000 }).then(
          (list) => live && setState({ kind: 'ready', list }),
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

  return { state, reload: () => setGeneration((n) => n + 1) };
}
