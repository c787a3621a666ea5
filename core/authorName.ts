/**
 * Who is at this desk, as versions and comments name them: the "Your name"
 * setting, else the default signatory's name (most officers sign their own
 * letters; English first, as the signatory block prints it), else nothing,
 * which the page shows as "You". One rule for the history service and the page.
 */
import type { Signatory } from './signatory';

export function authorName(
  yourName: string,
  defaultSignatory: Pick<Signatory, 'nameEn' | 'nameZh'> | null | undefined,
): string {
  return yourName.trim() || defaultSignatory?.nameEn.trim() || defaultSignatory?.nameZh.trim() || '';
}
