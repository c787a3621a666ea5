/** FOUNDATION SKELETON (issue 12): replaced by the compare helper's implementation. */
import type { LetterContent } from '../history/version';
import type { LetterComparison } from './comparison';

/** What changed from `older` to `newer`: the fields listed, each side's words marked. */
export function compareLetters(
  _older: LetterContent,
  _newer: LetterContent,
): Pick<LetterComparison, 'fields' | 'sides'> {
  throw new Error('not yet');
}
