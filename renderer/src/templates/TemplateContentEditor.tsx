/**
 * "Edit content" for a user template: the same two-pane editor as a letter,
 * with every field shown as its "[label]" (a template has no facts of its
 * own). Saved explicitly through `templates.update`.
 */
import type { LexicalEditor } from 'lexical';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EditorDoc } from '../../../core/editorDoc';
import { resolvePlaceholder } from '../../../core/placeholders';
import { newBlankLetter } from '../../../core/letter';
import { SIDE_LANGUAGE } from '../../../core/sides';
import type { Template } from '../../../core/template';
import { useApi } from '../app/ApiContext';
import { useLeaveGuard } from '../app/LeaveGuard';
import { RichTextEditor } from '../editor/RichTextEditor';
import { LoadErrorNote } from '../letter/LoadErrorNote';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { TextField } from '../ui/TextField';
import { useEditConflict } from '../ui/useEditConflict';
import { useLatest } from '../ui/useLatest';

// A letter with no facts at all, so every field shows its label.
const EMPTY_LETTER = { ...newBlankLetter({ id: 'template', now: new Date(0) }), date: '' };
const resolve = (key: string) => resolvePlaceholder(key, EMPTY_LETTER);

/** What the empty Chinese side shows, in Chinese whatever the interface language, like the letter's own pane. */
const PREFACE_EMPTY_TEXT = '标题与导语';

interface TemplateContentEditorProps {
  template: Template;
  onDone: (saved: Template | null) => void;
}

export function TemplateContentEditor({ template: opened, onDone }: TemplateContentEditorProps) {
  const api = useApi();
  const intl = useIntl();
  // The version the edits are based on: the one opened, or theirs once the user takes it after a conflict.
  const [template, setTemplate] = useState(opened);
  const notify = useNotify();
  const preface = useRef<LexicalEditor | null>(null);
  const body = useRef<LexicalEditor | null>(null);
  const [salutation, setSalutation] = useState(template.salutation);
  const [closing, setClosing] = useState(template.closing);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const markDirty = () => setDirty(true);
  const discardMessage = intl.formatMessage(
    {
      id: 'templates.editor.discardMessage',
      defaultMessage: 'Discard your changes to the template “{name}”?',
    },
    { name: template.name },
  );
  const sideNames = {
    preface: intl.formatMessage({ id: 'templates.editor.preface', defaultMessage: 'Chinese preface' }),
    body: intl.formatMessage({ id: 'templates.editor.body', defaultMessage: 'English letter' }),
  };
  useLeaveGuard(dirty && !busy ? discardMessage : null);
  const read = (editor: LexicalEditor | null) =>
    editor ? (editor.getEditorState().toJSON() as unknown as EditorDoc) : undefined;
  const latest = useLatest({ salutation, closing });
  const { guard, conflict } = useEditConflict({
    loadTheirs: () => api.call('templates.get', { id: template.id }),
    takeTheirs: (theirs) => {
      // The editors load their document once: a new key shows theirs.
      setTemplate(theirs);
      setSalutation(theirs.salutation);
      setClosing(theirs.closing);
      setDirty(false);
    },
  });

  const save = async () => {
    setBusy(true);
    try {
      await guard(async (revision = template.revision) => {
        const saved = await api.call('templates.update', {
          id: template.id,
          revision,
          name: template.name,
          description: template.description,
          preface: read(preface.current),
          body: read(body.current),
          ...latest.current,
        });
        notify.info(
          intl.formatMessage(
            { id: 'templates.editor.saved', defaultMessage: 'Saved the template “{name}”.' },
            { name: saved.name },
          ),
        );
        onDone(saved);
      });
    } catch (error) {
      notify.error(errorMessage(error));
    }
    setBusy(false);
  };

  const common = { resolve, resolveSignature: '', onChange: markDirty, onLoadError: setLoadError };
  return (
    <main
      className="letter template-editor"
      aria-label={intl.formatMessage(
        { id: 'templates.editor.label', defaultMessage: 'Template {name}' },
        { name: template.name },
      )}
      data-testid="template-editor"
    >
      <header className="topbar">
        <h1 className="topbar__title template-editor__title" translate="no">
          {template.name}
        </h1>
        <button
          type="button"
          className="btn"
          onClick={() => (dirty ? setConfirmingCancel(true) : onDone(null))}
          data-testid="template-editor-cancel"
        >
          <FormattedMessage id="templates.editor.cancel" defaultMessage="Cancel" />
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || !!loadError}
          onClick={() => void save()}
          data-testid="template-editor-save"
        >
          <FormattedMessage id="templates.editor.save" defaultMessage="Save template" />
        </button>
      </header>
      {loadError && <LoadErrorNote what="template" message={loadError} />}
      <EditConflictNotice conflict={conflict} />
      <div className="details__grid template-editor__fields">
        <TextField
          label={intl.formatMessage({ id: 'templates.editor.salutation', defaultMessage: 'Salutation' })}
          value={salutation}
          onChange={(value) => {
            setSalutation(value);
            markDirty();
          }}
          maxLength={200}
          testId="template-salutation"
        />
        <TextField
          label={intl.formatMessage({ id: 'templates.editor.closing', defaultMessage: 'Closing' })}
          value={closing}
          onChange={(value) => {
            setClosing(value);
            markDirty();
          }}
          maxLength={200}
          testId="template-closing"
        />
      </div>
      <div className="panes" key={`${template.id}@${template.revision}`}>
        <section className="pane pane--preface" lang={SIDE_LANGUAGE.preface} aria-label={sideNames.preface}>
          <RichTextEditor
            {...common}
            side="preface"
            heading={<span lang={intl.locale}>{sideNames.preface}</span>}
            testId="template-editor-preface"
            doc={template.preface}
            emptyText={PREFACE_EMPTY_TEXT}
            editorRef={preface}
          />
        </section>
        <section className="pane pane--body" lang={SIDE_LANGUAGE.body} aria-label={sideNames.body}>
          <RichTextEditor
            {...common}
            side="body"
            heading={<span lang={intl.locale}>{sideNames.body}</span>}
            testId="template-editor-body"
            doc={template.body}
            emptyText={intl.formatMessage({
              id: 'templates.editor.bodyEmpty',
              defaultMessage: "The letter's body",
            })}
            editorRef={body}
          />
        </section>
      </div>
      {confirmingCancel && (
        <ConfirmDialog
          title={intl.formatMessage({
            id: 'templates.editor.discardTitle',
            defaultMessage: 'Discard changes',
          })}
          message={discardMessage}
          confirmLabel={intl.formatMessage({
            id: 'templates.editor.discardTitle',
            defaultMessage: 'Discard changes',
          })}
          danger
          onCancel={() => setConfirmingCancel(false)}
          onConfirm={() => onDone(null)}
        />
      )}
    </main>
  );
}
