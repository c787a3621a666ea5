/**
 * Settings ▸ Log: the template the Chinese note for headquarters and the home
 * website is drafted from when a letter is published (core/log/noteDraft.ts).
 * Saved as the other sections are, shortly after each change and on blur.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { DEFAULT_NOTE_TEMPLATE_ZH, NOTE_PLACEHOLDERS, NOTE_TEMPLATE_MAX } from '../../../core/log/noteDraft';
import type { LogSettings } from '../../../core/settings';
import { SectionSaveState } from '../settings/SectionSaveState';
import { useSettingsDraft } from '../settings/useSettingsDraft';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextAreaField } from '../ui/TextAreaField';

type LogValues = Omit<LogSettings, 'revision'>;

export function NoteTemplateSection() {
  const intl = useIntl();
  const draft = useSettingsDraft({
    section: 'log',
    fromStored: ({ revision: _revision, ...log }: LogSettings): LogValues => log,
    // An emptied template means the default one.
    toSend: (log: LogValues) => ({ noteTemplateZh: log.noteTemplateZh.trim() || DEFAULT_NOTE_TEMPLATE_ZH }),
  });
  return (
    <section className="settings-section" aria-labelledby="log-settings-title">
      <div className="settings-section__header">
        <h2 id="log-settings-title" className="settings-section__title">
          <FormattedMessage id="log.settings.title" defaultMessage="Log" />
        </h2>
        <SectionSaveState status={draft.status} conflict={draft.conflict} testId="log-settings-status" />
      </div>
      <p className="settings-section__lead">
        <FormattedMessage
          id="log.settings.lead"
          defaultMessage="The Chinese note drafted when a letter is published. In braces, what is filled in: {placeholders}."
          values={{
            // The placeholders' names are what the template is written with, the same in either language.
            placeholders: (
              <code translate="no">{NOTE_PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}</code>
            ),
          }}
        />
      </p>
      <EditConflictNotice conflict={draft.conflict} />
      <div className="settings-card">
        <TextAreaField
          label={intl.formatMessage({
            id: 'log.settings.template',
            defaultMessage: 'Note template (Chinese)',
          })}
          value={draft.value.noteTemplateZh}
          onChange={(noteTemplateZh) => draft.set({ noteTemplateZh })}
          onBlur={draft.saveNow}
          rows={3}
          maxLength={NOTE_TEMPLATE_MAX}
          lang="zh-CN"
          translate="no"
          testId="log-note-template"
        />
      </div>
    </section>
  );
}
