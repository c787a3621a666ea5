/** The bar above the open letter: its title, status, save state and export. */
import type { RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Letter } from '../../../core/letter';
import { CommentsToggle } from '../comments/CommentsToggle';
import { ExportMenu } from '../export/ExportMenu';
import { SaveAsTemplateButton } from '../templates/SaveAsTemplateButton';
import type { Preflight } from '../preflight/usePreflight';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { shownTitle } from './shownTitle';
import { StatusToggle } from './StatusToggle';
import type { SaveStatus } from './useAutosave';
import type { LetterPatch } from './useLetterDraft';

interface LetterTopBarProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  status: SaveStatus;
  flush: () => Promise<void>;
  snapshot: () => Letter;
  preflight: Preflight;
  /** The title field, focused when a new letter opens. */
  titleRef?: RefObject<HTMLInputElement | null>;
  historyOpen: boolean;
  onHistory: () => void;
  /** A version or a compare is shown: the letter cannot be edited meanwhile. */
  reading: boolean;
  /** "Mark as sent…": records a sending in the letter log (renderer/src/log). */
  onMarkSent: () => void;
}

export function LetterTopBar({
  letter,
  patch,
  status,
  flush,
  snapshot,
  preflight,
  titleRef,
  historyOpen,
  onHistory,
  reading,
  onMarkSent,
}: LetterTopBarProps) {
  const intl = useIntl();
  return (
    <header className="topbar">
      <div className="topbar__title">
        <label htmlFor="letter-title" className="sr-only">
          <FormattedMessage id="letter.topBar.title" defaultMessage="Letter title" />
        </label>
        <input
          id="letter-title"
          ref={titleRef}
          className="title-input"
          value={letter.title}
          placeholder={shownTitle({ title: '', fields: letter.fields }, intl)}
          translate="no"
          readOnly={reading}
          onChange={(event) => patch({ title: event.target.value })}
          data-testid="letter-title"
        />
      </div>
      <StatusToggle value={letter.status} onChange={(status) => patch({ status })} disabled={reading} />
      <SaveStatusIndicator status={status} />
      <button
        type="button"
        className="btn"
        onClick={preflight.toggle}
        aria-expanded={preflight.state.open}
        data-testid="preflight-open"
      >
        <FormattedMessage id="letter.topBar.checks" defaultMessage="Checks" />
      </button>
      <button
        type="button"
        className="btn"
        onClick={onHistory}
        aria-expanded={historyOpen}
        data-testid="history-open"
      >
        <FormattedMessage id="letter.topBar.history" defaultMessage="History" />
      </button>
      <CommentsToggle />
      <SaveAsTemplateButton letter={letter} flush={flush} />
      <button type="button" className="btn" onClick={onMarkSent} data-testid="mark-sent-open">
        <FormattedMessage id="letter.topBar.markSent" defaultMessage="Mark as sent…" />
      </button>
      <ExportMenu letter={letter} flush={flush} snapshot={snapshot} preflight={preflight} />
    </header>
  );
}
