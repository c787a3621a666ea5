/**
 * The time of a sending as a `datetime-local` input holds it (local time,
 * to the minute) and back as the ISO time stored.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function localInputTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** null when the input holds no valid time. */
export function isoFromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today as YYYY-MM-DD, in local time (a `date` input's value). */
export const localDay = (date: Date = new Date()): string => localInputTime(date).slice(0, 10);
