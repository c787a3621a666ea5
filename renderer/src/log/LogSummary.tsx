/**
 * The summary a press office reports from: letters sent, published and
 * rejected (and the rest) per publication and per month, as a chart and, with
 * the same numbers, as a table, which is what screen readers read.
 */
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LOG_COUNT_KEYS, type LogCounts, type LogSummary as Summary } from '../../../core/log/logList';
import { LogChart, type ChartSeries } from './LogChart';

/** The chart shows these; the table all the counts. */
const CHARTED = ['sent', 'published', 'rejected'] as const;
const COLORS: Record<(typeof CHARTED)[number], string> = {
  sent: '#6b7c93',
  published: '#2e7d4f',
  rejected: '#b3261e',
};

interface Group {
  key: string;
  /** The label as shown; `translate="no"` for a paper's name. */
  label: string;
  counts: LogCounts;
}

function SummaryPart({
  title,
  groups,
  testId,
  names,
  rowHeader,
}: {
  title: string;
  groups: Group[];
  testId: string;
  names: boolean;
  /** What the rows are: the table's first column heading. */
  rowHeader: string;
}) {
  const intl = useIntl();
  const countName = (key: keyof LogCounts) =>
    intl.formatMessage(
      {
        id: 'log.summary.count',
        defaultMessage:
          '{key, select, sent {Sent} awaiting {Awaiting} published {Published} rejected {Rejected} noReply {No reply} other {Withdrawn}}',
      },
      { key },
    );
  const labels = useMemo(() => groups.map((group) => group.label), [groups]);
  const series = useMemo<ChartSeries[]>(
    () =>
      CHARTED.map((key) => ({
        label: countName(key),
        values: groups.map((group) => group.counts[key]),
        color: COLORS[key],
      })),
    // countName changes with the language, as intl does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups, intl],
  );
  return (
    <section className="log-summary__part" aria-label={title}>
      <h3 className="log-summary__title">{title}</h3>
      <LogChart labels={labels} series={series} testId={`${testId}-chart`} />
      <table className="log-table log-summary__table" data-testid={`${testId}-table`}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {LOG_COUNT_KEYS.map((key) => (
              <th key={key} scope="col">
                {countName(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row" translate={names ? 'no' : undefined}>
                {group.label}
              </th>
              {LOG_COUNT_KEYS.map((key) => (
                <td key={key}>{group.counts[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function LogSummary({ summary }: { summary: Summary }) {
  const intl = useIntl();
  const chinese = intl.locale.startsWith('zh');
  const byPublication = useMemo(
    () =>
      summary.byPublication.map(({ publication, publicationZh, counts }) => ({
        key: publication,
        label: chinese && publicationZh ? publicationZh : publication,
        counts,
      })),
    [summary, chinese],
  );
  const byMonth = useMemo(
    () =>
      summary.byMonth.map(({ month, counts }) => ({
        key: month,
        label: intl.formatDate(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1), {
          year: 'numeric',
          month: 'short',
        }),
        counts,
      })),
    [summary, intl],
  );
  return (
    <section className="log-summary" aria-labelledby="log-summary-title" data-testid="log-summary">
      <h2 id="log-summary-title" className="log-summary__heading">
        <FormattedMessage id="log.summary.title" defaultMessage="Summary" />
      </h2>
      <p className="log-summary__total">
        <FormattedMessage
          id="log.summary.total"
          defaultMessage="{sent, plural, one {# letter sent} other {# letters sent}}: {published} published, {rejected} rejected, {noReply} with no reply, {withdrawn} withdrawn, {awaiting} awaiting."
          values={{ ...summary.total }}
        />
      </p>
      {summary.byPublication.length > 0 && (
        // Open at first; folded away, the table of sendings moves up under the summary's sentence.
        <details className="log-summary__details" open>
          <summary data-testid="log-summary-toggle">
            <FormattedMessage
              id="log.summary.charts"
              defaultMessage="Charts and tables per publication and per month"
            />
          </summary>
          <div className="log-summary__parts">
            <SummaryPart
              title={intl.formatMessage({
                id: 'log.summary.byPublication',
                defaultMessage: 'Per publication',
              })}
              groups={byPublication}
              testId="log-by-publication"
              names
              rowHeader={intl.formatMessage({ id: 'log.summary.publication', defaultMessage: 'Publication' })}
            />
            <SummaryPart
              title={intl.formatMessage({ id: 'log.summary.byMonth', defaultMessage: 'Per month' })}
              groups={byMonth}
              testId="log-by-month"
              names={false}
              rowHeader={intl.formatMessage({ id: 'log.summary.month', defaultMessage: 'Month' })}
            />
          </div>
        </details>
      )}
    </section>
  );
}
