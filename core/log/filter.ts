/** The Log view's filter (core/schemas/sending.ts): outcome, overdue, publication, period, text. */
import type { SendingFilter } from './logList';
import { dayOf, isOverdue } from './replyWindow';
import type { Sending } from './sending';

/** Lower-cased, accents and width folded, so "Times" finds "times" and full-width letters match too. */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchable(sending: Sending): string {
  const headline = sending.outcome.kind === 'published' ? sending.outcome.headline : '';
  return searchKey([sending.title, sending.publication, sending.publicationZh, headline].join('\n'));
}

/** A test for one sending; `today` decides what is overdue. Every word of the text must be found. */
export function sendingMatcher(filter: SendingFilter, today: string): (sending: Sending) => boolean {
  const outcomes = filter.outcomes?.length ? new Set(filter.outcomes) : null;
  const words = filter.text ? searchKey(filter.text).split(/\s+/).filter(Boolean) : [];
  const publication = filter.publication?.trim().toLowerCase();
  return (sending) => {
    if (filter.letterId && sending.letterId !== filter.letterId) return false;
    if (outcomes && !outcomes.has(sending.outcome.kind)) return false;
    if (filter.overdue && !isOverdue(sending, today)) return false;
    if (publication && sending.publication.trim().toLowerCase() !== publication) return false;
    if (filter.from || filter.to) {
      const day = dayOf(sending.sentAt);
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
    }
    if (words.length) {
      const text = searchable(sending);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
}

/** Where a row stands in the log's order: its time and id (the next page's cursor). */
export type LogCursor = Pick<Sending, 'sentAt' | 'id'>;

/** Newest first; the ids sort by time, so ties in `sentAt` stay in recording order. */
export function newestFirst(a: LogCursor, b: LogCursor): number {
  if (a.sentAt !== b.sentAt) return a.sentAt < b.sentAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function filterSendings(sendings: Iterable<Sending>, filter: SendingFilter, today: string): Sending[] {
  const matches = sendingMatcher(filter, today);
  const found: Sending[] = [];
  for (const sending of sendings) if (matches(sending)) found.push(sending);
  return found.sort(newestFirst);
}
