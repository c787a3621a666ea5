/**
 * The facts of the letter: what it answers, when and where it is written, and
 * who signs it. Every change updates the placeholders in both panes at once.
 */
import { memo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SignatoryList } from '../../../core/contract';
import { formatDateEnglish, type EnglishDateStyle } from '../../../core/dates';
import type { Letter, LetterFields } from '../../../core/letter';
import { useSettings } from '../settings/SettingsContext';
import { ChevronIcon } from '../ui/icons';
import { CheckboxField } from '../ui/CheckboxField';
import { TextField } from '../ui/TextField';
import { PublicationSelect } from './PublicationSelect';
import { withoutTitleMarks } from '../../../core/publication';
import { SignatorySelect } from './SignatorySelect';
import type { LetterPatch } from './useLetterDraft';

interface LetterFieldsFormProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  profiles: SignatoryList;
  onOpenSettings: () => void;
}

/** Examples in the language of the field they stand in (the letter's), whatever the interface's. */
const PUBLICATION_ZH_EXAMPLE = '例如：金融时报';
const URL_EXAMPLE = 'https://';
const EMAIL_EXAMPLE = 'letters@…';

/** What the closed details hold, as the letter states it (its content, not interface text); '' when nothing. */
function summary(letter: Letter, dateStyle: EnglishDateStyle): string {
  const { publication, articleTitle, articleDate } = letter.fields;
  const parts = [
    publication,
    articleTitle && `“${articleTitle}”`,
    articleDate && formatDateEnglish(articleDate, dateStyle),
  ];
  return parts.filter(Boolean).join(' · ');
}

export const LetterFieldsForm = memo(function LetterFieldsForm({
  letter,
  patch,
  profiles,
  onOpenSettings,
}: LetterFieldsFormProps) {
  const [open, setOpen] = useState(true);
  const intl = useIntl();
  const { dateFormat } = useSettings().settings.houseStyle;
  const closedSummary = summary(letter, dateFormat);
  const setField = (key: keyof LetterFields) => (value: string) =>
    patch({ fields: { ...letter.fields, [key]: value } });

  return (
    <section
      className={`details ${open ? 'details--open' : ''}`}
      aria-label={intl.formatMessage({ id: 'letter.details.title', defaultMessage: 'Letter details' })}
    >
      <button
        type="button"
        className="details__toggle"
        aria-expanded={open}
        aria-controls="letter-details"
        onClick={() => setOpen(!open)}
        data-testid="fields-toggle"
      >
        <ChevronIcon open={open} />
        <span className="details__title">
          <FormattedMessage id="letter.details.title" defaultMessage="Letter details" />
        </span>
        {!open &&
          (closedSummary ? (
            <span className="details__summary" translate="no">
              {closedSummary}
            </span>
          ) : (
            <span className="details__summary">
              <FormattedMessage id="letter.details.noSummary" defaultMessage="No article details yet" />
            </span>
          ))}
      </button>
      {open && (
        <div id="letter-details" className="details__grid">
          <PublicationSelect letter={letter} patch={patch} />
          <TextField
            className="field--publication"
            label={intl.formatMessage({ id: 'letter.details.publication', defaultMessage: 'Publication' })}
            value={letter.fields.publication}
            onChange={setField('publication')}
            placeholder={intl.formatMessage({
              id: 'letter.details.publicationExample',
              defaultMessage: 'e.g. Financial Times',
            })}
            testId="field-publication"
          />
          <TextField
            className="field--publication-zh"
            label={intl.formatMessage({
              id: 'letter.details.publicationZh',
              defaultMessage: 'Publication (Chinese)',
            })}
            lang="zh-CN"
            value={letter.fields.publicationZh}
            // The headline puts the name in 《》 itself; typed marks would double them.
            onChange={(value) => setField('publicationZh')(withoutTitleMarks(value))}
            placeholder={PUBLICATION_ZH_EXAMPLE}
            testId="field-publication-zh"
          />
          <TextField
            className="field--article-title"
            label={intl.formatMessage({ id: 'letter.details.articleTitle', defaultMessage: 'Article title' })}
            value={letter.fields.articleTitle}
            onChange={setField('articleTitle')}
            testId="field-article-title"
          />
          <TextField
            className="field--article-date"
            label={intl.formatMessage({ id: 'letter.details.articleDate', defaultMessage: 'Article date' })}
            type="date"
            value={letter.fields.articleDate}
            onChange={setField('articleDate')}
            testId="field-article-date"
          />
          <TextField
            className="field--article-url"
            label={intl.formatMessage({ id: 'letter.details.articleUrl', defaultMessage: 'Article URL' })}
            type="url"
            value={letter.fields.articleUrl}
            onChange={setField('articleUrl')}
            placeholder={URL_EXAMPLE}
            testId="field-article-url"
          />
          <TextField
            className="field--letters-email"
            label={intl.formatMessage({ id: 'letter.details.lettersEmail', defaultMessage: 'Letters email' })}
            type="email"
            value={letter.fields.lettersEmail}
            onChange={setField('lettersEmail')}
            placeholder={EMAIL_EXAMPLE}
            title={intl.formatMessage({
              id: 'letter.details.lettersEmailHint',
              defaultMessage: 'Where the publication takes letters to the editor',
            })}
            testId="field-letters-email"
          />
          <CheckboxField
            className="field--show-reference"
            label={intl.formatMessage({
              id: 'letter.details.referenceLine',
              defaultMessage: 'Reference line',
            })}
            text={intl.formatMessage({
              id: 'letter.details.printReference',
              defaultMessage: 'Print “Re: title, date”',
            })}
            checked={letter.showReference}
            onChange={(showReference) => patch({ showReference })}
            testId="field-show-reference"
          />
          <TextField
            className="field--letter-date"
            label={intl.formatMessage({ id: 'letter.details.letterDate', defaultMessage: 'Letter date' })}
            type="date"
            value={letter.date}
            onChange={(date) => patch({ date })}
            testId="field-letter-date"
          />
          <TextField
            className="field--place"
            label={intl.formatMessage({ id: 'letter.details.place', defaultMessage: 'Place' })}
            value={letter.place}
            onChange={(place) => patch({ place })}
            placeholder={intl.formatMessage({
              id: 'letter.details.placeExample',
              defaultMessage: 'e.g. Brussels',
            })}
            testId="field-place"
          />
          <SignatorySelect
            value={letter.signatory}
            profiles={profiles}
            onChange={(signatory) => patch({ signatory })}
            onOpenSettings={onOpenSettings}
          />
        </div>
      )}
    </section>
  );
});
