/**
 * Above the English body on the sheet: date line (in the house date format),
 * addressee, the optional reference line, and the salutation.
 */
import { useId } from 'react';
import { addresseeLine, DEFAULT_ADDRESSEE, type Letter } from '../../../core/letter';
import { englishDateLine, referenceLine } from '../../../core/letterParts';
import { PLACEHOLDER_PATTERN } from '../../../core/placeholders';
import type { AppSettings } from '../../../core/settings';
import { useSettings } from '../settings/SettingsContext';
import type { LetterPatch } from './useLetterDraft';

/** The date line in the house style; an undated letter shows where its date goes. */
function dateLine(letter: Letter, settings: AppSettings): string {
  if (letter.date) return englishDateLine(letter, settings);
  return [letter.place.trim(), '[letter date]'].filter(Boolean).join(', ');
}

interface Props {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  salutations: readonly string[];
}

export function EnglishLetterHead({ letter, patch, salutations }: Props) {
  const id = useId();
  const { settings } = useSettings();
  const reference = referenceLine(letter, settings);
  // The template's own default addressee reads as "empty": the input then shows
  // the resolved line as its placeholder instead of raw {{…}} syntax.
  const addressee = letter.addressee.trim() === DEFAULT_ADDRESSEE ? '' : letter.addressee;
  const usesPlaceholders = new RegExp(PLACEHOLDER_PATTERN.source, 'i').test(addressee);

  return (
    <div className="letter-head">
      <p className="letter-head__date" data-testid="letter-dateline">
        {dateLine(letter, settings)}
      </p>
      <div className="letter-head__addressee">
        <label htmlFor={`${id}-addressee`} className="sr-only">
          Addressee
        </label>
        <input
          id={`${id}-addressee`}
          className="sheet-input"
          value={addressee}
          placeholder={addresseeLine({ ...letter, addressee: '' })}
          onChange={(event) => patch({ addressee: event.target.value })}
          data-testid="addressee"
        />
        {usesPlaceholders && <p className="sheet-hint">Prints as: {addresseeLine(letter)}</p>}
      </div>
      {reference && (
        <p className="letter-head__reference" data-testid="reference-line">
          {reference}
        </p>
      )}
      <div className="letter-head__salutation">
        <label htmlFor={`${id}-salutation`} className="sr-only">
          Salutation
        </label>
        <input
          id={`${id}-salutation`}
          className="sheet-input"
          list={`${id}-salutations`}
          value={letter.salutation}
          placeholder="Dear Sir/Madam,"
          onChange={(event) => patch({ salutation: event.target.value })}
          data-testid="salutation"
        />
        <datalist id={`${id}-salutations`}>
          {salutations.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
