/**
 * The letterhead logo: pick a PNG or JPEG, see it, or remove it. The service
 * checks the bytes (not the file name); a refused file leaves the previous
 * logo in place and says why.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { LOGO_MAX_BYTES } from '../../../core/image';
import { errorMessage } from '../ui/errorMessage';
import type { RevisedSave } from '../ui/useEditConflict';
import { useSettings } from './SettingsContext';

/** The file's bytes as base64 (without the data: URL prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read: ${reader.error?.message}`));
    reader.readAsDataURL(file);
  });
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `guard`: the letterhead section's conflict handling, which the logo shares (one revision for the section). */
export function LogoPicker({ guard }: { guard: (save: RevisedSave) => Promise<void> }) {
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
    const kept = logo ? ' The previous logo is kept.' : '';
    if (file.size > LOGO_MAX_BYTES) {
      setError(
        `“${file.name}” is ${megabytes(file.size)}; a logo can be at most 1 MB. Save a smaller PNG or JPEG and choose it again.${kept}`,
      );
      return;
    }
    void run(
      async () => {
        const data = await readAsBase64(file);
        await guard((revision) => setLogo(data, revision));
      },
      (message) => `“${file.name}” was not used. ${message}${kept}`,
    );
  };

  return (
    <div className="field logo-picker">
      <span className="field__label" id="logo-label">
        Logo
      </span>
      <div className="logo-picker__row">
        <div className="logo-picker__preview" aria-labelledby="logo-label">
          {logo ? (
            <img
              src={`data:${logo.mimeType};base64,${logo.dataBase64}`}
              alt="Letterhead logo"
              data-testid="logo-preview"
            />
          ) : (
            <span className="logo-picker__none">No logo</span>
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
              {logo ? 'Choose another logo…' : 'Choose logo…'}
            </button>
            {logo && (
              <button
                type="button"
                className="btn btn--small btn--danger"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => guard(clearLogo),
                    (message) => `The logo could not be removed: ${message}`,
                  )
                }
                data-testid="logo-remove"
              >
                Remove logo
              </button>
            )}
          </div>
          <p className="field__hint">
            {logo
              ? `${logo.mimeType === 'image/png' ? 'PNG' : 'JPEG'}, ${logo.width}×${logo.height} pixels.`
              : 'A PNG or JPEG of at most 1 MB.'}
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
