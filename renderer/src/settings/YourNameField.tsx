/**
 * "Your name": who the versions and comments this person makes name as their
 * author (core/authorName.ts). Empty means the default signatory's name, shown
 * as the placeholder, since most officers sign their own letters. Part of the
 * `ui` settings section, saved with the language through one draft (one
 * revision), so the two never refuse each other's saves.
 */
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

interface YourNameFieldProps {
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  /** The default signatory's name, if there is one. */
  defaultName: string;
}

export function YourNameField({ value, onChange, onBlur, defaultName }: YourNameFieldProps) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="settings-card">
      <div className="field">
        <label htmlFor={id} className="field__label">
          <FormattedMessage id="settings.yourName.label" defaultMessage="Your name" />
        </label>
        <input
          id={id}
          className="input"
          type="text"
          maxLength={200}
          autoComplete="name"
          translate="no"
          value={value}
          placeholder={defaultName}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-describedby={`${id}-hint`}
          data-testid="your-name"
        />
        <p id={`${id}-hint`} className="field__hint">
          {defaultName
            ? intl.formatMessage(
                {
                  id: 'settings.yourName.hint',
                  defaultMessage:
                    'Shown as the author of the versions you keep and the comments you write. Left empty, the default signatory’s name ({name}) is used.',
                },
                { name: defaultName },
              )
            : intl.formatMessage({
                id: 'settings.yourName.hintNoSignatory',
                defaultMessage:
                  'Shown as the author of the versions you keep and the comments you write. Left empty, the default signatory’s name is used once there is one.',
              })}
        </p>
      </div>
    </div>
  );
}
