/**
 * When a letter was last changed (or moved to the trash), as the library
 * shows it: ui/formatWhen.ts in the interface language, re-rendered when the
 * language changes (react-intl gives a new `intl` then).
 */
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatFullDate, formatWhen } from '../ui/formatWhen';

export interface WhenFormat {
  /** Short and relative to `now`. */
  when(iso: string, now?: Date): string;
  /** The full local date and time. */
  full(iso: string): string;
}

export function useWhen(): WhenFormat {
  const intl = useIntl();
  return useMemo(
    () => ({ when: (iso, now) => formatWhen(iso, now, intl), full: (iso) => formatFullDate(iso, intl) }),
    [intl],
  );
}
