/**
 * The Templates page: the built-in templates (read-only, marked) and the
 * user's own, which can be renamed, edited, duplicated, deleted and shared as
 * a library file.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Template, TemplateSummary } from '../../../core/template';
import { useApi } from '../app/ApiContext';
import { showExportResult } from '../export/showExportResult';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict, staleListMessage } from '../ui/isConflict';
import { CopyIcon, PencilIcon, TrashIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { ImportLibraryButton } from './ImportLibraryButton';
import { TemplateContentEditor } from './TemplateContentEditor';
import { TemplateDetailsDialog } from './TemplateDetailsDialog';

/** `onChanged` lets the app refresh the New letter list. */
export function TemplatesView({ onChanged }: { onChanged: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [renaming, setRenaming] = useState<TemplateSummary | null>(null);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const [editing, setEditing] = useState<Template | null>(null);

  const refresh = useCallback(async () => {
    setTemplates(await api.call('templates.list', {}));
    onChanged();
  }, [api, onChanged]);

  useEffect(() => {
    api.call('templates.list', {}).then(setTemplates, (error: unknown) => notify.error(errorMessage(error)));
  }, [api, notify]);

  const act = (run: () => Promise<unknown>) => () =>
    void run()
      .then(refresh)
      .catch((error: unknown) => notify.error(errorMessage(error)));

  const exportTemplates = (templateIds?: string[]) =>
    act(async () => showExportResult(await api.call('library.export', { templateIds }), notify));

  if (editing) {
    return (
      <TemplateContentEditor
        template={editing}
        onDone={(saved) => {
          setEditing(null);
          if (saved) void refresh();
        }}
      />
    );
  }

  return (
    <main className="page" data-testid="templates-view" aria-labelledby="templates-title">
      <header className="page__header">
        <div>
          <h1 id="templates-title" className="page__title">
            Templates
          </h1>
          <p className="page__lead">
            New letters start from these. Save a letter as a template from its top bar; share templates,
            signatories and publications with colleagues as one file.
          </p>
        </div>
        <div className="page__actions">
          <ImportLibraryButton onImported={() => void refresh()} />
          <button
            type="button"
            className="btn"
            onClick={exportTemplates()}
            data-testid="templates-export-all"
          >
            Export all…
          </button>
        </div>
      </header>
      <ul className="card-list">
        {templates.map((template) => (
          <li
            key={template.id}
            className="card-row"
            data-testid="template-row"
            data-template-id={template.id}
          >
            <div className="card-row__text">
              <span className="card-row__title">
                {template.name}
                {template.nameZh && (
                  <span className="card-row__zh" lang="zh-CN">
                    {template.nameZh}
                  </span>
                )}
                {template.builtIn && <span className="badge badge--default">Built-in</span>}
              </span>
              <span className="card-row__meta">{template.description}</span>
            </div>
            <div className="card-row__actions">
              {!template.builtIn && (
                <>
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => setRenaming(template)}
                    data-testid="template-rename"
                  >
                    <PencilIcon /> Rename…
                  </button>
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={act(async () =>
                      setEditing(await api.call('templates.get', { id: template.id })),
                    )}
                    data-testid="template-edit"
                  >
                    Edit content
                  </button>
                </>
              )}
              <button
                type="button"
                className="btn btn--small"
                onClick={act(() => api.call('templates.duplicate', { id: template.id }))}
                data-testid="template-duplicate"
              >
                <CopyIcon /> Duplicate
              </button>
              <button
                type="button"
                className="btn btn--small"
                onClick={exportTemplates([template.id])}
                data-testid="template-export"
              >
                Export…
              </button>
              {!template.builtIn && (
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  onClick={() => setDeleting(template)}
                  data-testid="template-delete"
                >
                  <TrashIcon /> Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {renaming && (
        <TemplateDetailsDialog
          template={renaming}
          onCancel={() => setRenaming(null)}
          onSave={async (name, description, revision) => {
            await api.call('templates.update', { id: renaming.id, revision, name, description });
            setRenaming(null);
            await refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete template"
          message={`Delete the template “${deleting.name}”? Letters already made from it keep their text.`}
          confirmLabel="Delete template"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { id, revision, name } = deleting;
            setDeleting(null);
            void api
              .call('templates.remove', { id, revision })
              .catch((error: unknown) => {
                if (!isConflict(error)) throw error;
                notify.error(staleListMessage(`The template “${name}”`, 'deleted', 'Delete'));
              })
              .then(refresh)
              .catch((error: unknown) => notify.error(errorMessage(error)));
          }}
        />
      )}
    </main>
  );
}
