/**
 * Above the English body on the sheet: date line (in the house date format),
 * addressee, the optional reference line, and the salutation.
 */
import { useId } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { addresseeLine, DEFAULT_ADDRESSEE, type Letter } from '../../../core/letter';
import { englishDateLine, referenceLine } from '../../../core/letterParts';
import { PLACEHOLDER_PATTERN } from '../../../core/placeholders';
import type { AppSettings } from '../../../core/settings';
import { useSettings } from '../settings/SettingsContext';
import type { LetterPatch } from './useLetterDraft';

/** An example salutation, in the letter's language (English) whatever the interface's. */
const SALUTATION_EXAMPLE = 'Dear Sir/Madam,';

/** The date line in the house style; an undated letter shows where its date goes. */
function dateLine(letter: Letter, settings: AppSettings, intl: IntlShape): string {
  if (letter.date) return englishDateLine(letter, settings);
  const missing = intl.formatMessage({ id: 'letter.head.noDate', defaultMessage: '[letter date]' });
  return [letter.place.trim(), missing].filter(Boolean).join(', ');
}

interface Props {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  salutations: readonly string[];
}

export function EnglishLetterHead({ letter, patch, salutations }: Props) {
  const id = useId();
  const intl = useIntl();
  const { settings } = useSettings();
  const reference = referenceLine(letter, settings);
  // The template's own default addressee reads as "empty": the input then shows
  // the resolved line as its placeholder instead of raw {{…}} syntax.
  const addressee = letter.addressee.trim() === DEFAULT_ADDRESSEE ? '' : letter.addressee;
  const usesPlaceholders = new RegExp(PLACEHOLDER_PATTERN.source, 'i').test(addressee);

  return (
    <div className="letter-head">
      <p className="letter-head__date" data-testid="letter-dateline" translate="no">
        {dateLine(letter, settings, intl)}
      </p>
      <div className="letter-head__addressee">
        <label htmlFor={`${id}-addressee`} className="sr-only">
          <FormattedMessage id="letter.head.addressee" defaultMessage="Addressee" />
        </label>
        <input
          id={`${id}-addressee`}
          className="sheet-input"
          value={addressee}
          placeholder={addresseeLine({ ...letter, addressee: '' })}
          translate="no"
          onChange={(event) => patch({ addressee: event.target.value })}
          data-testid="addressee"
        />
        {usesPlaceholders && (
          <p className="sheet-hint" lang={intl.locale}>
            <FormattedMessage
              id="letter.head.printsAs"
              defaultMessage="Prints as: {line}"
              values={{
                line: (
                  <span lang="en-GB" translate="no">
                    {addresseeLine(letter)}
                  </span>
                ),
              }}
            />
          </p>
        )}
      </div>
      {reference && (
        <p className="letter-head__reference" data-testid="reference-line" translate="no">
          {reference}
        </p>
      )}
      <div className="letter-head__salutation">
        <label htmlFor={`${id}-salutation`} className="sr-only">
          <FormattedMessage id="letter.head.salutation" defaultMessage="Salutation" />
        </label>
        <input
          id={`${id}-salutation`}
          className="sheet-input"
          list={`${id}-salutations`}
          value={letter.salutation}
          placeholder={SALUTATION_EXAMPLE}
          translate="no"
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
