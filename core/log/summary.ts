/**
 * The summary a press office reports from: how many letters went out, and
 * what came of them, per publication and per month. One pass over the rows.
 */
import type { LogCounts, LogSummary } from './logList';
import { isOverdue, monthOf } from './replyWindow';
import type { Sending } from './sending';

export const emptyCounts = (): LogCounts => ({
  sent: 0,
  awaiting: 0,
  published: 0,
  rejected: 0,
  noReply: 0,
  withdrawn: 0,
});

function add(counts: LogCounts, sending: Sending, today: string): void {
  counts.sent++;
  // Past its window an awaiting letter is, by the paper's own rule, not running: counted as no reply.
  const kind = isOverdue(sending, today) ? 'noReply' : sending.outcome.kind;
  counts[kind]++;
}

export function summarise(sendings: Iterable<Sending>, today: string): LogSummary {
  const total = emptyCounts();
  const byPublication = new Map<string, { publication: string; publicationZh: string; counts: LogCounts }>();
  const byMonth = new Map<string, LogCounts>();
  for (const sending of sendings) {
    add(total, sending, today);
    const key = sending.publication.trim().toLowerCase();
    let paper = byPublication.get(key);
    if (!paper) {
      paper = {
        publication: sending.publication,
        publicationZh: sending.publicationZh,
        counts: emptyCounts(),
      };
      byPublication.set(key, paper);
    }
    add(paper.counts, sending, today);
    const month = monthOf(sending.sentAt);
    let counts = byMonth.get(month);
    if (!counts) byMonth.set(month, (counts = emptyCounts()));
    add(counts, sending, today);
  }
  return {
    total,
    byPublication: [...byPublication.values()].sort(
      (a, b) => b.counts.sent - a.counts.sent || a.publication.localeCompare(b.publication),
    ),
    byMonth: [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, counts]) => ({ month, counts })),
  };
}
