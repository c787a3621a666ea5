/**
 * The letter screen's history: whether the panel is open, what the panes show
 * (the letter being edited, a version read-only, or a compare), and the
 * actions that change it. Everything that reads or keeps the stored letter
 * saves pending changes first, through autosave's own flush (docs/architecture.md,
 * "Autosave: the flush protocol"): the stored letter is then what is on screen.
 * A failed save stops the action, and the reason is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { LetterComparison } from '../../../core/compare/comparison';
import { lastSent } from '../../../core/history/findVersion';
import { lastApproved } from '../../../core/history/findVersion';
import { letterContent } from '../../../core/history/version';
import type { EnglishDateStyle } from '../../../core/dates';
import { compareWithPublished } from '../../../core/log/publishedContent';
import type { VersionSummary } from '../../../core/history/version';
import type { Letter } from '../../../core/letter';
import type { Side } from '../../../core/sides';
import { defineMessages } from '../../../core/i18n/wording';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { historyChanged } from './historyEvents';
import { useVersions } from './useVersions';
import { versionTitle } from './versionWording';

export type HistoryMode =
  | { kind: 'editing' }
  | { kind: 'viewing'; version: VersionSummary; letter: Letter }
  /** `published`: the version sent compared with the text the paper printed (renderer/src/log), not a stored one. */
  | { kind: 'comparing'; comparison: LetterComparison; published?: boolean };

const EDITING: HistoryMode = { kind: 'editing' };

interface Options {
  letterId: string;
  /** Autosave's flush: saves pending changes, rejects if they could not be saved. */
  flush: () => Promise<void>;
  /** The letter as on screen; its revision is what a restore replaces. */
  snapshot: () => Letter;
  /** A restore stored this letter: it replaces the one in the editors. */
  onRestored: (letter: Letter) => void;
  initiallyOpen?: boolean;
  /** A compare to show as the view opens (after a reviewed DOCX was imported: before import → imported). */
  compareOnOpen?: { from: VersionSummary; to: VersionSummary | null };
  /** How the letter's dates read, for the compare with a published text (made here, not by the service). */
  dateStyle?: EnglishDateStyle;
}

