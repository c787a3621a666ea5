import { inEnglish, type Wording } from '../../core/i18n/wording';

/** Notices (and other wordings) as the English the tests read. */
export function english(wordings: Wording[]): string[] {
  return wordings.map((wording) => inEnglish(wording));
}
