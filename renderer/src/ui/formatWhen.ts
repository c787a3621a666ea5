/** "Just now", "12 min ago", "Today, 14:05", "Yesterday, 09:30", "3 May", "3 May 2024". */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

export function formatWhen(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'Just now';
  if (minutes < 60) return `${minutes} min ago`;
  const time = `${pad(then.getHours())}:${pad(then.getMinutes())}`;
  const days = Math.round((dayStart(now) - dayStart(then)) / 86_400_000);
  if (days === 0) return `Today, ${time}`;
  if (days === 1) return `Yesterday, ${time}`;
  const date = `${then.getDate()} ${MONTHS[then.getMonth()]}`;
  return then.getFullYear() === now.getFullYear() ? date : `${date} ${then.getFullYear()}`;
}

/** Built once: the first `toLocaleString()` builds a formatter, ~15 ms, and the library showed one per letter. */
const FULL = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The full local date and time, for a tooltip. */
export function formatFullDate(iso: string): string {
  const then = new Date(iso);
  return Number.isNaN(then.getTime()) ? '' : FULL.format(then);
}
