/**
 * A save was refused because the letter was changed elsewhere (another window,
 * tab or program) since this window last saved it. Nothing is lost whichever
 * way the user goes: the version not kept becomes a copy in the library.
 * Escape closes the dialog without choosing; autosave stays paused and the
 * banner under the top bar reopens it.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConflictResolution } from '../../../core/contract';
import { type EditorDoc } from '../../../core/editorDoc';
import { docToPlainText } from '../../../core/document/plainText';
import { displayTitle, type Letter } from '../../../core/letter';
import { resolvePlaceholder } from '../../../core/placeholders';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';
import { SIDE_LANGUAGE } from '../../../core/sides';
import { ApiCallError } from '../api/client';
import { useApi } from '../app/ApiContext';
import { useSettings } from '../settings/SettingsContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { formatFullDate } from '../ui/formatWhen';
import { SIDE_MESSAGES } from './sideMessages';

export type ConflictChoice = 'mine' | 'theirs';

/** In the order of the buttons: the one that keeps this window's text last, as the main action. */
const CHOICES: ReadonlyArray<{
  keep: ConflictChoice;
  label: MessageDescriptor;
  /** What the choice does, as a sentence led by its button's name. */
  effect: MessageDescriptor;
  className: string;
}> = [
  {
    keep: 'theirs',
    ...defineMessages({
      label: { id: 'letter.conflict.takeTheirs', defaultMessage: 'Take theirs' },
      effect: {
        id: 'letter.conflict.takeTheirsEffect',
        defaultMessage:
          '<strong>Take theirs</strong> opens their version; yours is kept in the library as a copy.',
      },
    }),
    className: 'btn',
  },
  {
    keep: 'mine',
    ...defineMessages({
      label: { id: 'letter.conflict.keepMine', defaultMessage: 'Keep mine' },
      effect: {
        id: 'letter.conflict.keepMineEffect',
        defaultMessage:
          '<strong>Keep mine</strong> saves your version; theirs is kept in the library as a copy.',
      },
    }),
    className: 'btn btn--primary',
  },
];

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

interface ConflictDialogProps {
  letterId: string;
  /** The letter as it is in this window now. */
  mine: () => Letter;
  /** Stores the choice (see letters.resolveConflict); rejects with the reason if it could not. */
  onResolve: (keep: ConflictChoice, theirRevision: number) => Promise<ConflictResolution>;
  onClose: () => void;
}

