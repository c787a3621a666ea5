/**
 * The rows of the log's CSV and of its summary's, for the spreadsheets offices
 * already keep and report from: headings and worded values in the exporter's
 * interface language (`say`). Written out as CSV by
 * electron/services/log/csvText.ts (papaparse, whose typings bring Node's in,
 * which core must not), with its formula guard.
 */
import type { MessageDescriptor, WordingValues } from '../i18n/wording';
import { csvMessages as m } from './csvMessages';
import { LOG_COUNT_KEYS, type LogCounts, type LogSummary } from './logList';
import { dayOf, isOverdue } from './replyWindow';
import type { Sending } from './sending';

/** Words a message in the exporter's language. */
export type Say = (message: MessageDescriptor, values?: WordingValues) => string;

/** A CSV's cells, row by row: text, or counts. */
export type CsvRows = Array<Array<string | number>>;

const pad = (n: number) => String(n).padStart(2, '0');
/** The office's local time, as a spreadsheet reads it: "2026-05-03 14:05". */
function localTime(iso: string): string {
  const time = new Date(iso);
  return `${dayOf(time)} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

function outcomeCells(sending: Sending, today: string, say: Say) {
  const { outcome } = sending;
  const kind =
    outcome.kind === 'published'
      ? outcome.extent === 'full'
        ? 'publishedFull'
        : 'publishedPart'
      : isOverdue(sending, today)
        ? 'overdue'
        : outcome.kind;
  return {
    label: say(m.outcomeKind, { kind }),
    date: 'date' in outcome ? outcome.date : '',
    headline: outcome.kind === 'published' ? outcome.headline : '',
    url: outcome.kind === 'published' ? outcome.url : '',
    note: 'note' in outcome ? outcome.note : '',
  };
}

/** One row per sending, as filtered and ordered by the caller. */
export function logCsvRows(sendings: readonly Sending[], today: string, say: Say): CsvRows {
  const head = [
    m.sentAt,
    m.title,
    m.publication,
    m.publicationZh,
    m.to,
    m.channel,
    m.exclusive,
    m.answerBy,
    m.outcome,
    m.outcomeDate,
    m.headline,
    m.url,
    m.note,
    m.noteZh,
    m.letterId,
    m.versionId,
  ].map((message) => say(message));
  const rows = sendings.map((sending) => {
    const outcome = outcomeCells(sending, today, say);
    return [
      localTime(sending.sentAt),
      sending.title,
      sending.publication,
      sending.publicationZh,
      sending.to,
      say(m.channelKind, { channel: sending.channel }),
      say(sending.exclusive ? m.yes : m.no),
      sending.answerBy ?? '',
      outcome.label,
      outcome.date,
      outcome.headline,
      outcome.url,
      outcome.note,
      sending.noteZh,
      sending.letterId,
      sending.versionId,
    ];
  });
  return [head, ...rows];
}

const COUNT_MESSAGES = {
  sent: m.countSent,
  awaiting: m.countAwaiting,
  published: m.countPublished,
  rejected: m.countRejected,
  noReply: m.countNoReply,
  withdrawn: m.countWithdrawn,
} as const satisfies Record<keyof LogCounts, MessageDescriptor>;

/**
 * The summary: the total, then a row per publication, then a row per month; counts as numbers.
 * `chineseNames`: papers by their Chinese names where they have one (a Chinese export).
 */
export function summaryCsvRows(summary: LogSummary, say: Say, chineseNames: boolean): CsvRows {
  const counts = (c: LogCounts) => LOG_COUNT_KEYS.map((key) => c[key]);
  const head = [say(m.breakdown), say(m.group), ...LOG_COUNT_KEYS.map((key) => say(COUNT_MESSAGES[key]))];
  return [
    head,
    [say(m.total), '', ...counts(summary.total)],
    ...summary.byPublication.map((row) => [
      say(m.byPublication),
      chineseNames && row.publicationZh ? row.publicationZh : row.publication,
      ...counts(row.counts),
    ]),
    ...summary.byMonth.map((row) => [say(m.byMonth), row.month, ...counts(row.counts)]),
  ];
}
