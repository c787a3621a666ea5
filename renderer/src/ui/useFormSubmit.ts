import { useState } from 'react';
import { errorMessage } from './errorMessage';

/**
 * A form's submit state: `error` for the form's own checks or a failed save,
 * `busy` while the save runs. `run` clears the old error, runs the save, and
 * shows its failure's message (the service's own words) if it throws.
 */
export function useFormSubmit() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (save: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return { error, setError, busy, run };
}
