/** The "Highlight terms" toggle in each pane's toolbar: one setting for both panes (terms/termbaseStore.ts). */
import { FormattedMessage, useIntl } from 'react-intl';
import { useCommand } from '../../../commands/useCommand';
import { setHighlightTerms, useHighlightTerms } from '../../../terms/termbaseStore';

export function HighlightTermsButton() {
  const intl = useIntl();
  const on = useHighlightTerms();
  // View ▸ Highlight Terms: the buttons of both panes register it; the last one runs it, once.
  useCommand('view.highlightTerms', () => setHighlightTerms(!on));
  return (
    <button
      type="button"
      className="tool tool--text"
      aria-pressed={on}
      title={intl.formatMessage({
        id: 'editor.terms.highlightHint',
        defaultMessage: 'Highlight the termbase’s terms in both panes; forbidden variants show in orange',
      })}
      // Keeps the editor's selection (and the caret card) where it is.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => setHighlightTerms(!on)}
      data-testid="terms-highlight"
    >
      <FormattedMessage id="editor.terms.highlight" defaultMessage="Highlight terms" />
    </button>
  );
}
