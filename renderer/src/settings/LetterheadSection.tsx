/**
 * The letterhead printed at the top of every export: the organisation's
 * names, address and contacts, and its logo. Text is saved as it is typed;
 * the logo is saved as soon as it is chosen.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import type { Letterhead } from '../../../core/settings';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { LogoPicker } from './LogoPicker';
import { SectionSaveState } from './SectionSaveState';
import { useSettingsDraft } from './useSettingsDraft';

/** Not words: examples of what the fields take, the same in any interface language. */
const CHINESE_NAME_EXAMPLE = '例如：中国驻比利时使馆';
const WEB_ADDRESS_START = 'https://';

type LetterheadText = Omit<Letterhead, 'logo' | 'revision'>;

const textOf = ({ logo: _logo, revision: _revision, ...text }: Letterhead): LetterheadText => text;

export function LetterheadSection() {
  const intl = useIntl();
  const draft = useSettingsDraft({ section: 'letterhead', fromStored: textOf, toSend: (text) => text });
  const field = (key: keyof LetterheadText, maxLength: number) => ({
    value: draft.value[key],
    onChange: (value: string) => draft.set({ [key]: value }),
    onBlur: draft.saveNow,
    // The service drops an over-long line, so the field never lets one through.
    maxLength,
  });

  return (
    <section className="settings-section" aria-labelledby="letterhead-title">
      <div className="settings-section__header">
        <h2 id="letterhead-title" className="settings-section__title">
          <FormattedMessage id="settings.letterhead.title" defaultMessage="Letterhead" />
        </h2>
        <SectionSaveState status={draft.status} conflict={draft.conflict} testId="letterhead-status" />
      </div>
      <p className="settings-section__lead">
        <FormattedMessage
          id="settings.letterhead.lead"
          defaultMessage="Printed at the top of every exported letter."
        />
      </p>
      <EditConflictNotice conflict={draft.conflict} />
      <div className="settings-card letterhead">
        <TextField
          className="letterhead__org-en"
          label={intl.formatMessage({
            id: 'settings.letterhead.organisationEn',
            defaultMessage: 'Organisation (English)',
          })}
          placeholder={intl.formatMessage({
            id: 'settings.letterhead.organisationEnExample',
            defaultMessage: 'e.g. Embassy of China in Belgium',
          })}
          testId="letterhead-org-en"
          {...field('organisationEn', 300)}
        />
        <TextField
          className="letterhead__org-zh"
          label={intl.formatMessage({
            id: 'settings.letterhead.organisationZh',
            defaultMessage: 'Organisation (Chinese)',
          })}
          lang="zh-CN"
          placeholder={CHINESE_NAME_EXAMPLE}
          testId="letterhead-org-zh"
          {...field('organisationZh', 150)}
        />
        <TextAreaField
          className="letterhead__address"
          label={intl.formatMessage({ id: 'settings.letterhead.address', defaultMessage: 'Address' })}
          rows={4}
          // One message a line: the extractor folds line breaks inside a message into spaces.
          placeholder={[
            intl.formatMessage({
              id: 'settings.letterhead.addressStreet',
              defaultMessage: 'Street and number',
            }),
            intl.formatMessage({
              id: 'settings.letterhead.addressCity',
              defaultMessage: 'Postcode and city',
            }),
            intl.formatMessage({ id: 'settings.letterhead.addressCountry', defaultMessage: 'Country' }),
          ].join('\n')}
          testId="letterhead-address"
          {...field('address', 1000)}
        />
        <div className="letterhead__contacts">
          <TextField
            label={intl.formatMessage({ id: 'settings.letterhead.phone', defaultMessage: 'Phone' })}
            type="tel"
            testId="letterhead-phone"
            {...field('phone', 100)}
          />
          <TextField
            label={intl.formatMessage({ id: 'settings.letterhead.email', defaultMessage: 'Email' })}
            type="email"
            testId="letterhead-email"
            {...field('email', 200)}
          />
          <TextField
            label={intl.formatMessage({ id: 'settings.letterhead.website', defaultMessage: 'Website' })}
            type="url"
            placeholder={WEB_ADDRESS_START}
            testId="letterhead-website"
            {...field('website', 300)}
          />
        </div>
        <LogoPicker guard={draft.guard} />
      </div>
    </section>
  );
}
