/**
 * The letterhead logo: pick a PNG or JPEG, see it, or remove it. The service
 * checks the bytes (not the file name); a refused file leaves the previous
 * logo in place and says why.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LOGO_MAX_BYTES } from '../../../core/image';
import { defineMessages } from '../../../core/i18n/wording';
import { errorMessage } from '../ui/errorMessage';
import type { RevisedSave } from '../ui/useEditConflict';
import { useSettings } from './SettingsContext';

const messages = defineMessages({
  unreadable: {
    id: 'settings.logo.unreadable',
    defaultMessage: '“{fileName}” could not be read: {reason}',
  },
  tooLarge: {
    id: 'settings.logo.tooLarge',
    defaultMessage:
      '“{fileName}” is {megabytes, number, ::.0} MB; a logo can be at most 1 MB. Save a smaller PNG or JPEG and choose it again.',
  },
  notUsed: { id: 'settings.logo.notUsed', defaultMessage: '“{fileName}” was not used. {reason}' },
  previousKept: { id: 'settings.logo.previousKept', defaultMessage: 'The previous logo is kept.' },
  notRemoved: { id: 'settings.logo.notRemoved', defaultMessage: 'The logo could not be removed: {reason}' },
});

/** The file's bytes as base64 (without the data: URL prefix); `unreadable` words the failure. */
function readAsBase64(file: File, unreadable: (reason: string) => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(unreadable(reader.error?.message ?? '')));
    reader.readAsDataURL(file);
  });
}

/** `guard`: the letterhead section's conflict handling, which the logo shares (one revision for the section). */
export function LogoPicker({ guard }: { guard: (save: RevisedSave) => Promise<void> }) {
  const intl = useIntl();
  const { settings, setLogo, clearLogo } = useSettings();
  const logo = settings.letterhead.logo;
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, failure: (message: string) => string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(failure(errorMessage(caught)));
    } finally {
      setBusy(false);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is noticed.
    event.target.value = '';
    if (!file) return;
    const fileName = file.name;
    // A second sentence, added only when there is a previous logo to keep.
    const kept = (text: string) => (logo ? `${text} ${intl.formatMessage(messages.previousKept)}` : text);
    if (file.size > LOGO_MAX_BYTES) {
      const megabytes = file.size / 1024 / 1024;
      setError(kept(intl.formatMessage(messages.tooLarge, { fileName, megabytes })));
      return;
    }
    void run(
      async () => {
        const data = await readAsBase64(file, (reason) =>
          intl.formatMessage(messages.unreadable, { fileName, reason }),
        );
        await guard((revision) => setLogo(data, revision));
      },
      (reason) => kept(intl.formatMessage(messages.notUsed, { fileName, reason })),
    );
  };

  return (
    <div className="field logo-picker">
      <span className="field__label" id="logo-label">
        <FormattedMessage id="settings.logo.label" defaultMessage="Logo" />
      </span>
      <div className="logo-picker__row">
        <div className="logo-picker__preview" aria-labelledby="logo-label">
          {logo ? (
            <img
              src={`data:${logo.mimeType};base64,${logo.dataBase64}`}
              alt={intl.formatMessage({ id: 'settings.logo.alt', defaultMessage: 'Letterhead logo' })}
              data-testid="logo-preview"
            />
          ) : (
            <span className="logo-picker__none">
              <FormattedMessage id="settings.logo.none" defaultMessage="No logo" />
            </span>
          )}
        </div>
        <div className="logo-picker__actions">
          <div className="logo-picker__buttons">
            <button
              type="button"
              className="btn btn--small"
              disabled={busy}
              onClick={() => input.current?.click()}
              data-testid="logo-choose"
            >
              {logo ? (
                <FormattedMessage id="settings.logo.chooseAnother" defaultMessage="Choose another logo…" />
              ) : (
                <FormattedMessage id="settings.logo.choose" defaultMessage="Choose logo…" />
              )}
            </button>
            {logo && (
              <button
                type="button"
                className="btn btn--small btn--danger"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => guard(clearLogo),
                    (reason) => intl.formatMessage(messages.notRemoved, { reason }),
                  )
                }
                data-testid="logo-remove"
              >
                <FormattedMessage id="settings.logo.remove" defaultMessage="Remove logo" />
              </button>
            )}
          </div>
          <p className="field__hint">
            {logo ? (
              <FormattedMessage
                id="settings.logo.details"
                defaultMessage="{format}, {width}×{height} pixels."
                values={{
                  format: logo.mimeType === 'image/png' ? 'PNG' : 'JPEG',
                  width: logo.width,
                  height: logo.height,
                }}
              />
            ) : (
              <FormattedMessage id="settings.logo.hint" defaultMessage="A PNG or JPEG of at most 1 MB." />
            )}
          </p>
        </div>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          hidden
          onChange={choose}
          data-testid="logo-input"
        />
      </div>
      {error && (
        <p className="field__error" role="alert" data-testid="logo-error">
          {error}
        </p>
      )}
    </div>
  );
}
