/**
 * The frame both panes share: the side's section with its language and name,
 * and the note shown when that side's stored document cannot be read (the
 * editor then stays read-only and `onUnreadable` keeps saves off that side).
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { SIDE_LANGUAGE, type Side } from '../../../core/sides';
import { LoadErrorNote } from './LoadErrorNote';
import { SIDE_MESSAGES } from './sideMessages';

interface SidePaneProps {
  side: Side;
  onUnreadable: () => void;
  /** The pane's content, given the handler its editor calls when the document cannot be loaded. */
  children: (onLoadError: (message: string) => void) => ReactNode;
}

export function SidePane({ side, onUnreadable, children }: SidePaneProps) {
  const intl = useIntl();
  const [loadError, setLoadError] = useState<string | null>(null);
  const onLoadError = useCallback(
    (message: string) => {
      setLoadError(message);
      onUnreadable();
    },
    [onUnreadable],
  );
  return (
    <section
      className={`pane pane--${side}`}
      data-testid={`pane-${side}`}
      lang={SIDE_LANGUAGE[side]}
      aria-label={intl.formatMessage(SIDE_MESSAGES[side])}
    >
      {loadError && <LoadErrorNote what={side} message={loadError} />}
      {children(onLoadError)}
    </section>
  );
}
