/** What the main area shows when no letter is open. */
import type { TemplateSummary } from '../../../core/template';
import { DocumentIcon, PlusIcon } from '../ui/icons';

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
        <h1 className="empty-state__title">No letter open</h1>
        <p className="empty-state__text">
          Open a letter from the library, or start a new one: a Chinese preface and the English letter, side
          by side.
        </p>
        <div className="empty-state__actions">
          {templates.map((template) => (
            <button
              key={template.id}
              type="button"
              className="btn btn--primary"
              onClick={() => onCreate(template.id)}
            >
              <PlusIcon /> {template.name}
            </button>
          ))}
          <button type="button" className="btn" onClick={() => onCreate(null)}>
            Blank letter
          </button>
        </div>
      </div>
    </main>
  );
}
