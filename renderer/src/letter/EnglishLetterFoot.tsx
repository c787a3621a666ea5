/** Below the English body on the sheet: the closing and the signatory's lines. */
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CLOSINGS, type Letter } from '../../../core/letter';
import { signatoryLines } from '../../../core/signatory';
import type { LetterPatch } from './useLetterDraft';

/** An example closing, in the letter's language (English) whatever the interface's. */
const CLOSING_EXAMPLE = 'Yours sincerely,';

export function EnglishLetterFoot({
  letter,
  patch,
}: {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
}) {
  const id = useId();
  const intl = useIntl();
  const lines = signatoryLines(letter.signatory);
  return (
    <div className="letter-foot">
      <label htmlFor={`${id}-closing`} className="sr-only">
        <FormattedMessage id="letter.foot.closing" defaultMessage="Closing" />
      </label>
      <input
        id={`${id}-closing`}
        className="sheet-input"
        list={`${id}-closings`}
        value={letter.closing}
        placeholder={CLOSING_EXAMPLE}
        translate="no"
        onChange={(event) => patch({ closing: event.target.value })}
        data-testid="closing"
      />
      <datalist id={`${id}-closings`}>
        {CLOSINGS.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
      <div
        className="letter-foot__signatory"
        data-testid="signatory-block"
        aria-label={intl.formatMessage({ id: 'letter.foot.signatory', defaultMessage: 'Signatory' })}
        translate="no"
      >
        {lines.length ? (
          lines.map((line, index) => (
            <p key={index} className={index === 0 ? 'signatory__name' : 'signatory__line'}>
              {line}
            </p>
          ))
        ) : (
          <p className="sheet-hint sheet-hint--empty" lang={intl.locale} translate="yes">
            <FormattedMessage
              id="letter.foot.noSignatory"
              defaultMessage="Choose a signatory in the letter details above."
            />
          </p>
        )}
      </div>
    </div>
  );
}
