/** Choose how a new letter starts: from a built-in or user template, or blank. */
import type { TemplateSummary } from '../../../core/template';
import { Dialog } from '../ui/Dialog';
import { DocumentIcon } from '../ui/icons';

interface NewLetterDialogProps {
  templates: TemplateSummary[];
  onChoose: (templateId: string | null) => void;
  onCancel: () => void;
  /** Set while the letter chosen is being made: every choice waits, the chosen one says so. */
  creating?: { templateId: string | null } | null;
}

export function NewLetterDialog({ templates, onChoose, onCancel, creating = null }: NewLetterDialogProps) {
  const options = [
    ...templates.map((t) => ({
      id: t.id,
      name: t.name,
      nameZh: t.nameZh,
      description: t.description,
      mine: !t.builtIn,
    })),
    {
      id: null,
      name: 'Blank letter',
      nameZh: '空白信函',
      description: 'Start from an empty preface and letter.',
      mine: false,
    },
  ];
  return (
    <Dialog title="New letter" onClose={onCancel} testId="new-letter-dialog">
      <ul className="template-list" aria-busy={creating !== null}>
        {options.map((option) => (
          <li key={option.id ?? 'blank'}>
            <button
              type="button"
              className="template-option"
              onClick={() => onChoose(option.id)}
              disabled={creating !== null}
              aria-busy={creating?.templateId === option.id}
              data-testid="template-option"
              data-template-id={option.id ?? ''}
            >
              <DocumentIcon />
              <span className="template-option__text">
                <span className="template-option__name">
                  {option.name}
                  {option.nameZh && (
                    <span className="template-option__zh" lang="zh-CN">
                      {option.nameZh}
                    </span>
                  )}
                  {option.mine && <span className="badge badge--default">Your template</span>}
                </span>
                <span className="template-option__description">
                  {creating?.templateId === option.id ? 'Creating the letter…' : option.description}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} disabled={creating !== null}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