export function useLetterHistory({
  letterId,
  flush,
  snapshot,
  onRestored,
  initiallyOpen = false,
  compareOnOpen,
  dateStyle,
}: Options) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [open, setOpen] = useState(initiallyOpen);
  const [mode, setMode] = useState<HistoryMode>(EDITING);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const versions = useVersions(letterId, open);

  const saveFirst = useCallback(async () => {
    try {
      await flush();
    } catch (error) {
      throw new Error(
        intl.formatMessage(
          {
            id: 'history.saveFirstFailed',
            defaultMessage: 'Stopped because the latest changes could not be saved: {detail}',
          },
          { detail: errorMessage(error) },
        ),
      );
    }
  }, [flush, intl]);

  /** One action at a time; a failure is shown, and resolves to false. */
  const attempt = useCallback(
    async (task: () => Promise<void>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        await task();
        return true;
      } catch (error) {
        notify.error(errorMessage(error));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [notify],
  );

  const view = useCallback(
    (version: VersionSummary) =>
      attempt(async () => {
        const read = await api.call('history.get', { letterId, versionId: version.id });
        setMode({ kind: 'viewing', version: read.version, letter: read.letter });
      }),
    [api, attempt, letterId],
  );

  /** A version named by its id (the log's "open at the version sent"). */
  const viewVersion = useCallback(
    (versionId: string) =>
      attempt(async () => {
        const read = await api.call('history.get', { letterId, versionId });
        setMode({ kind: 'viewing', version: read.version, letter: read.letter });
      }),
    [api, attempt, letterId],
  );

  /** The version sent compared with what the paper printed (the log's "Compare with what was sent"). */
  const compareWithPublishedText = useCallback(
    (versionId: string, publishedText: string) =>
      attempt(async () => {
        const read = await api.call('history.get', { letterId, versionId });
        const compared = compareWithPublished(letterContent(read.letter), publishedText, dateStyle);
        setMode({
          kind: 'comparing',
          comparison: { from: read.version, to: null, ...compared },
          published: true,
        });
      }),
    [api, attempt, letterId, dateStyle],
  );

  /** `to` null: the current text, saved first so the compare sees what is on screen. */
  const compareWith = useCallback(
    async (from: VersionSummary, to: VersionSummary | null) => {
      // The older is always "from", whichever was picked first (ids sort by time).
      const [older, newer] = to && to.id < from.id ? [to, from] : [from, to];
      if (!newer) await saveFirst();
      const comparison = await api.call('history.compare', {
        letterId,
        from: older.id,
        to: newer?.id ?? null,
      });
      setMode({ kind: 'comparing', comparison });
    },
    [api, letterId, saveFirst],
  );

  const compare = useCallback(
    (from: VersionSummary, to: VersionSummary | null) => attempt(() => compareWith(from, to)),
    [attempt, compareWith],
  );

  // Once, as the view opens: the compare it was opened to show.
  const openingCompare = useRef(compareOnOpen);
  useEffect(() => {
    const wanted = openingCompare.current;
    openingCompare.current = undefined;
    if (wanted) void compare(wanted.from, wanted.to);
  }, [compare]);

  /** The versions as stored now: a save just made may have kept one the panel has not listed yet. */
  const freshVersions = useCallback(async () => {
    await saveFirst();
    return (await versions.load()).versions;
  }, [saveFirst, versions]);

  /** "Show changes since approval": from the last approved version (of `side`) to the current text. */
  const changesSinceApproval = useCallback(
    (side?: Side) =>
      attempt(async () => {
        const found = lastApproved(await freshVersions(), side);
        if (!found) throw new Error(intl.formatMessage(NO_VERSION.approved));
        await compareWith(found, null);
      }),
    [attempt, compareWith, freshVersions, intl],
  );

  const changesSinceSent = useCallback(
    () =>
      attempt(async () => {
        const found = lastSent(await freshVersions());
        if (!found) throw new Error(intl.formatMessage(NO_VERSION.sent));
        await compareWith(found, null);
      }),
    [attempt, compareWith, freshVersions, intl],
  );

  const saveVersion = useCallback(
    (name: string) =>
      attempt(async () => {
        await saveFirst();
        const kept = await api.call('history.saveVersion', { letterId, name });
        historyChanged(letterId);
        notify.info(
          intl.formatMessage(
            { id: 'history.saved', defaultMessage: 'Saved the version “{name}”.' },
            { name: kept.name ?? name },
          ),
        );
      }),
    [api, attempt, intl, letterId, notify, saveFirst],
  );

  const restore = useCallback(
    (version: VersionSummary) =>
      attempt(async () => {
        await saveFirst();
        const letter = await api.call('history.restore', {
          letterId,
          versionId: version.id,
          revision: snapshot().revision,
        });
        historyChanged(letterId);
        notify.info(
          intl.formatMessage(
            {
              id: 'history.restored',
              defaultMessage: 'Restored the version of {when}. The text it replaced is kept as a version.',
            },
            { when: versionTitle(version, intl) },
          ),
        );
        onRestored(letter);
      }),
    [api, attempt, intl, letterId, notify, onRestored, saveFirst, snapshot],
  );

  // The two questions asked in a dialog: a new version's name, and whether to restore.
  const [naming, setNaming] = useState(false);
  const [restoreAsked, setRestoreAsked] = useState<VersionSummary | null>(null);
  const askName = useCallback(() => setNaming(true), []);
  const cancelName = useCallback(() => setNaming(false), []);
  const askRestore = useCallback((version: VersionSummary) => setRestoreAsked(version), []);
  const cancelRestore = useCallback(() => setRestoreAsked(null), []);
  // The dialog stays, its page inert, until the action is done: nothing is typed meanwhile.
  const nameVersion = useCallback(
    async (name: string) => {
      if (await saveVersion(name)) setNaming(false);
    },
    [saveVersion],
  );
  const confirmRestore = useCallback(async () => {
    if (restoreAsked && (await restore(restoreAsked))) setRestoreAsked(null);
  }, [restore, restoreAsked]);

  const backToEditing = useCallback(() => setMode(EDITING), []);
  const toggle = useCallback(() => setOpen((shown) => !shown), []);
  const close = useCallback(() => setOpen(false), []);

  return {
    open,
    toggle,
    close,
    mode,
    busy,
    versions,
    view,
    viewVersion,
    compare,
    compareWithPublishedText,
    changesSinceApproval,
    changesSinceSent,
    naming,
    askName,
    cancelName,
    nameVersion,
    restoreAsked,
    askRestore,
    cancelRestore,
    confirmRestore,
    backToEditing,
  };
}

export type LetterHistory = ReturnType<typeof useLetterHistory>;

/** Why "Changes since last approved / sent" has nothing to show. */
export const NO_VERSION = defineMessages({
  approved: {
    id: 'history.none.approved',
    defaultMessage: 'No approved version yet: one is kept each time a side is approved.',
  },
  sent: {
    id: 'history.none.sent',
    defaultMessage: 'No version sent yet: one is kept each time the letter is exported, emailed or copied.',
  },
});
