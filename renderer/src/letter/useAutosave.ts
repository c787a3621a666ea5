/**
 * Autosave for the open letter.
 *
 * Every change bumps a version and (re)starts a short timer; when it fires the
 * latest letter is saved. One save at a time: changes made while a save is in
 * flight are picked up by the same loop as soon as it returns, so the last
 * version always wins. A failed save keeps the draft in memory, shows the
 * error until a later save succeeds, and retries every few seconds and on the
 * next change.
 *
 * A save refused as a conflict (the stored letter moved on: another window or
 * program wrote it) is different: retrying cannot help, so autosave pauses,
 * keeps every change in memory, and waits for the user to choose
 * (`resolveConflict`).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiCallError } from '../api/client';
import { errorMessage } from '../ui/errorMessage';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

const isConflict = (error: unknown) => error instanceof ApiCallError && error.code === 'conflict';

interface AutosaveOptions {
  /** Saves the letter as it is now (builds the snapshot when called). */
  save: () => Promise<void>;
  /** False while something must not be interrupted, e.g. an IME composition. */
  canSaveNow?: () => boolean;
  delayMs?: number;
  retryMs?: number;
}

export interface Autosave {
  status: SaveStatus;
  markDirty(): void;
  /** Saves any pending change now; rejects with the save error if it fails (or a conflict is open). */
  flush(): Promise<void>;
  /**
   * Ends a conflict: `resolve` stores or replaces the letter as it is now;
   * once it succeeds, autosave goes on from there. Rejects (still paused) if it fails.
   */
  resolveConflict<T>(resolve: () => Promise<T>): Promise<T>;
}

export function useAutosave({
  save,
  canSaveNow = () => true,
  delayMs = 500,
  retryMs = 5000,
}: AutosaveOptions): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const options = useRef({ save, canSaveNow, delayMs, retryMs });
  const state = useRef({
    version: 0,
    savedVersion: 0,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    running: null as Promise<void> | null,
    lastError: null as unknown,
    /** The refused save while a conflict waits for the user; nothing is saved meanwhile. */
    conflict: null as unknown,
  });

  useLayoutEffect(() => {
    options.current = { save, canSaveNow, delayMs, retryMs };
  }, [save, canSaveNow, delayMs, retryMs]);

  const schedule = useRef<(ms: number) => void>(() => {});

  /** The save loop; resolves when everything up to the latest version is saved, or a save failed. */
  const run = useCallback((): Promise<void> => {
    const s = state.current;
    if (s.running) return s.running;
    clearTimeout(s.timer);
    if (s.conflict) return Promise.resolve();
    // The loop's promise is cleared once it settles, and only if it is still the current one. Not in
    // a `finally` inside it: with nothing to save the loop finishes before its first `await`, so that
    // `finally` would run before the assignment below, leaving a settled loop in place for good, and
    // every later change waiting on it unsaved (a timer whose change an earlier save already took).
    const running = (async () => {
      while (s.version > s.savedVersion) {
        const version = s.version;
        setStatus({ kind: 'saving' });
        try {
          await options.current.save();
        } catch (error) {
          s.lastError = error;
          if (isConflict(error)) {
            s.conflict = error;
            setStatus({ kind: 'conflict', message: errorMessage(error) });
          } else {
            setStatus({ kind: 'error', message: errorMessage(error) });
            schedule.current(options.current.retryMs);
          }
          return;
        }
        s.savedVersion = version;
        s.lastError = null;
      }
      setStatus({ kind: 'saved' });
    })();
    s.running = running;
    const settled = () => {
      if (s.running === running) s.running = null;
    };
    running.then(settled, settled);
    return running;
  }, []);

  useLayoutEffect(() => {
    schedule.current = (ms: number) => {
      const s = state.current;
      clearTimeout(s.timer);
      s.timer = setTimeout(() => {
        if (options.current.canSaveNow()) void run();
        else schedule.current(options.current.delayMs);
      }, ms);
    };
  }, [run]);

  const markDirty = useCallback(() => {
    state.current.version += 1;
    // An error or a conflict stays on screen until a save succeeds.
    setStatus((prev) => (prev.kind === 'saved' || prev.kind === 'saving' ? { kind: 'pending' } : prev));
    if (!state.current.conflict) schedule.current(options.current.delayMs);
  }, []);

  const flush = useCallback(async () => {
    const s = state.current;
    clearTimeout(s.timer);
    if (s.running) await s.running;
    if (s.conflict) throw s.conflict;
    while (s.version > s.savedVersion) {
      await run();
      if (s.version > s.savedVersion && s.lastError) throw s.lastError;
    }
  }, [run]);

  // Best effort when the window goes away or to the background.
  useEffect(() => {
    const s = state.current;
    const saveNow = () => {
      if (s.version > s.savedVersion && !s.conflict) void run();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('beforeunload', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(s.timer);
      saveNow();
    };
  }, [run]);

  const resolveConflict = useCallback(async <T>(resolve: () => Promise<T>): Promise<T> => {
    const s = state.current;
    const version = s.version;
    const result = await resolve();
    s.conflict = null;
    s.lastError = null;
    s.savedVersion = Math.max(s.savedVersion, version);
    setStatus({ kind: 'saved' });
    if (s.version > s.savedVersion) schedule.current(options.current.delayMs);
    return result;
  }, []);

  return { status, markDirty, flush, resolveConflict };
}
