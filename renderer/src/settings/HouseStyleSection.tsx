/**
 * The house style: how English dates are written (on screen and in every
 * export), the fonts the exported documents ask for, and what the checks
 * before export hold the letter to (spelling, preface length).
 */
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DATE_FORMATS, defaultSettings, type DateFormat, type HouseStyle } from '../../../core/settings';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextField } from '../ui/TextField';
import { SectionSaveState } from './SectionSaveState';
import { SpellingOptions } from './SpellingOptions';
import { useSettingsDraft, type SettingsDraft } from './useSettingsDraft';

const DEFAULTS = defaultSettings().houseStyle;
/** How a Chinese letter writes 8 May 2020: letter content, the same in any interface language. */
const CHINESE_DATE_EXAMPLE = '2020年5月8日';
type HouseStyleValues = Omit<HouseStyle, 'revision'>;
type FontKey = 'latinFont' | 'eastAsianFont';

/** Whether a font name cannot be used. Checked here because the service would quietly use the default. */
function fontProblem(name: string): boolean {
  return /[<>&"]/.test(name);
}

/** Only usable font names are sent; a blank or refused one keeps the saved font. */
function sendable(style: HouseStyleValues): Partial<HouseStyleValues> {
  const usable = (name: string) => name.trim() !== '' && !fontProblem(name);
  return {
    dateFormat: style.dateFormat,
    spelling: style.spelling,
    ...(Number.isInteger(style.prefaceCharLimit) &&
      style.prefaceCharLimit > 0 && { prefaceCharLimit: style.prefaceCharLimit }),
    ...(usable(style.latinFont) && { latinFont: style.latinFont }),
    ...(usable(style.eastAsianFont) && { eastAsianFont: style.eastAsianFont }),
  };
}

export function HouseStyleSection() {
  const id = useId();
  const intl = useIntl();
  const draft = useSettingsDraft({
    section: 'houseStyle',
    fromStored: ({ revision: _revision, ...style }: HouseStyle): HouseStyleValues => style,
    toSend: sendable,
  });

  return (
    <section className="settings-section" aria-labelledby="house-style-title">
      <div className="settings-section__header">
        <h2 id="house-style-title" className="settings-section__title">
          <FormattedMessage id="settings.houseStyle.title" defaultMessage="House style" />
        </h2>
        <SectionSaveState status={draft.status} conflict={draft.conflict} testId="house-style-status" />
      </div>
      <p className="settings-section__lead">
        <FormattedMessage
          id="settings.houseStyle.lead"
          defaultMessage="How dates are written and which fonts exported documents use."
        />
      </p>
      <EditConflictNotice conflict={draft.conflict} />
      <div className="settings-card house-style">
        <div className="field">
          <label htmlFor={`${id}-date`} className="field__label">
            <FormattedMessage id="settings.houseStyle.dateFormat" defaultMessage="English date format" />
          </label>
          <select
            id={`${id}-date`}
            className="input"
            value={draft.value.dateFormat}
            onChange={(event) => {
              draft.set({ dateFormat: event.target.value as DateFormat });
              draft.saveNow();
            }}
            data-testid="house-date-format"
          >
            {(Object.entries(DATE_FORMATS) as Array<[DateFormat, string]>).map(([format, example]) => (
              // The examples are English letter dates, shown as the letter will carry them.
              <option key={format} value={format} translate="no">
                {example}
              </option>
            ))}
          </select>
          <p className="field__hint">
            <FormattedMessage
              id="settings.houseStyle.chineseDates"
              defaultMessage="Chinese dates are always written {example}."
              values={{ example: <span className="nowrap">{CHINESE_DATE_EXAMPLE}</span> }}
            />
          </p>
        </div>
        <FontField
          draft={draft}
          fontKey="latinFont"
          label={intl.formatMessage({ id: 'settings.houseStyle.latinFont', defaultMessage: 'Latin font' })}
          testId="house-latin-font"
        />
        <FontField
          draft={draft}
          fontKey="eastAsianFont"
          label={intl.formatMessage({
            id: 'settings.houseStyle.eastAsianFont',
            defaultMessage: 'East Asian font',
          })}
          testId="house-east-asian-font"
        />
        <div className="field">
          <label htmlFor={`${id}-spelling`} className="field__label">
            <FormattedMessage id="settings.houseStyle.spelling" defaultMessage="Spelling" />
          </label>
          <select
            id={`${id}-spelling`}
            className="input"
            value={draft.value.spelling}
            onChange={(event) => {
              draft.set({ spelling: event.target.value as HouseStyleValues['spelling'] });
              draft.saveNow();
            }}
            data-testid="house-spelling"
          >
            <SpellingOptions />
          </select>
          <p className="field__hint">
            <FormattedMessage
              id="settings.houseStyle.spellingHint"
              defaultMessage="The checks before export use this dictionary for the English letter."
            />
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-preface-limit`} className="field__label">
            <FormattedMessage
              id="settings.houseStyle.prefaceLimit"
              defaultMessage="Chinese preface limit (characters)"
            />
          </label>
          <input
            id={`${id}-preface-limit`}
            className="input"
            type="number"
            min={1}
            max={10000}
            value={draft.value.prefaceCharLimit}
            onChange={(event) => draft.set({ prefaceCharLimit: event.target.valueAsNumber })}
            onBlur={() => draft.saveNow()}
            data-testid="house-preface-limit"
          />
          <p className="field__hint">
            <FormattedMessage
              id="settings.houseStyle.prefaceLimitHint"
              defaultMessage="The checks before export warn when the preface is longer."
            />
          </p>
        </div>
      </div>
    </section>
  );
}

interface FontFieldProps {
  draft: SettingsDraft<HouseStyleValues>;
  fontKey: FontKey;
  label: string;
  testId: string;
}

function FontField({ draft, fontKey, label, testId }: FontFieldProps) {
  const hintId = useId();
  const intl = useIntl();
  const value = draft.value[fontKey];
  const problem = fontProblem(value);
  return (
    <div className="house-style__font">
      <TextField
        label={label}
        value={value}
        onChange={(text) => draft.set({ [fontKey]: text })}
        onBlur={() => {
          // An emptied font name means "the default", shown as such.
          if (!value.trim()) draft.set({ [fontKey]: DEFAULTS[fontKey] });
          draft.saveNow();
        }}
        maxLength={100}
        aria-invalid={problem ? true : undefined}
        aria-describedby={hintId}
        testId={testId}
      />
      <p
        id={hintId}
        className={problem ? 'field__error' : 'field__hint'}
        role={problem ? 'alert' : undefined}
      >
        {problem
          ? intl.formatMessage({
              id: 'settings.houseStyle.fontProblem',
              defaultMessage:
                "A font name cannot contain '<' > & or \". Type the name as your word processor shows it.",
            })
          : intl.formatMessage(
              {
                id: 'settings.houseStyle.fontDefault',
                defaultMessage: 'Default: {font}. Readers need this font installed to see it.',
              },
              { font: DEFAULTS[fontKey] },
            )}
      </p>
    </div>
  );
}
