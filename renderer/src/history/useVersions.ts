/**
 * The open letter's versions while the History panel shows them: read when
 * the panel opens, and again whenever something may have kept a version
 * (historyEvents.ts). Saves come every few seconds while typing, so the
 * re-reads they ask for are gathered into one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VersionList } from '../../../core/history/version';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { onHistoryChanged } from './historyEvents';

const GATHER_MS = 700;

export interface Versions {
  list: VersionList | null;
  error: string | null;
  /** Reads the list now; resolves to it (also when the panel is closed), or rejects. */
  load(): Promise<VersionList>;
}

export function useVersions(letterId: string, shown: boolean): Versions {
  const api = useApi();
  const [list, setList] = useState<VersionList | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers can come back out of order; only the latest request's is shown.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const read = await api.call('history.list', { letterId });
      if (request === latest.current) {
        setList(read);
        setError(null);
      }
      return read;
    } catch (failure) {
      if (request === latest.current) setError(errorMessage(failure));
      throw failure;
    }
  }, [api, letterId]);

  useEffect(() => {
    if (!shown) return;
    load().catch(() => undefined); // shown in the panel as `error`
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onHistoryChanged((id) => {
      if (id !== letterId) return;
      clearTimeout(timer);
      timer = setTimeout(() => void load().catch(() => undefined), GATHER_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [shown, load, letterId]);

  return { list, error, load };
}
