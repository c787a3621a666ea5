/**
 * Picks who signs this letter. The profile is copied into the letter, so
 * editing or deleting the profile later never changes a letter already written.
 */
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SignatoryList } from '../../../core/contract';
import { personOf, type Signatory } from '../../../core/signatory';

interface SignatorySelectProps {
  value: Signatory | null;
  profiles: SignatoryList;
  onChange: (signatory: Signatory | null) => void;
  onOpenSettings: () => void;
}

const NONE = '';
const LETTER_COPY = '__letter__';

export function SignatorySelect({ value, profiles, onChange, onOpenSettings }: SignatorySelectProps) {
  const id = useId();
  const intl = useIntl();
  const unnamed = intl.formatMessage({ id: 'letter.signatory.unnamed', defaultMessage: 'Unnamed' });
  const known = value ? profiles.signatories.find((s) => s.id === value.id) : undefined;
  const selected = !value ? NONE : known ? known.id : LETTER_COPY;

  return (
    <div className="field field--signatory">
      <label htmlFor={id} className="field__label">
        <FormattedMessage id="letter.signatory.label" defaultMessage="Signatory" />
      </label>
      {profiles.signatories.length === 0 && !value ? (
        <button type="button" className="btn btn--small btn--link" onClick={onOpenSettings} id={id}>
          <FormattedMessage
            id="letter.signatory.addInSettings"
            defaultMessage="Add a signatory in Settings"
          />
        </button>
      ) : (
        <select
          id={id}
          className="input"
          value={selected}
          data-testid="field-signatory"
          onChange={(event) => {
            const choice = event.target.value;
            if (choice === LETTER_COPY) return;
            const profile = profiles.signatories.find((s) => s.id === choice);
            onChange(profile ? personOf(profile) : null);
          }}
        >
          <option value={NONE}>
            {intl.formatMessage({ id: 'letter.signatory.choose', defaultMessage: 'Choose a signatory…' })}
          </option>
          {value && !known && (
            <option value={LETTER_COPY}>
              {intl.formatMessage(
                { id: 'letter.signatory.keptInLetter', defaultMessage: '{name} (kept in this letter)' },
                { name: value.nameEn || unnamed },
              )}
            </option>
          )}
          {profiles.signatories.map((s) => (
            <option key={s.id} value={s.id} title={[s.titleEn, s.organisationEn].filter(Boolean).join(', ')}>
              {[s.nameEn || unnamed, s.titleEn].filter(Boolean).join(', ')}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
