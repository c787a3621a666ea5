/** What the main area shows when no letter is open. */
import type { TemplateSummary } from '../../../core/template';
import { DocumentIcon, PlusIcon } from '../ui/icons';
import { FormattedMessage } from 'react-intl';

export function EmptyState({
  templates,
  onCreate,
}: {
  templates: TemplateSummary[];
  onCreate: (id: string | null) => void;
}) {
  return (
    <main className="empty-state" data-testid="empty-state">
      <div className="empty-state__card">
        <DocumentIcon />
        <h1 className="empty-state__title">
          <FormattedMessage id="app.empty.title" defaultMessage="No letter open" />
        </h1>
        <p className="empty-state__text">
          <FormattedMessage
            id="app.empty.text"
            defaultMessage="Open a letter from the library, or start a new one: a Chinese preface and the English letter, side by side."
          />
        </p>
        <div className="empty-state__actions">
          {templates.map((template) => (
            <button
              key={template.id}
              type="button"
              className="btn btn--primary"
              onClick={() => onCreate(template.id)}
            >
              <PlusIcon /> <span translate="no">{template.name}</span>
            </button>
          ))}
          <button type="button" className="btn" onClick={() => onCreate(null)}>
            <FormattedMessage id="app.empty.blank" defaultMessage="Blank letter" />
          </button>
        </div>
      </div>
    </main>
  );
}
