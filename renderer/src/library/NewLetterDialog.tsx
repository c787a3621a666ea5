/** Choose how a new letter starts: from a built-in or user template, or blank. */
import { FormattedMessage, useIntl } from 'react-intl';
import type { TemplateSummary } from '../../../core/template';
import { useLanguage } from '../i18n/LanguageProvider';
import { Dialog } from '../ui/Dialog';
import { DocumentIcon } from '../ui/icons';

interface NewLetterDialogProps {
  templates: TemplateSummary[];
  onChoose: (templateId: string | null) => void;
  onCancel: () => void;
  /** Set while the letter chosen is being made: every choice waits, the chosen one says so. */
  creating?: { templateId: string | null } | null;
}

const BLANK_LETTER_ZH = '空白信函';

export function NewLetterDialog({ templates, onChoose, onCancel, creating = null }: NewLetterDialogProps) {
  const intl = useIntl();
  const { language } = useLanguage();
  const options = [
    ...templates.map((t) => ({
      id: t.id,
      name: t.name,
      nameZh: t.nameZh,
      description: t.description,
      mine: !t.builtIn,
      // A template's names and description are content, as its author wrote them.
      content: true,
    })),
    {
      id: null,
      name: intl.formatMessage({ id: 'library.newLetter.blank', defaultMessage: 'Blank letter' }),
      // Beside the English name, like the templates' Chinese names; the Chinese interface has it already.
      nameZh: language === 'zh-CN' ? '' : BLANK_LETTER_ZH,
      description: intl.formatMessage({
        id: 'library.newLetter.blankDescription',
        defaultMessage: 'Start from an empty preface and letter.',
      }),
      mine: false,
      content: false,
    },
  ];
  return (
    <Dialog
      title={intl.formatMessage({ id: 'library.newLetter.title', defaultMessage: 'New letter' })}
      onClose={onCancel}
      testId="new-letter-dialog"
    >
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
                  <span translate={option.content ? 'no' : undefined}>{option.name}</span>
                  {option.nameZh && (
                    <span className="template-option__zh" lang="zh-CN" translate="no">
                      {option.nameZh}
                    </span>
                  )}
                  {option.mine && (
                    <span className="badge badge--default">
                      <FormattedMessage id="library.newLetter.yourTemplate" defaultMessage="Your template" />
                    </span>
                  )}
                </span>
                {creating?.templateId === option.id ? (
                  <span className="template-option__description">
                    <FormattedMessage id="library.newLetter.creating" defaultMessage="Creating the letter…" />
                  </span>
                ) : (
                  <span
                    className="template-option__description"
                    translate={option.content ? 'no' : undefined}
                  >
                    {option.description}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} disabled={creating !== null}>
          <FormattedMessage id="library.newLetter.cancel" defaultMessage="Cancel" />
        </button>
      </div>
    </Dialog>
  );
}
