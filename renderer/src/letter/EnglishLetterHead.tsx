/** Above the English body on the sheet: date line, addressee and salutation. */
import { useId } from 'react';
import { formatDateEnglish } from '../../../core/dates';
import { addresseeLine, DEFAULT_ADDRESSEE, type Letter } from '../../../core/letter';
import { PLACEHOLDER_PATTERN } from '../../../core/placeholders';
import type { LetterPatch } from './useLetterDraft';

export function dateLine(letter: Letter): string {
  const date = letter.date ? formatDateEnglish(letter.date) : '[letter date]';
  return letter.place.trim() ? `${letter.place.trim()}, ${date}` : date;
}

interface Props {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  salutations: readonly string[];
}

export function EnglishLetterHead({ letter, patch, salutations }: Props) {
  const id = useId();
  // The template's own default addressee reads as "empty": the input then shows
  // the resolved line as its placeholder instead of raw {{…}} syntax.
  const addressee = letter.addressee.trim() === DEFAULT_ADDRESSEE ? '' : letter.addressee;
  const usesPlaceholders = new RegExp(PLACEHOLDER_PATTERN.source, 'i').test(addressee);

  return (
    <div className="letter-head">
      <p className="letter-head__date" data-testid="letter-dateline">
        {dateLine(letter)}
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
