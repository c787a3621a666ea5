/** Why a letter matched: the words around the match, the match marked. */
import { useIntl } from 'react-intl';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';
import type { SearchExcerpt } from '../../../core/search/excerpt';
import { SIDE_LANGUAGE } from '../../../core/sides';

const places = defineMessages({
  preface: { id: 'library.excerpt.preface', defaultMessage: '中文' },
  details: { id: 'library.excerpt.details', defaultMessage: 'Details' },
});

/** Where the match is, when it is not the English letter or the title (which need no saying). */
const PLACE_LABELS: Record<SearchExcerpt['where'], MessageDescriptor | null> = {
  preface: places.preface,
  body: null,
  details: places.details,
  title: null,
};

export function SearchExcerptLine({ excerpt }: { excerpt: SearchExcerpt }) {
  const intl = useIntl();
  const label = PLACE_LABELS[excerpt.where];
  return (
    <span className="library-item__excerpt" data-testid="search-excerpt">
      {label && <span className="library-item__excerpt-place">{intl.formatMessage(label)}</span>}
      <span lang={excerpt.where === 'preface' ? SIDE_LANGUAGE.preface : undefined} translate="no">
        {excerpt.before}
        <mark>{excerpt.match}</mark>
        {excerpt.after}
      </span>
    </span>
  );
}
