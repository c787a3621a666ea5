/**
 * Settings ▸ Termbase: the office's official words in both languages. A
 * searchable page of entries (either language, variants and notes included;
 * newest change first) with a domain filter and "Show more"; add, edit and
 * remove each entry (revision-checked, as every settings list); import a TBX
 * or CSV file, and export the whole termbase as either.
 */
import { useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  TERM_DOMAINS,
  TERM_LIMITS,
  type TermDomain,
  type TermEntry,
  type TermPage,
} from '../../../core/terms/termEntry';
import type { TermFileFormat } from '../../../core/terms/termFiles';
import { useApi } from '../app/ApiContext';
import { showExportResult } from '../export/showExportResult';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict } from '../ui/isConflict';
import { PlusIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { termbaseChanged } from './termbaseStore';
import { DOMAIN_LABELS } from './termDomains';
import { TermForm } from './TermForm';
import { TermImportButton } from './TermImportButton';
import { TermRow } from './TermRow';

/** Entries fetched at a time: enough to scroll, few enough that a 10,000-entry termbase opens at once. */
const PAGE = 50;
/** Typing settles before the search runs. */
const SEARCH_DELAY_MS = 200;

export function TermbaseSection() {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [domain, setDomain] = useState<TermDomain | null>(null);
  const [shown, setShown] = useState<TermPage | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TermEntry | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  /** The page from the start again, as long as what is shown (after a change, the list stays as long). */
  const reload = useCallback(
    (limit = PAGE) =>
      api
        .call('terms.list', { query: search, domain, offset: 0, limit })
        .then(setShown, (error: unknown) =>
          notify.error(
            intl.formatMessage(
              { id: 'terms.list.loadFailed', defaultMessage: 'The termbase could not be loaded: {reason}' },
              { reason: errorMessage(error) },
            ),
          ),
        ),
    [api, search, domain, notify, intl],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const shownCount = shown?.entries.length ?? 0;
  const changed = () => {
    termbaseChanged();
    void reload(Math.min(1000, Math.max(PAGE, shownCount)));
  };

  const showMore = () =>
    api.call('terms.list', { query: search, domain, offset: shownCount, limit: PAGE }).then(
      (more) =>
        setShown((now) => ({
          entries: [...(now?.entries ?? []), ...more.entries],
          total: more.total,
          notices: [...(now?.notices ?? []), ...more.notices],
        })),
      (error: unknown) => notify.error(errorMessage(error)),
    );

  const exportAs = (format: TermFileFormat) =>
    api.call('terms.export', { format }).then(
      (result) => showExportResult(result, notify, intl),
      (error: unknown) => notify.error(errorMessage(error)),
    );

  const remove = (entry: TermEntry) => {
    setRemoving(null);
    api.call('terms.remove', { id: entry.id, revision: entry.revision }).then(changed, (error: unknown) => {
      if (!isConflict(error)) return notify.error(errorMessage(error));
      notify.error(
        intl.formatMessage(
          {
            id: 'terms.list.staleDelete',
            defaultMessage:
              'The entry “{term}” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
          },
          { term: entry.zh[0] ?? '' },
        ),
      );
      changed();
    });
  };

  const filtered = search !== '' || domain !== null;

  return (
    <section className="settings-section termbase" aria-labelledby="termbase-title" data-testid="termbase">
      <div className="settings-section__header">
        <h2 id="termbase-title" className="settings-section__title">
          <FormattedMessage id="terms.list.title" defaultMessage="Termbase" />
        </h2>
        <div className="termbase__tools">
          <button
            type="button"
            className="btn btn--primary btn--small"
            onClick={() => setAdding(true)}
            disabled={adding}
            data-testid="term-add"
          >
            <PlusIcon /> <FormattedMessage id="terms.list.add" defaultMessage="Add term…" />
          </button>
          <TermImportButton onImported={changed} />
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void exportAs('tbx')}
            data-testid="terms-export-tbx"
          >
            <FormattedMessage id="terms.list.exportTbx" defaultMessage="Export TBX" />
          </button>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void exportAs('csv')}
            data-testid="terms-export-csv"
          >
            <FormattedMessage id="terms.list.exportCsv" defaultMessage="Export CSV" />
          </button>
        </div>
      </div>
      <p className="settings-section__lead">
        <FormattedMessage
          id="terms.list.lead"
          defaultMessage="The official words for titles, institutions, policies, people and places, in both languages. The editor highlights them and offers them in “Term…”; the checks flag forbidden variants and terms missing from the English letter."
        />
      </p>
      <div className="termbase__filters" role="search">
        <input
          className="input termbase__search"
          type="search"
          value={query}
          maxLength={TERM_LIMITS.search}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={intl.formatMessage({ id: 'terms.list.search', defaultMessage: 'Search the termbase' })}
          placeholder={intl.formatMessage({
            id: 'terms.list.searchHint',
            defaultMessage: 'Search Chinese or English terms, variants and notes',
          })}
          data-testid="terms-search"
        />
        <select
          className="input termbase__domain"
          value={domain ?? ''}
          onChange={(event) => setDomain((event.target.value || null) as TermDomain | null)}
          aria-label={intl.formatMessage({ id: 'terms.list.domainFilter', defaultMessage: 'Domain' })}
          data-testid="terms-domain-filter"
        >
          <option value="">
            {intl.formatMessage({ id: 'terms.list.allDomains', defaultMessage: 'All domains' })}
          </option>
          {TERM_DOMAINS.map((each) => (
            <option key={each} value={each}>
              {intl.formatMessage(DOMAIN_LABELS[each])}
            </option>
          ))}
        </select>
      </div>
      {adding && (
        <TermForm
          entry={null}
          onSaved={() => {
            setAdding(false);
            changed();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {/* Entries that could not be read (set aside as damaged): said once, where the list is. */}
      {shown?.notices.map((notice, index) => (
        <p key={index} className="notice" role="alert">
          {intl.formatMessage(notice, notice.values)}
        </p>
      ))}
      <p className="termbase__count" role="status" data-testid="terms-count">
        {shown &&
          (filtered ? (
            <FormattedMessage
              id="terms.list.countFiltered"
              defaultMessage="{total, plural, =0 {No entry matches.} one {# entry matches.} other {# entries match.}}"
              values={{ total: shown.total }}
            />
          ) : (
            <FormattedMessage
              id="terms.list.count"
              defaultMessage="{total, plural, =0 {The termbase is empty. Add a term or import a TBX or CSV file.} one {# entry.} other {# entries.}}"
              values={{ total: shown.total }}
            />
          ))}
      </p>
      <ul className="card-list" data-testid="terms-list">
        {shown?.entries.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className="card-row card-row--editing">
              <TermForm
                entry={entry}
                onSaved={() => {
                  setEditing(null);
                  changed();
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <TermRow
              key={entry.id}
              entry={entry}
              onEdit={() => setEditing(entry.id)}
              onRemove={() => setRemoving(entry)}
            />
          ),
        )}
      </ul>
      {shown && shownCount < shown.total && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => void showMore()}
          data-testid="terms-more"
        >
          <FormattedMessage
            id="terms.list.showMore"
            defaultMessage="Show more ({shown} of {total})"
            values={{ shown: shownCount, total: shown.total }}
          />
        </button>
      )}
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'terms.list.confirmTitle', defaultMessage: 'Delete this entry?' })}
          message={intl.formatMessage(
            {
              id: 'terms.list.confirmMessage',
              defaultMessage:
                '“{zh}” ({en}) will be removed from the termbase. Letters that use it keep their text.',
            },
            { zh: removing.zh[0] ?? '', en: removing.en[0] ?? '' },
          )}
          confirmLabel={intl.formatMessage({ id: 'terms.list.delete', defaultMessage: 'Delete' })}
          danger
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
