/**
 * The card a highlighted term shows: the entry's Chinese term, approved
 * English term, forbidden variants and note. Drawn over the page, below the
 * term (above it when the term is in the lower part of the window, so the
 * card is never cut off at the bottom), and never in the way of the mouse (pointer-events: none), so moving
 * along the text moves from term to term.
 */
import { createPortal } from 'react-dom';
import { FormattedMessage } from 'react-intl';
import type { ShownTerm } from './TermHighlightPlugin';

/** Space kept between the term and the card, and from the window's edge (px). */
const GAP = 6;
const CARD_WIDTH = 320;

export function TermCard({ id, shown }: { id: string; shown: ShownTerm }) {
  const { entry, hit, rect } = shown;
  const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - CARD_WIDTH - GAP));
  const above = rect.bottom > window.innerHeight * 0.6;
  const place = above ? { bottom: window.innerHeight - rect.top + GAP } : { top: rect.bottom + GAP };
  return createPortal(
    <div
      id={id}
      role="tooltip"
      className={hit.kind === 'forbidden' ? 'term-card term-card--forbidden' : 'term-card'}
      style={{ ...place, left, maxWidth: CARD_WIDTH }}
      data-testid="term-card"
    >
      {hit.kind === 'forbidden' && (
        <p className="term-card__warning">
          <FormattedMessage
            id="editor.termCard.forbidden"
            defaultMessage="Forbidden variant: use “{term}”."
            values={{ term: <span translate="no">{entry.en[0]}</span> }}
          />
        </p>
      )}
      <dl className="term-card__facts">
        <dt>
          <FormattedMessage id="editor.termCard.zh" defaultMessage="Chinese term" />
        </dt>
        <dd lang="zh-CN" translate="no">
          {entry.zh.join(' / ')}
        </dd>
        <dt>
          <FormattedMessage id="editor.termCard.en" defaultMessage="Approved English term" />
        </dt>
        <dd lang="en" translate="no">
          {entry.en.join(' / ')}
        </dd>
        {entry.forbidden.length > 0 && (
          <>
            <dt>
              <FormattedMessage id="editor.termCard.forbiddenList" defaultMessage="Forbidden variants" />
            </dt>
            <dd lang="en" translate="no">
              {entry.forbidden.join(' / ')}
            </dd>
          </>
        )}
        {entry.note && (
          <>
            <dt>
              <FormattedMessage id="editor.termCard.note" defaultMessage="Note" />
            </dt>
            <dd translate="no">{entry.note}</dd>
          </>
        )}
      </dl>
    </div>,
    document.body,
  );
}
