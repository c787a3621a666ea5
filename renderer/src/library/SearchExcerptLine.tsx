/** Why a letter matched: the words around the match, the match marked. */
import type { SearchExcerpt } from '../../../core/search/excerpt';
import { SIDE_LANGUAGE } from '../../../core/sides';

const PLACE_LABELS: Record<SearchExcerpt['where'], string> = {
  preface: '中文',
  body: '',
  details: 'Details',
  title: '',
};

export function SearchExcerptLine({ excerpt }: { excerpt: SearchExcerpt }) {
  const label = PLACE_LABELS[excerpt.where];
  return (
    <span className="library-item__excerpt" data-testid="search-excerpt">
      {label && <span className="library-item__excerpt-place">{label}</span>}
      <span lang={excerpt.where === 'preface' ? SIDE_LANGUAGE.preface : undefined}>
        {excerpt.before}
        <mark>{excerpt.match}</mark>
        {excerpt.after}
      </span>
    </span>
  );
}
