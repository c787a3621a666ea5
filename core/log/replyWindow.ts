/**
 * The reply window: how long a paper usually takes to answer. A sending
 * awaiting an answer past `answerBy` is overdue — the paper's own rule is that
 * no call by then means the letter will not run — and no longer holds the
 * letter exclusively.
 *
 * Days are the office's calendar days (the machine's time zone), so a letter
 * sent at 23:30 counts from that day, as the officer would count.
 */
import type { Sending } from './sending';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The office's calendar day of an instant, YYYY-MM-DD. */
export function dayOf(at: string | Date): string {
  const time = typeof at === 'string' ? new Date(at) : at;
  return `${pad(time.getFullYear(), 4)}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The month of a day or instant, YYYY-MM (the summary's and the chart's unit). */
export function monthOf(at: string | Date): string {
  return dayOf(at).slice(0, 7);
}

/** `day` plus `days` calendar days (UTC arithmetic on the date alone: no daylight-saving surprises). */
export function addDays(day: string, days: number): string {
  const time = new Date(`${day}T00:00:00Z`);
  time.setUTCDate(time.getUTCDate() + days);
  return time.toISOString().slice(0, 10);
}

/** The last day an answer is expected for a letter sent at `sentAt`; null when the paper names no window. */
export function answerBy(sentAt: string, replyWindowDays: number | null): string | null {
  return replyWindowDays === null ? null : addDays(dayOf(sentAt), replyWindowDays);
}

/** Still awaiting an answer after the day one was expected by. */
export function isOverdue(sending: Pick<Sending, 'outcome' | 'answerBy'>, today: string): boolean {
  return sending.outcome.kind === 'awaiting' && sending.answerBy !== null && today > sending.answerBy;
}

/** Awaiting, and within its window (or with none): the paper may still take it. */
export function isOpen(sending: Pick<Sending, 'outcome' | 'answerBy'>, today: string): boolean {
  return sending.outcome.kind === 'awaiting' && !isOverdue(sending, today);
}
