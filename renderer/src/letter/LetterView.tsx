/**
 * The open letter: top bar, details form, and the Chinese and English panes
 * side by side. Owns the draft and its autosave; the App reaches it through
 * `handleRef` to flush before switching letters or to rename it. A save
 * refused as a conflict opens the ConflictDialog, once the view is shown.
 */
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useIntl } from 'react-intl';
import { useSettings } from '../settings/SettingsContext';
import type { ConflictResolution, SignatoryList } from '../../../core/contract';
import type { Side } from '../../../core/sides';
import type { ApprovalStatus, Letter } from '../../../core/letter';
import { useApi } from '../app/ApiContext';
import { useCommand } from '../commands/useCommand';
import { useNotify } from '../ui/Notifications';
import { usePromptBeforeUnload } from '../ui/usePromptBeforeUnload';
import { ComparisonView } from '../compare/ComparisonView';
import { VersionLetterView } from '../compare/VersionLetterView';
import { historyChanged } from '../history/historyEvents';
import { HistoryDialogs } from '../history/HistoryDialogs';
import { HistoryModeBar } from '../history/HistoryModeBar';
import { HistoryPanel } from '../history/HistoryPanel';
import { useLetterHistory } from '../history/useLetterHistory';
import { useDocxImportActions } from '../import/DocxImportContext';
import type { ImportCompare } from '../import/useDocxImport';
import { authorName } from '../../../core/authorName';
import { CommentsContext } from '../comments/CommentsContext';
import { CommentsPanel } from '../comments/CommentsPanel';
import { NewCommentDialog } from '../comments/NewCommentDialog';
import { useComments } from '../comments/useComments';
import { useSendingView, type SendingViewRequest } from '../log/sendingView';
import { useMarkAsSent } from '../log/useMarkAsSent';
import { PreflightPanel } from '../preflight/PreflightPanel';
import { usePreflight } from '../preflight/usePreflight';
import { ApprovalNote } from './ApprovalNotes';
import { ChinesePane } from './ChinesePane';
import { ConflictDialog, type ConflictChoice } from './ConflictDialog';
import { CustomFieldsGroup } from './CustomFieldsGroup';
import { EnglishPane } from './EnglishPane';
import { LetterFieldsForm } from './LetterFieldsForm';
import { LetterTopBar } from './LetterTopBar';
import { shownTitle } from './shownTitle';
import { ConflictBanner, SaveErrorBanner } from './SaveStatusIndicator';
import { useAutosave } from './useAutosave';
import { useLetterDraft, type LetterPatch } from './useLetterDraft';

export interface OpenLetterHandle {
  id: string;
  flush(): Promise<void>;
  patch(changes: LetterPatch): void;
}

interface LetterViewProps {
  initial: Letter;
  profiles: SignatoryList;
  onSaved: (letter: Letter) => void;
  /** A conflict was settled; with 'theirs', `resolution.letter` must replace this view's letter. */
  onConflictResolved: (resolution: ConflictResolution, keep: ConflictChoice) => void;
  /** A version was restored: this stored letter must replace this view's letter. */
  onReplaced: (letter: Letter) => void;
  /** The History panel is open when the view opens (after a restore). */
  historyOpen?: boolean;
  onOpenSettings: () => void;
  /** False while another view (settings, templates, trash) is shown in its place. */
  shown: boolean;
  /** Brings this view back in place of the one shown. */
  onShow: () => void;
  handleRef: RefObject<OpenLetterHandle | null>;
  /** A letter just made: its title field takes the focus once the view is shown (then `onTitleFocused`). */
  focusTitle?: boolean;
  onTitleFocused?: () => void;
  /** A compare to show as the view opens (a reviewed DOCX was just imported as this letter's new version). */
  compareOnOpen?: ImportCompare;
  /** Opened from the log: show the version sent, or compare it with the published text (then `onSendingViewDone`). */
  sendingView?: SendingViewRequest | null;
  onSendingViewDone?: () => void;
}

/**
 * Memoised, as are the panes and forms inside it, with stable callbacks: the
 * save status changing on the first keystroke, or the library refreshing
 * around it, re-renders the top bar, not both editors and the details form.
 */
