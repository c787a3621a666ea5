/**
 * The card a highlighted term shows: the entry's Chinese term, approved
 * English term, forbidden variants, note and domain. Drawn over the page,
 * below the term (above it when the term is in the lower part of the window,
 * so the card is never cut off at the bottom).
 *
 * WCAG 2.1 SC 1.4.13: the card can be hovered. Its box starts right at the
 * term's edge (the space between them is the card's own transparent padding),
 * so the mouse goes from the term straight onto the card without crossing
 * other text, and the plugin's grace delay covers a slanting move.
 */
import { useEffect, useReducer } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage } from 'react-intl';
import { DOMAIN_LABELS } from '../../../terms/termDomains';
import type { ShownTerm } from './TermHighlightPlugin';

/** Space kept between the term and the card's border, and from the window's edge (px). */
const GAP = 6;
const CARD_WIDTH = 320;

export function TermCard({ shown, onHover }: { shown: ShownTerm; onHover: (over: boolean) => void }) {
  const { entry, hit } = shown;
  // Follows the term when the pane scrolls or the window is resized.
  const [, moved] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    window.addEventListener('scroll', moved, true);
    window.addEventListener('resize', moved);
    return () => {
      window.removeEventListener('scroll', moved, true);
      window.removeEventListener('resize', moved);
    };
  }, []);

  const rect = shown.anchor();
  const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - CARD_WIDTH - GAP));
  const above = rect.bottom > window.innerHeight * 0.6;
  const place = above
    ? { bottom: window.innerHeight - rect.top, paddingBottom: GAP }
    : { top: rect.bottom, paddingTop: GAP };
  return createPortal(
    <div
      className="term-card"
      style={{ ...place, left, maxWidth: CARD_WIDTH }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      data-testid="term-card"
    >
      <div
        role="tooltip"
        className={hit.kind === 'forbidden' ? 'term-card__box term-card__box--forbidden' : 'term-card__box'}
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
          <dt>
            <FormattedMessage id="editor.termCard.domain" defaultMessage="Domain" />
          </dt>
          <dd>
            <FormattedMessage {...DOMAIN_LABELS[entry.domain]} />
          </dd>
        </dl>
      </div>
    </div>,
    document.body,
  );
}

/**
 * What a screen reader says when the caret enters a term: the card's facts as sentences, in a polite
 * live region that is always on the page (a region added together with its text is not read).
 *
 * Why not the tooltip pattern (the editor's `aria-describedby` naming the card): a highlight is no
 * element, so only the whole editor could point at the card, and screen readers (NVDA, JAWS,
 * VoiceOver) read a description when the focus arrives, not when it changes while the focus stays,
 * as it does while the caret moves in the text. A polite live region is read whenever its text
 * changes, after what the arrow key made the reader say, without moving the focus. The mouse's card
 * is not spoken: it would talk over whatever the reader is saying each time the mouse crosses a term.
 */
export function TermCardSpoken({ shown }: { shown: ShownTerm | null }) {
  const entry = shown?.entry;
  const user = (text: string, lang: string) => (
    <span lang={lang} translate="no">
      {text}
    </span>
  );
  return (
    <div role="status" className="sr-only" data-testid="term-card-spoken">
      {entry && (
        <>
          {shown.hit.kind === 'forbidden' && (
            <p>
              <FormattedMessage
                id="editor.termCard.forbidden"
                defaultMessage="Forbidden variant: use “{term}”."
                values={{ term: user(entry.en[0] ?? '', 'en') }}
              />
            </p>
          )}
          <p>
            <FormattedMessage
              id="editor.termCard.spokenZh"
              defaultMessage="Chinese term: {term}."
              values={{ term: user(entry.zh.join(' / '), 'zh-CN') }}
            />
          </p>
          <p>
            <FormattedMessage
              id="editor.termCard.spokenEn"
              defaultMessage="Approved English term: {term}."
              values={{ term: user(entry.en.join(' / '), 'en') }}
            />
          </p>
          {entry.note && (
            <p>
              <FormattedMessage
                id="editor.termCard.spokenNote"
                defaultMessage="Note: {note}"
                values={{ note: <span translate="no">{entry.note}</span> }}
              />
            </p>
          )}
        </>
      )}
    </div>
  );
}
