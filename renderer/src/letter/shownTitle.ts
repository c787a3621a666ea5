/**
 * A letter's title as the page shows it: core's displayTitle (the title, or
 * what the letter answers), with the interface's own words for a letter that
 * has neither.
 */
import type { IntlShape } from 'react-intl';
import { displayTitle, type Letter } from '../../../core/letter';

export function shownTitle(letter: Pick<Letter, 'title' | 'fields'>, intl: IntlShape): string {
  const { title, fields } = letter;
  if (title.trim() || fields.publication || fields.articleTitle) return displayTitle(letter);
  return intl.formatMessage({ id: 'letter.untitled', defaultMessage: 'Untitled letter' });
}