export const LetterView = memo(function LetterView({
  initial,
  profiles,
  onSaved,
  onConflictResolved,
  onReplaced,
  historyOpen = false,
  onOpenSettings,
  shown,
  onShow,
  handleRef,
  focusTitle = false,
  onTitleFocused,
  compareOnOpen,
  sendingView,
  onSendingViewDone,
}: LetterViewProps) {
  const api = useApi();
  const intl = useIntl();
  const titleRef = useRef<HTMLInputElement>(null);
  const notify = useNotify();
  const markDirty = useRef<() => void>(() => {});
  const onChange = useCallback(() => markDirty.current(), []);
  const { settings } = useSettings();
  const draft = useLetterDraft(initial, onChange, settings.houseStyle.dateFormat);
  const { snapshot, isComposing, adoptRevision } = draft;

  const save = useCallback(async () => {
    const stored = await api.call('letters.save', { letter: snapshot() });
    adoptRevision(stored);
    onSaved(stored);
    // A save can keep a version (an approval, a few minutes of editing): an open History re-reads.
    historyChanged(stored.id);
  }, [api, snapshot, adoptRevision, onSaved]);
  const canSaveNow = useCallback(() => !isComposing(), [isComposing]);
  const autosave = useAutosave({ save, canSaveNow });
  const { flush, resolveConflict } = autosave;
  // Escape puts the conflict dialog away; the banner brings it back. Autosave waits either way.
  const [conflictHidden, setConflictHidden] = useState(false);
  const resolve = useCallback(
    async (keep: ConflictChoice, theirRevision: number) => {
      const resolution = await resolveConflict(async () => {
        const done = await api.call('letters.resolveConflict', { letter: snapshot(), theirRevision, keep });
        if (keep === 'mine') adoptRevision(done.letter);
        return done;
      });
      setConflictHidden(false);
      onConflictResolved(resolution, keep);
      return resolution;
    },
    [api, snapshot, adoptRevision, resolveConflict, onConflictResolved],
  );
  // A modal dialog inside the hidden view would be invisible yet make the whole window inert, so the
  // choice waits until the letter is shown again (autosave stays paused, nothing is lost meanwhile);
  // a conflict met while the user is elsewhere is announced where they are, with the way back.
  const conflict = autosave.status.kind === 'conflict';
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  useEffect(() => {
    if (!conflict || shownRef.current) return;
    notify.error(
      intl.formatMessage(
        {
          id: 'letter.conflict.elsewhere',
          defaultMessage:
            'Your latest changes to “{title}” are not saved: it was changed in another window or program. Open it to choose which version to keep.',
        },
        { title: shownTitle(snapshot(), intl) },
      ),
      {
        label: intl.formatMessage({ id: 'letter.conflict.openLetter', defaultMessage: 'Open the letter' }),
        run: onShow,
      },
    );
  }, [conflict, notify, snapshot, onShow, intl]);
  // After "New letter", typing goes into the new letter's title: the dialog that chose its template
  // hands focus back to its opener as it closes, so this runs once the letter is shown after it. A
  // layout effect, so it runs before anything else can: a plain effect waits for the next paint, and a
  // click or keystroke in a field of the letter in between had its text land in the title.
  useLayoutEffect(() => {
    if (!shown || !focusTitle) return;
    titleRef.current?.focus();
    onTitleFocused?.();
  }, [shown, focusTitle, onTitleFocused]);
  // Changes that could not be saved (failing saves, a conflict waiting for the user) live only in this
  // window: closing it asks first. Changes merely pending are saved on the way out (useAutosave).
  usePromptBeforeUnload(conflict || autosave.status.kind === 'error');
  // Ctrl/Cmd+S saves now: saving is automatic, but the habit is strong. A failure is already on
  // screen as the save-error banner.
  useCommand('letter.save', () => void flush().catch(() => undefined));

  useLayoutEffect(() => {
    markDirty.current = autosave.markDirty;
    handleRef.current = { id: initial.id, flush: autosave.flush, patch: draft.patch };
    return () => {
      if (handleRef.current?.id === initial.id) handleRef.current = null;
    };
  }, [autosave.markDirty, autosave.flush, draft.patch, handleRef, initial.id]);

  const preflight = usePreflight(initial.id, autosave.flush);
  const restored = useCallback(
    (letter: Letter) => {
      onSaved(letter);
      onReplaced(letter);
    },
    [onSaved, onReplaced],
  );
  const history = useLetterHistory({
    letterId: initial.id,
    flush: autosave.flush,
    snapshot,
    onRestored: restored,
    initiallyOpen: historyOpen,
    compareOnOpen,
    dateStyle: settings.houseStyle.dateFormat,
  });
  useSendingView(initial.id, history, sendingView, onSendingViewDone);
  useCommand('letter.history', history.toggle);
  useCommand('letter.saveVersion', history.askName);
  const docxImport = useDocxImportActions();
  const askImportDocx = useCallback(
    () =>
      docxImport?.askNewVersion({
        letterId: initial.id,
        flush: autosave.flush,
        revision: () => snapshot().revision,
        title: () => shownTitle(snapshot(), intl),
      }),
    [docxImport, initial.id, autosave.flush, snapshot, intl],
  );
  useCommand('letter.importDocxVersion', askImportDocx);
  const markAsSent = useMarkAsSent({ letterId: initial.id, flush: autosave.flush, snapshot, shown });
  useCommand('letter.markSent', markAsSent.ask);
  const { mode, changesSinceApproval } = history;
  const editing = mode.kind === 'editing';
  const showChanges = useCallback((side: Side) => void changesSinceApproval(side), [changesSinceApproval]);
  const { prefaceEditor, bodyEditor } = draft;
  const editors = useMemo(() => ({ preface: prefaceEditor, body: bodyEditor }), [prefaceEditor, bodyEditor]);
  const defaultSignatory = profiles.signatories.find((p) => p.id === profiles.defaultId);
  const comments = useComments({
    threads: draft.letter.comments ?? [],
    changeComments: draft.changeComments,
    editors,
    me: authorName(settings.ui.yourName, defaultSignatory),
    reading: !editing,
  });
  const preface = usePaneHandlers('preface', draft, onChange);
  const body = usePaneHandlers('body', draft, onChange);

  return (
    <CommentsContext.Provider value={comments}>
      <main
        className="letter"
        aria-label={intl.formatMessage({ id: 'letter.view.label', defaultMessage: 'Letter' })}
      >
        <LetterTopBar
          letter={draft.letter}
          patch={draft.patch}
          status={autosave.status}
          flush={autosave.flush}
          snapshot={snapshot}
          preflight={preflight}
          titleRef={titleRef}
          historyOpen={history.open}
          onHistory={history.toggle}
          reading={!editing}
          onMarkSent={markAsSent.ask}
        />
        {markAsSent.ui}
        <PreflightPanel preflight={preflight} editors={editors} />
        <HistoryPanel history={history} onImportDocx={askImportDocx} />
        <HistoryDialogs history={history} />
        {conflict &&
          shown &&
          (conflictHidden ? (
            <ConflictBanner onResolve={() => setConflictHidden(false)} />
          ) : (
            <ConflictDialog
              letterId={initial.id}
              mine={snapshot}
              onResolve={resolve}
              onClose={() => setConflictHidden(true)}
            />
          ))}
        {autosave.status.kind === 'error' && (
          <SaveErrorBanner
            message={autosave.status.message}
            // A failed retry is already on screen as this banner; nothing else to report.
            onRetry={() => void autosave.flush().catch(() => undefined)}
          />
        )}
        {mode.kind !== 'editing' && (
          <HistoryModeBar
            mode={mode}
            busy={history.busy}
            onRestore={history.askRestore}
            onBack={history.backToEditing}
          />
        )}
        {mode.kind === 'viewing' && <VersionLetterView letter={mode.letter} />}
        {mode.kind === 'comparing' && (
          <ComparisonView comparison={mode.comparison} published={mode.published} />
        )}
        {/* Hidden, not unmounted, while a version or a compare is shown: the editors keep what was typed. */}
        <div className="letter__editing" hidden={!editing}>
          <LetterFieldsForm
            letter={draft.letter}
            patch={draft.patch}
            profiles={profiles}
            onOpenSettings={onOpenSettings}
          />
          <CustomFieldsGroup
            letter={draft.letter}
            patch={draft.patch}
            prefaceEditor={draft.prefaceEditor}
            bodyEditor={draft.bodyEditor}
          />
          <ApprovalNote
            note={draft.letter.approval.note}
            onDismiss={draft.dismissApprovalNote}
            onShowChanges={showChanges}
          />
          <div className={comments.panelOpen ? 'panes panes--with-comments' : 'panes'}>
            <ChinesePane
              {...preface}
              resolve={draft.resolve}
              resolveSignature={draft.resolveSignature}
              approval={draft.letter.approval}
              onShowChanges={showChanges}
              doc={initial.preface}
              editorRef={prefaceEditor}
            />
            <EnglishPane
              {...body}
              resolve={draft.resolve}
              resolveSignature={draft.resolveSignature}
              letter={draft.letter}
              patch={draft.patch}
              editorRef={bodyEditor}
            />
            {comments.panelOpen && <CommentsPanel comments={comments} />}
          </div>
        </div>
        {comments.pending && shown && (
          <NewCommentDialog
            pending={comments.pending}
            onSubmit={comments.submitComment}
            onCancel={comments.cancelComment}
          />
        )}
      </main>
    </CommentsContext.Provider>
  );
});

/** One pane's callbacks, stable across renders so the memoised pane does not re-render. */
function usePaneHandlers(side: Side, draft: ReturnType<typeof useLetterDraft>, onChange: () => void) {
  const { edited, setApproval, unreadable } = draft;
  return {
    onChange: useCallback(() => {
      edited(side);
      onChange();
    }, [edited, onChange, side]),
    onApprove: useCallback((status: ApprovalStatus) => setApproval(side, status), [setApproval, side]),
    onUnreadable: useCallback(() => (unreadable.current[side] = true), [unreadable, side]),
  };
}
