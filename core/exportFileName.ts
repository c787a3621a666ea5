import type { Letter } from './letter';

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;

/** "2026-05-08 EUobserver letter.docx": sorts by date in any folder. */
export function exportFileName(letter: Letter, extension = 'docx'): string {
  const publication = letter.fields.publication.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const stem = [letter.date, publication, 'letter'].filter(Boolean).join(' ');
  return `${stem}.${extension}`;
}
