/**
 * The letterhead printed at the top of every export: the organisation's
 * names, address and contacts, and its logo. Text is saved as it is typed;
 * the logo is saved as soon as it is chosen.
 */
import type { Letterhead } from '../../../core/settings';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { LogoPicker } from './LogoPicker';
import { SectionSaveState } from './SectionSaveState';
import { useSettingsDraft } from './useSettingsDraft';

type LetterheadText = Omit<Letterhead, 'logo' | 'revision'>;

const textOf = ({ logo: _logo, revision: _revision, ...text }: Letterhead): LetterheadText => text;

export function LetterheadSection() {
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
          Letterhead
        </h2>
        <SectionSaveState status={draft.status} conflict={draft.conflict} testId="letterhead-status" />
      </div>
      <p className="settings-section__lead">Printed at the top of every exported letter.</p>
      <EditConflictNotice conflict={draft.conflict} />
      <div className="settings-card letterhead">
        <TextField
          className="letterhead__org-en"
          label="Organisation (English)"
          placeholder="e.g. Embassy of China in Belgium"
          testId="letterhead-org-en"
          {...field('organisationEn', 300)}
        />
        <TextField
          className="letterhead__org-zh"
          label="Organisation (Chinese)"
          lang="zh-CN"
          placeholder="例如：中国驻比利时使馆"
          testId="letterhead-org-zh"
          {...field('organisationZh', 150)}
        />
        <TextAreaField
          className="letterhead__address"
          label="Address"
          rows={4}
          placeholder={'Street and number\nPostcode and city\nCountry'}
          testId="letterhead-address"
          {...field('address', 1000)}
        />
        <div className="letterhead__contacts">
          <TextField label="Phone" type="tel" testId="letterhead-phone" {...field('phone', 100)} />
          <TextField label="Email" type="email" testId="letterhead-email" {...field('email', 200)} />
          <TextField
            label="Website"
            type="url"
            placeholder="https://"
            testId="letterhead-website"
            {...field('website', 300)}
          />
        </div>
        <LogoPicker guard={draft.guard} />
      </div>
    </section>
  );
}
