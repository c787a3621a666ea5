/**
 * The checks before a letter leaves. `gate` runs them on the saved letter
 * before an export: nothing found lets it go; warnings let it go and stay on
 * screen; an error holds it until the user chooses "Export anyway".
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ExportVariant } from '../../../core/contract';
import type { Problem } from '../../../core/preflight/problem';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

export interface PreflightState {
  open: boolean;
  running: boolean;
  /** Null until the checks have run for this letter. */
  problems: Problem[] | null;
  variant: ExportVariant;
  /** Set while an export waits for "Export anyway". */
  held: boolean;
}

export interface Preflight {
  state: PreflightState;
  /** Resolves true when the export may go ahead now. */
  gate(variant: ExportVariant, proceedAnyway: () => void): Promise<boolean>;
  /** The "Run checks" button: saves, then checks the letter for the last variant. */
  runChecks(): Promise<void>;
  exportAnyway(): void;
  addWord(word: string): Promise<void>;
  toggle(): void;
}

export function usePreflight(letterId: string, flush: () => Promise<void>): Preflight {
  const api = useApi();
  const notify = useNotify();
  const intl = useIntl();
  const [state, setState] = useState<PreflightState>({
    open: false,
    running: false,
    problems: null,
    variant: 'bilingual',
    held: false,
  });
  const proceed = useRef<(() => void) | null>(null);

  const check = useCallback(
    async (variant: ExportVariant): Promise<Problem[]> => {
      setState((s) => ({ ...s, running: true, variant }));
      try {
        const problems = await api.call('preflight.run', { id: letterId, variant });
        setState((s) => ({ ...s, problems }));
        return problems;
      } finally {
        setState((s) => ({ ...s, running: false }));
      }
    },
    [api, letterId],
  );

  const gate = useCallback(
    async (variant: ExportVariant, proceedAnyway: () => void) => {
      proceed.current = null;
      const problems = await check(variant);
      const held = problems.some((problem) => problem.severity === 'error');
      if (held) proceed.current = proceedAnyway;
      setState((s) => ({ ...s, open: s.open || problems.length > 0, held }));
      return !held;
    },
    [check],
  );

  const runChecks = useCallback(async () => {
    try {
      await flush();
      const problems = await check(state.variant);
      // A fresh run drops a held export only when nothing stops it any more.
      if (!problems.some((problem) => problem.severity === 'error')) {
        setState((s) => ({ ...s, held: false }));
        proceed.current = null;
      }
    } catch (error) {
      notify.error(
        intl.formatMessage(
          { id: 'preflight.runFailed', defaultMessage: 'The checks could not run: {detail}' },
          { detail: errorMessage(error) },
        ),
      );
    }
  }, [check, flush, notify, state.variant, intl]);

  const exportAnyway = useCallback(() => {
    const go = proceed.current;
    proceed.current = null;
    setState((s) => ({ ...s, held: false }));
    go?.();
  }, []);

  const addWord = useCallback(
    async (word: string) => {
      try {
        await api.call('spelling.addWord', { word });
        notify.info(
          intl.formatMessage(
            { id: 'preflight.wordAdded', defaultMessage: 'Added “{word}” to the office dictionary' },
            { word },
          ),
        );
        setState((s) => ({
          ...s,
          problems:
            s.problems?.filter((problem) => problem.word?.toLowerCase() !== word.toLowerCase()) ?? null,
        }));
      } catch (error) {
        notify.error(errorMessage(error));
      }
    },
    [api, notify, intl],
  );

  const toggle = useCallback(() => setState((s) => ({ ...s, open: !s.open })), []);

  // One object per state change, so the memoised panel re-renders only when the checks change.
  return useMemo(
    () => ({ state, gate, runChecks, exportAnyway, addWord, toggle }),
    [state, gate, runChecks, exportAnyway, addWord, toggle],
  );
}
