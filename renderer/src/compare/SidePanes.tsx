/**
 * The two panes a compare and a read-only version show, laid out as the
 * letter screen lays out its editors: the Chinese preface on the left, the
 * English letter on the right, each on its sheet in its own language. Letter
 * text is the user's: the browser must not translate it.
 */
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SIDE_LANGUAGE, SIDES, type Side } from '../../../core/sides';
import { SIDE_MESSAGES } from '../letter/sideMessages';

interface SidePanesProps {
  /** What each pane's header says after the side's name (counts, status). */
  note?: (side: Side) => ReactNode;
  children: (side: Side) => ReactNode;
}

export function SidePanes({ note, children }: SidePanesProps) {
  const intl = useIntl();
  return (
    <div className="panes compare-panes">
      {SIDES.map((side) => (
        <section key={side} className={`pane pane--${side}`} data-testid={`compare-pane-${side}`}>
          <div className="pane__header">
            <h3 className="pane__heading">
              {side === 'preface' && (
                <span className="pane__badge">
                  <FormattedMessage id="letter.pane.prefaceBadge" defaultMessage="中文" />
                </span>
              )}
              <span>{intl.formatMessage(SIDE_MESSAGES[side])}</span>
            </h3>
            {note && <p className="compare-panes__note">{note(side)}</p>}
          </div>
          {/* Nothing inside is focusable, so the scrolling sheet itself takes the focus: keyboard
              users scroll it with the arrow keys (axe: scrollable-region-focusable). */}
          <div
            className="pane__scroll"
            role="region"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            aria-label={intl.formatMessage(SIDE_MESSAGES[side])}
          >
            <div className="sheet compare-sheet" lang={SIDE_LANGUAGE[side]} translate="no">
              {children(side)}
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
