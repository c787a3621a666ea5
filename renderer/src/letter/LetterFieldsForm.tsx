/**
 * The facts of the letter: what it answers, when and where it is written, and
 * who signs it. Every change updates the placeholders in both panes at once.
 */
import { memo, useState } from 'react';
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

function summary(letter: Letter, dateStyle: EnglishDateStyle): string {
  const { publication, articleTitle, articleDate } = letter.fields;
  const parts = [
    publication,
    articleTitle && `“${articleTitle}”`,
    articleDate && formatDateEnglish(articleDate, dateStyle),
  ];
  return parts.filter(Boolean).join(' · ') || 'No article details yet';
}

export const LetterFieldsForm = memo(function LetterFieldsForm({
  letter,
  patch,
  profiles,
  onOpenSettings,
}: LetterFieldsFormProps) {
  const [open, setOpen] = useState(true);
  const { dateFormat } = useSettings().settings.houseStyle;
  const setField = (key: keyof LetterFields) => (value: string) =>
    patch({ fields: { ...letter.fields, [key]: value } });

  return (
    <section className={`details ${open ? 'details--open' : ''}`} aria-label="Letter details">
      <button
        type="button"
        className="details__toggle"
        aria-expanded={open}
        aria-controls="letter-details"
        onClick={() => setOpen(!open)}
        data-testid="fields-toggle"
      >
        <ChevronIcon open={open} />
        <span className="details__title">Letter details</span>
        {!open && <span className="details__summary">{summary(letter, dateFormat)}</span>}
      </button>
      {open && (
        <div id="letter-details" className="details__grid">
          <PublicationSelect letter={letter} patch={patch} />
          <TextField
            className="field--publication"
            label="Publication"
            value={letter.fields.publication}
            onChange={setField('publication')}
            placeholder="e.g. Financial Times"
            testId="field-publication"
          />
          <TextField
            className="field--publication-zh"
            label="Publication (Chinese)"
            lang="zh-CN"
            value={letter.fields.publicationZh}
            // The headline puts the name in 《》 itself; typed marks would double them.
            onChange={(value) => setField('publicationZh')(withoutTitleMarks(value))}
            placeholder="例如：金融时报"
            testId="field-publication-zh"
          />
          <TextField
            className="field--article-title"
            label="Article title"
            value={letter.fields.articleTitle}
            onChange={setField('articleTitle')}
            testId="field-article-title"
          />
          <TextField
            className="field--article-date"
            label="Article date"
            type="date"
            value={letter.fields.articleDate}
            onChange={setField('articleDate')}
            testId="field-article-date"
          />
          <TextField
            className="field--article-url"
            label="Article URL"
            type="url"
            value={letter.fields.articleUrl}
            onChange={setField('articleUrl')}
            placeholder="https://"
            testId="field-article-url"
          />
          <TextField
            className="field--letters-email"
            label="Letters email"
            type="email"
            value={letter.fields.lettersEmail}
            onChange={setField('lettersEmail')}
            placeholder="letters@…"
            title="Where the publication takes letters to the editor"
            testId="field-letters-email"
          />
          <CheckboxField
            className="field--show-reference"
            label="Reference line"
            text="Print “Re: title, date”"
            checked={letter.showReference}
            onChange={(showReference) => patch({ showReference })}
            testId="field-show-reference"
          />
          <TextField
            className="field--letter-date"
            label="Letter date"
            type="date"
            value={letter.date}
            onChange={(date) => patch({ date })}
            testId="field-letter-date"
          />
          <TextField
            className="field--place"
            label="Place"
            value={letter.place}
            onChange={(place) => patch({ place })}
            placeholder="e.g. Brussels"
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
