/** The top bar's "Save as template…" button and its dialog. */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Letter } from '../../../core/letter';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';

export function SaveAsTemplateButton({ letter, flush }: { letter: Letter; flush: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="save-as-template">
        <FormattedMessage id="templates.saveAs.button" defaultMessage="Save as template…" />
      </button>
      {open && <SaveAsTemplateDialog letter={letter} flush={flush} onClose={() => setOpen(false)} />}
    </>
  );
}
