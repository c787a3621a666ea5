/**
 * The Log view: every sending, filterable by outcome, publication and period,
 * searchable; each row opens its letter at the version sent, or records its
 * outcome. Below, the summary (chart and table) and the CSV exports.
 */
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LogCsvKind, SendingFilter } from '../../../core/log/logList';
import type { Sending } from '../../../core/log/sending';
import { isUiLanguage } from '../../../core/i18n/languages';
import { ArchiveButtons } from '../archive/ArchiveButtons';
import { useApi } from '../app/ApiContext';
import { showExportResult } from '../export/showExportResult';
import { errorMessage } from '../ui/errorMessage';
import { DownloadIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { LogFilters } from './LogFilters';
import { LogMore } from './LogMore';
import { LogSummary } from './LogSummary';
import { LogTable } from './LogTable';
import { OutcomeDialog } from './OutcomeDialog';
import { useLog } from './useLog';
import { useOpenFromLog, whereaboutsOf } from './useOpenFromLog';

interface LogViewProps {
  /** Opens the letter at the version sent, or (with a published text) on the compare with it. */
  onOpenSending: (sending: Sending, publishedText?: string) => void;
}

export function LogView({ onOpenSending }: LogViewProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [filter, setFilter] = useState<SendingFilter>({});
  const { state, more } = useLog(filter);
  // After "Show more", the first row it added takes the focus (the button may be gone).
  const [focusRow, setFocusRow] = useState<string | null>(null);
  // Bumped by "Clear filters": the search field takes the focus from the button that goes.
  const [filtersCleared, setFiltersCleared] = useState(0);
  const showMore = () => {
    more().then(setFocusRow, (error: unknown) => notify.error(errorMessage(error)));
  };
  const [outcomeOf, setOutcomeOf] = useState<Sending | null>(null);
  // Every paper the log has named, so the publication filter still lists the others once one is chosen.
  const [papers, setPapers] = useState<Map<string, { publication: string; publicationZh: string }>>(
    new Map(),
  );
  const list = state.kind === 'ready' ? state.list : null;
  const opening = useOpenFromLog(list, onOpenSending);
  if (list && list.summary.byPublication.some((item) => !papers.has(item.publication))) {
    const next = new Map(papers);
    for (const item of list.summary.byPublication) next.set(item.publication, item);
    setPapers(next);
  }

  const exportCsv = (kind: LogCsvKind) => {
    const language = isUiLanguage(intl.locale) ? intl.locale : 'en';
    api.call('log.exportCsv', { kind, filter, language }).then(
      (result) => showExportResult(result, notify, intl),
      (error: unknown) => notify.error(errorMessage(error)),
    );
  };

  return (
    <main className="page log-view" data-testid="log-view" aria-labelledby="log-title">
      <header className="page__header">
        <div>
          <h1 id="log-title" className="page__title">
            <FormattedMessage id="log.view.title" defaultMessage="Log" />
          </h1>
          <p className="page__lead">
            <FormattedMessage
              id="log.view.lead"
              defaultMessage="Every letter sent to a paper, and what came of it."
            />
          </p>
        </div>
        <div className="log-view__exports">
          <button type="button" className="btn" onClick={() => exportCsv('log')} data-testid="log-csv">
            <DownloadIcon />
            <FormattedMessage id="log.view.csvLog" defaultMessage="Export log as CSV" />
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => exportCsv('summary')}
            data-testid="log-csv-summary"
          >
            <DownloadIcon />
            <FormattedMessage id="log.view.csvSummary" defaultMessage="Export summary as CSV" />
          </button>
          <ArchiveButtons filter={filter} />
        </div>
      </header>
      <LogFilters
        filter={filter}
        onChange={setFilter}
        publications={[...papers.values()]}
        focusSearch={filtersCleared}
      />
      {state.kind === 'loading' && (
        <p className="page__empty" role="status">
          <FormattedMessage id="log.view.loading" defaultMessage="Loading…" />
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="field__error" role="alert">
          <FormattedMessage
            id="log.view.failed"
            defaultMessage="The log could not be read: {detail}"
            values={{ detail: state.message }}
          />
        </p>
      )}
      {list && (
        <>
          {list.notices.map((notice, index) => (
            <p key={index} className="notice" role="alert">
              {intl.formatMessage(notice, notice.values)}
            </p>
          ))}
          {/* First, so the figures a press office reports stay in reach however long the table grows. */}
          {list.total > 0 && <LogSummary summary={list.summary} />}
          <LogTable
            rows={list.rows}
            total={list.total}
            whereabouts={(letterId) => whereaboutsOf(list, letterId)}
            unreadable={opening.unreadable}
            onOpen={(sending) => opening.open(sending)}
            onOutcome={setOutcomeOf}
            onClearFilters={
              Object.keys(filter).length
                ? () => {
                    setFilter({});
                    setFiltersCleared((n) => n + 1);
                  }
                : undefined
            }
            focusRow={focusRow}
            onFocused={() => setFocusRow(null)}
          />
          <LogMore
            shown={list.rows.length}
            total={list.total}
            loading={state.kind === 'ready' && state.loadingMore}
            onMore={showMore}
          />
        </>
      )}
      {outcomeOf && (
        <OutcomeDialog
          sending={outcomeOf}
          onClose={() => setOutcomeOf(null)}
          // A letter deleted for good has no version left to compare with: the outcome and note still work.
          onCompare={
            list && whereaboutsOf(list, outcomeOf.letterId) === 'deleted'
              ? undefined
              : (sending, text) => {
                  setOutcomeOf(null);
                  opening.open(sending, text);
                }
          }
        />
      )}
      {opening.ui}
    </main>
  );
}