export function ConflictDialog({ letterId, mine, onResolve, onClose }: ConflictDialogProps) {
  const api = useApi();
  const intl = useIntl();
  const [theirs, setTheirs] = useState<Letter | null>(null);
  const [comparing, setComparing] = useState<Letter | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const compareButton = useRef<HTMLButtonElement>(null);

  const loadTheirs = useCallback(
    () =>
      api.call('letters.get', { id: letterId }).then(setTheirs, (error: unknown) => {
        setProblem(errorMessage(error));
      }),
    [api, letterId],
  );
  useEffect(() => void loadTheirs(), [loadTheirs]);
  // Focus goes to the harmless choice once there is something to compare: the dialog can open while
  // the user is typing, and a space or Enter landing on "Keep mine" would decide for them.
  const loaded = theirs !== null;
  useEffect(() => {
    if (loaded) compareButton.current?.focus();
  }, [loaded]);

  const choose = async (keep: ConflictChoice) => {
    if (!theirs) return;
    setBusy(true);
    setProblem(null);
    try {
      await onResolve(keep, theirs.revision);
    } catch (error) {
      // Changed once more while the user was deciding: show the newest, and let them choose again.
      if (error instanceof ApiCallError && error.code === 'conflict') {
        await loadTheirs();
        setProblem(
          intl.formatMessage({
            id: 'letter.conflict.changedAgain',
            defaultMessage: 'It was changed again meanwhile. Their newest version is shown; choose again.',
          }),
        );
      } else {
        setProblem(errorMessage(error));
      }
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={intl.formatMessage({
        id: 'letter.conflict.title',
        defaultMessage: 'This letter was changed elsewhere',
      })}
      onClose={onClose}
      role="alertdialog"
      testId="conflict-dialog"
      className={comparing ? 'dialog--wide' : undefined}
    >
      <p className="dialog__message">
        {theirs ? (
          <FormattedMessage
            id="letter.conflict.message"
            defaultMessage="“{title}” was changed in another window or program while you were editing it (saved {when}). Your changes here are not saved yet, and nothing has been overwritten."
            values={{
              title: <span translate="no">{displayTitle(theirs)}</span>,
              when: formatFullDate(theirs.updatedAt, intl),
            }}
          />
        ) : (
          <FormattedMessage
            id="letter.conflict.messageLoading"
            defaultMessage="This letter was changed in another window or program while you were editing it. Your changes here are not saved yet, and nothing has been overwritten."
          />
        )}
      </p>
      {comparing && theirs && <ConflictCompare mine={comparing} theirs={theirs} />}
      <ul className="conflict__choices">
        {CHOICES.map(({ keep, effect }) => (
          <li key={keep}>{intl.formatMessage(effect, { strong })}</li>
        ))}
      </ul>
      {problem && (
        <p className="field__error" role="alert" data-testid="conflict-problem">
          {problem}
        </p>
      )}
      <div className="dialog__actions">
        {comparing ? (
          <button type="button" className="btn" onClick={() => setComparing(null)}>
            <FormattedMessage id="letter.conflict.hideComparison" defaultMessage="Hide comparison" />
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={!theirs}
            ref={compareButton}
            onClick={() => setComparing(mine())}
            data-testid="conflict-compare"
          >
            <FormattedMessage id="letter.conflict.compare" defaultMessage="Compare side by side" />
          </button>
        )}
        {CHOICES.map(({ keep, label, className }) => (
          <button
            key={keep}
            type="button"
            className={className}
            disabled={!theirs || busy}
            onClick={() => void choose(keep)}
            data-testid={`conflict-${keep}`}
          >
            {intl.formatMessage(label)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}

/** Both versions' two panes, read-only, theirs next to mine. */
function ConflictCompare({ mine, theirs }: { mine: Letter; theirs: Letter }) {
  const intl = useIntl();
  return (
    <div className="conflict-compare">
      <VersionPanes
        who="theirs"
        label={intl.formatMessage(
          { id: 'letter.conflict.theirVersion', defaultMessage: 'Their version, saved {when}' },
          { when: formatFullDate(theirs.updatedAt, intl) },
        )}
        letter={theirs}
      />
      <VersionPanes
        who="mine"
        label={intl.formatMessage({
          id: 'letter.conflict.yourVersion',
          defaultMessage: 'Your version, in this window (not saved)',
        })}
        letter={mine}
      />
    </div>
  );
}

function VersionPanes({ who, label, letter }: { who: string; label: string; letter: Letter }) {
  const { settings } = useSettings();
  const intl = useIntl();
  const text = (doc: EditorDoc) =>
    docToPlainText(doc, (key) => resolvePlaceholder(key, letter, settings.houseStyle.dateFormat).text);
  return (
    <section className="conflict-compare__version" aria-label={label} data-testid={`conflict-${who}`}>
      <h3 className="conflict-compare__label">{label}</h3>
      <p className="conflict-compare__title" translate="no">
        {displayTitle(letter)}
      </p>
      <h4 className="conflict-compare__pane">{intl.formatMessage(SIDE_MESSAGES.preface)}</h4>
      <div
        className="conflict-compare__text"
        lang={SIDE_LANGUAGE.preface}
        translate="no"
        data-testid={`conflict-${who}-preface`}
      >
        {text(letter.preface)}
      </div>
      <h4 className="conflict-compare__pane">{intl.formatMessage(SIDE_MESSAGES.body)}</h4>
      <div
        className="conflict-compare__text"
        lang={SIDE_LANGUAGE.body}
        translate="no"
        data-testid={`conflict-${who}-body`}
      >
        {text(letter.body)}
      </div>
    </section>
  );
}
