/**
 * The open letter's history, under the top bar: every version kept, newest
 * first, with when, why, who, its word counts and approval; and what can be
 * done with them: view one read-only, compare one with the current text or
 * two with each other, restore one, keep the current text under a name.
 */
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { lastSent } from '../../../core/history/findVersion';
import { lastApproved } from '../../../core/history/findVersion';
import type { VersionSummary } from '../../../core/history/version';
import { ApprovalBadges } from '../library/ApprovalBadges';
import { formatFullDate, formatWhen } from '../ui/formatWhen';
import { useNow } from '../ui/useNow';
import { NO_VERSION, type LetterHistory } from './useLetterHistory';
import { versionKindText } from './versionWording';

interface HistoryPanelProps {
  history: LetterHistory;
  /** "Import reviewed DOCX as a new version…" (renderer/src/import). */
  onImportDocx?: () => void;
}

export function HistoryPanel({ history, onImportDocx }: HistoryPanelProps) {
  const intl = useIntl();
  const now = useNow();
  // The versions ticked for "Compare selected", oldest choice first; at most two.
  const [picked, setPicked] = useState<string[]>([]);
  if (!history.open) return null;
  const { list, error } = history.versions;
  const versions = list?.versions ?? [];
  const approved = lastApproved(versions);
  const sent = lastSent(versions);
  const chosen = versions.filter((version) => picked.includes(version.id));
  const { busy } = history;

  const pick = (id: string, on: boolean) =>
    setPicked((ids) =>
      on ? [...ids.filter((other) => other !== id), id].slice(-2) : ids.filter((other) => other !== id),
    );

  /** A quick compare that may have nothing to show: it stays focusable, and says why instead. */
  const quick = (found: VersionSummary | undefined, reasonId: string, run: () => void) => ({
    'aria-disabled': found && !busy ? undefined : true,
    'aria-describedby': found ? undefined : reasonId,
    onClick: found && !busy ? run : undefined,
  });

  return (
    <section
      className="history"
      aria-label={intl.formatMessage({ id: 'history.panel.label', defaultMessage: 'History' })}
      data-testid="history-panel"
    >
      <header className="history__header">
        <h2 className="history__title">
          <FormattedMessage id="history.panel.title" defaultMessage="History" />
        </h2>
        <span className="history__summary" role="status">
          {list && (
            <FormattedMessage
              id="history.panel.count"
              defaultMessage="{count, plural, one {# version} other {# versions}}"
              values={{ count: versions.length }}
            />
          )}
        </span>
        <button
          type="button"
          className="btn btn--small"
          onClick={history.askName}
          disabled={busy}
          data-testid="history-save-version"
        >
          <FormattedMessage id="history.saveVersion" defaultMessage="Save version…" />
        </button>
        <button
          type="button"
          className="btn btn--small"
          {...quick(approved, 'history-no-approved', () => void history.changesSinceApproval())}
          data-testid="history-since-approved"
        >
          <FormattedMessage id="history.sinceApproved" defaultMessage="Changes since last approved" />
        </button>
        <button
          type="button"
          className="btn btn--small"
          {...quick(sent, 'history-no-sent', () => void history.changesSinceSent())}
          data-testid="history-since-sent"
        >
          <FormattedMessage id="history.sinceSent" defaultMessage="Changes since last sent" />
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => void history.compare(chosen[0]!, chosen[1]!)}
          disabled={busy || chosen.length !== 2}
          data-testid="history-compare-selected"
        >
          <FormattedMessage id="history.compareSelected" defaultMessage="Compare selected" />
        </button>
        {onImportDocx && (
          <button
            type="button"
            className="btn btn--small"
            onClick={onImportDocx}
            disabled={busy}
            data-testid="history-import-docx"
          >
            {/* Short in the panel's crowded bar; the dialog it opens says it becomes a new version. */}
            <FormattedMessage id="history.importDocx" defaultMessage="Import reviewed DOCX…" />
          </button>
        )}
        <button type="button" className="btn btn--small" onClick={history.close} data-testid="history-close">
          <FormattedMessage id="history.panel.close" defaultMessage="Close" />
        </button>
      </header>
      {(!approved || !sent) && list && (
        <p className="history__hint">
          {!approved && <span id="history-no-approved">{intl.formatMessage(NO_VERSION.approved)}</span>}
          {!sent && <span id="history-no-sent">{intl.formatMessage(NO_VERSION.sent)}</span>}
        </p>
      )}
      {list?.setAside.map((notice, index) => (
        <p
          key={`${index}-${notice.id}`}
          className="history__notice"
          role="alert"
          data-testid="history-set-aside"
        >
          {intl.formatMessage(notice, notice.values)}
        </p>
      ))}
      {error && (
        <p className="history__error" role="alert" data-testid="history-error">
          {error}
        </p>
      )}
      <ol className="history__list">
        {versions.map((version) => {
          const when = formatFullDate(version.createdAt, intl);
          const kind = versionKindText(version, intl, versions);
          // Each row's buttons say "View", "Restore"…; the row's time tells them apart for a screen reader.
          const whenId = `history-when-${version.id}`;
          return (
            <li
              key={version.id}
              className="history__item"
              data-testid="history-item"
              data-kind={version.kind}
              data-version-id={version.id}
            >
              <input
                type="checkbox"
                checked={picked.includes(version.id)}
                onChange={(event) => pick(version.id, event.target.checked)}
                aria-label={intl.formatMessage(
                  { id: 'history.item.pick', defaultMessage: 'Select the version of {when} to compare' },
                  { when },
                )}
                data-testid="history-pick"
              />
              <time id={whenId} className="history__when" dateTime={version.createdAt} title={when}>
                {formatWhen(version.createdAt, now, intl)}
              </time>
              <span className="history__kind" data-testid="history-kind">
                {kind ?? (
                  <span translate="no" className="history__name">
                    {version.name}
                  </span>
                )}
              </span>
              <span className="history__author" translate={version.author ? 'no' : undefined}>
                {version.author || <FormattedMessage id="history.item.you" defaultMessage="You" />}
              </span>
              <span className="history__counts">
                <span>
                  <FormattedMessage
                    id="editor.count.characters"
                    defaultMessage="{count, plural, other {# 字 (East Asian characters)}}"
                    values={{ count: version.counts.preface }}
                  />
                </span>
                <span>
                  <FormattedMessage
                    id="editor.count.words"
                    defaultMessage="{count, plural, one {# word} other {# words}}"
                    values={{ count: version.counts.body }}
                  />
                </span>
              </span>
              <span className="history__badges">
                <ApprovalBadges approval={version.approval} />
              </span>
              <span className="history__actions">
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => void history.view(version)}
                  disabled={busy}
                  aria-describedby={whenId}
                  data-testid="history-view"
                >
                  <FormattedMessage id="history.item.view" defaultMessage="View" />
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => void history.compare(version, null)}
                  disabled={busy}
                  aria-describedby={whenId}
                  data-testid="history-compare"
                >
                  <FormattedMessage id="history.item.compare" defaultMessage="Compare with current" />
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => history.askRestore(version)}
                  disabled={busy}
                  aria-describedby={whenId}
                  data-testid="history-restore"
                >
                  <FormattedMessage id="history.item.restore" defaultMessage="Restore" />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
