import type { ExportVariant } from './contract';
import type { Letter } from './letter';

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;

/**
 * "2020-05-08 EUobserver letter.docx" (sorts by date in any folder); the
 * bilingual variant says so, so the two never overwrite each other.
 */
export function exportFileName(letter: Letter, variant: ExportVariant = 'editor'): string {
  const publication = letter.fields.publication.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const stem = [letter.date, publication, variant === 'bilingual' ? 'letter (bilingual)' : 'letter']
    .filter(Boolean)
    .join(' ');
  return `${stem}.docx`;
}
