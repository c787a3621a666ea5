/**
 * The interface language: follow the system, or always English or Chinese.
 * Saved at once as the `ui` settings section; FollowLanguageSetting then
 * switches the interface in place, so nothing open (the letter being written)
 * is lost. Each language is named in itself, so a user who cannot read the
 * current interface still finds theirs.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import {
  LANGUAGE_AUTONYMS,
  resolveLanguage,
  UI_LANGUAGES,
  type LanguageChoice,
  type UiLanguage,
} from '../../../core/i18n/languages';
import type { UiSettings } from '../../../core/settings';
import { useLanguage } from '../i18n/LanguageProvider';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { SectionSaveState } from './SectionSaveState';
import { useSettingsDraft } from './useSettingsDraft';
import { YourNameField } from './YourNameField';

type LanguageValues = Omit<UiSettings, 'revision'>;

/** The word "Language" in the other interface language, beside the heading: found by whoever reads that one. */
const OTHER_LANGUAGE_WORD: Record<UiLanguage, { lang: UiLanguage; word: string }> = {
  en: { lang: 'zh-CN', word: '语言' },
  'zh-CN': { lang: 'en', word: 'Language' },
};

function Autonym({ language }: { language: UiLanguage }) {
  return (
    <span lang={language} translate="no">
      {LANGUAGE_AUTONYMS[language]}
    </span>
  );
}

/** The interface settings (`ui`): the language, and "Your name" below it. */
export function LanguageSection({ defaultSignatoryName = '' }: { defaultSignatoryName?: string }) {
  const intl = useIntl();
  const { language } = useLanguage();
  const draft = useSettingsDraft({
    section: 'ui',
    fromStored: ({ revision: _revision, ...ui }: UiSettings): LanguageValues => ui,
    toSend: (ui) => ui,
  });
  const choose = (choice: LanguageChoice) => {
    draft.set({ language: choice });
    draft.saveNow();
  };
  const other = OTHER_LANGUAGE_WORD[language];
  const systemLanguage = resolveLanguage('system', navigator.languages);

  return (
    <section className="settings-section" aria-labelledby="language-title">
      <div className="settings-section__header">
        <h2 id="language-title" className="settings-section__title">
          <FormattedMessage id="settings.language.title" defaultMessage="Language" />
          <span className="settings-section__other-language" lang={other.lang} translate="no">
            {other.word}
          </span>
        </h2>
        <SectionSaveState status={draft.status} conflict={draft.conflict} testId="language-status" />
      </div>
      <EditConflictNotice conflict={draft.conflict} />
      <fieldset className="settings-card language-choice" data-testid="language-choice">
        <legend className="sr-only">
          {intl.formatMessage({ id: 'settings.language.legend', defaultMessage: 'Interface language' })}
        </legend>
        <label className="checkbox">
          <input
            type="radio"
            name="ui-language"
            value="system"
            checked={draft.value.language === 'system'}
            onChange={() => choose('system')}
            data-testid="language-system"
          />
          <span>
            <FormattedMessage
              id="settings.language.system"
              defaultMessage="Follow the system (currently: {language})"
              values={{ language: <Autonym language={systemLanguage} /> }}
            />
          </span>
        </label>
        {UI_LANGUAGES.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name="ui-language"
              value={option}
              checked={draft.value.language === option}
              onChange={() => choose(option)}
              data-testid={`language-${option}`}
            />
            <Autonym language={option} />
          </label>
        ))}
        <p className="field__hint">
          <FormattedMessage
            id="settings.language.hint"
            defaultMessage="The language of menus, buttons and messages. Letters keep their own languages."
          />
        </p>
      </fieldset>
      <YourNameField
        value={draft.value.yourName}
        onChange={(yourName) => draft.set({ yourName })}
        onBlur={draft.saveNow}
        defaultName={defaultSignatoryName}
      />
    </section>
  );
}
