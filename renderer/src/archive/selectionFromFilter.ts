/** The archive a Log filter suggests: its publication, and its year when its period lies in one. */
import type { ArchiveSelection } from '../../../core/archive/archive';
import type { SendingFilter } from '../../../core/log/logList';

export function selectionFromFilter(filter: SendingFilter): ArchiveSelection {
  // `from`/`to` are YYYY-MM-DD: a period given within one year (or from or until a day of it) names it.
  const years = new Set([filter.from, filter.to].filter(Boolean).map((day) => Number(day!.slice(0, 4))));
  const [year] = years;
  return {
    year: years.size === 1 && year !== undefined && Number.isInteger(year) ? year : null,
    publication: filter.publication || null,
  };
}
