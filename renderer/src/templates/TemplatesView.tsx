/**
 * The Templates page: the built-in templates (read-only, marked) and the
 * user's own, which can be renamed, edited, duplicated, deleted and shared as
 * a library file.
 */
import { useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Template, TemplateSummary } from '../../../core/template';
import { useApi } from '../app/ApiContext';
import { showExportResult } from '../export/showExportResult';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict } from '../ui/isConflict';
import { CopyIcon, PencilIcon, TrashIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { ImportLibraryButton } from './ImportLibraryButton';
import { TemplateContentEditor } from './TemplateContentEditor';
import { TemplateDetailsDialog } from './TemplateDetailsDialog';

/** `onChanged` lets the app refresh the New letter list. */
export function TemplatesView({ onChanged }: { onChanged: () => void }) {
  const api = useApi();
  const intl = useIntl();
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
            <FormattedMessage id="templates.view.title" defaultMessage="Templates" />
          </h1>
          <p className="page__lead">
            <FormattedMessage
              id="templates.view.lead"
              defaultMessage="New letters start from these. Save a letter as a template from its top bar; share templates, signatories and publications with colleagues as one file."
            />
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
            <FormattedMessage id="templates.view.exportAll" defaultMessage="Export all…" />
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
                <span translate="no">{template.name}</span>
                {template.nameZh && (
                  <span className="card-row__zh" lang="zh-CN" translate="no">
                    {template.nameZh}
                  </span>
                )}
                {template.builtIn && (
                  <span className="badge badge--default">
                    <FormattedMessage id="templates.view.builtIn" defaultMessage="Built-in" />
                  </span>
                )}
              </span>
              <span className="card-row__meta" translate="no">
                {template.description}
              </span>
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
                    <PencilIcon /> <FormattedMessage id="templates.view.rename" defaultMessage="Rename…" />
                  </button>
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={act(async () =>
                      setEditing(await api.call('templates.get', { id: template.id })),
                    )}
                    data-testid="template-edit"
                  >
                    <FormattedMessage id="templates.view.editContent" defaultMessage="Edit content" />
                  </button>
                </>
              )}
              <button
                type="button"
                className="btn btn--small"
                onClick={act(() => api.call('templates.duplicate', { id: template.id }))}
                data-testid="template-duplicate"
              >
                <CopyIcon /> <FormattedMessage id="templates.view.duplicate" defaultMessage="Duplicate" />
              </button>
              <button
                type="button"
                className="btn btn--small"
                onClick={exportTemplates([template.id])}
                data-testid="template-export"
              >
                <FormattedMessage id="templates.view.export" defaultMessage="Export…" />
              </button>
              {!template.builtIn && (
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  onClick={() => setDeleting(template)}
                  data-testid="template-delete"
                >
                  <TrashIcon /> <FormattedMessage id="templates.view.delete" defaultMessage="Delete" />
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
          title={intl.formatMessage({
            id: 'templates.view.deleteTemplate',
            defaultMessage: 'Delete template',
          })}
          message={intl.formatMessage(
            {
              id: 'templates.view.confirmDelete',
              defaultMessage: 'Delete the template “{name}”? Letters already made from it keep their text.',
            },
            { name: deleting.name },
          )}
          confirmLabel={intl.formatMessage({
            id: 'templates.view.deleteTemplate',
            defaultMessage: 'Delete template',
          })}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { id, revision, name } = deleting;
            setDeleting(null);
            void api
              .call('templates.remove', { id, revision })
              .catch((error: unknown) => {
                if (!isConflict(error)) throw error;
                notify.error(
                  intl.formatMessage(
                    {
                      id: 'templates.view.staleDelete',
                      defaultMessage:
                        'The template “{name}” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
                    },
                    { name },
                  ),
                );
              })
              .then(refresh)
              .catch((error: unknown) => notify.error(errorMessage(error)));
          }}
        />
      )}
    </main>
  );
}
