/**
 * The bar above the panes while they show something other than the letter
 * being edited: which version, or which compare, and the ways out: restore
 * what is shown, export a compare as a Word redline, or go back to editing
 * (Escape too). The editors stay
 * mounted, hidden, with everything typed in them.
 */
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { VersionSummary } from '../../../core/history/version';
import { RedlineMenu } from '../compare/RedlineMenu';
import { formatFullDate } from '../ui/formatWhen';
import type { HistoryMode } from './useLetterHistory';
import { versionKindText } from './versionWording';

interface HistoryModeBarProps {
  mode: Exclude<HistoryMode, { kind: 'editing' }>;
  busy: boolean;
  onRestore: (version: VersionSummary) => void;
  onBack: () => void;
}

export function HistoryModeBar({ mode, busy, onRestore, onBack }: HistoryModeBarProps) {
  const intl = useIntl();
  const bar = useRef<HTMLElement>(null);
  // The button that showed this (in the panel, or the approval note now hidden) may be gone: the
  // focus goes to the bar, which says what is shown and holds the way back.
  useEffect(() => {
    bar.current?.focus();
  }, [mode]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape in a dialog or an open menu is theirs.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  const named = (version: VersionSummary) => {
    const when = formatFullDate(version.createdAt, intl);
    return version.kind === 'named' && version.name ? (
      <FormattedMessage
        id="history.bar.named"
        defaultMessage="“{name}”, kept {when}"
        values={{ name: <span translate="no">{version.name}</span>, when }}
      />
    ) : (
      when
    );
  };
  // A compare with a published text has no stored newer side: no restore of "the earlier", no redline.
  const restorable =
    mode.kind === 'viewing'
      ? mode.version
      : mode.comparison.to || mode.published
        ? null
        : mode.comparison.from;

  return (
    <section
      ref={bar}
      tabIndex={-1}
      className="history-bar"
      aria-label={intl.formatMessage({ id: 'history.bar.label', defaultMessage: 'What the panes show' })}
      data-testid="history-bar"
      data-mode={mode.kind}
    >
      <p className="history-bar__what" data-testid="history-bar-text">
        {mode.kind === 'viewing' ? (
          <FormattedMessage
            id="history.bar.viewing"
            defaultMessage="Version of {when} · {kind} · read-only"
            values={{
              when: named(mode.version),
              kind: versionKindText(mode.version, intl) ?? '',
            }}
          />
        ) : (
          // What is compared with what is the compare's own heading, just below.
          <FormattedMessage id="history.bar.comparingReadOnly" defaultMessage="Compare · read-only" />
        )}
      </p>
      {restorable && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onRestore(restorable)}
          disabled={busy}
          data-testid="history-bar-restore"
        >
          {mode.kind === 'viewing' ? (
            <FormattedMessage id="history.bar.restore" defaultMessage="Restore this version" />
          ) : (
            <FormattedMessage id="history.bar.restoreEarlier" defaultMessage="Restore the earlier version" />
          )}
        </button>
      )}
      {mode.kind === 'comparing' && !mode.published && <RedlineMenu comparison={mode.comparison} />}
      <button
        type="button"
        className="btn btn--small btn--primary"
        onClick={onBack}
        data-testid="history-bar-back"
      >
        <FormattedMessage id="history.bar.back" defaultMessage="Back to editing" />
      </button>
    </section>
  );
}
