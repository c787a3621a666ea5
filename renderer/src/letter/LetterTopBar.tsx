/** The bar above the open letter: its title, status, save state and export. */
import { displayTitle, type Letter } from '../../../core/letter';
import { ExportMenu } from '../export/ExportMenu';
import { SaveAsTemplateButton } from '../templates/SaveAsTemplateButton';
import type { Preflight } from '../preflight/usePreflight';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { StatusToggle } from './StatusToggle';
import type { SaveStatus } from './useAutosave';
import type { LetterPatch } from './useLetterDraft';

interface LetterTopBarProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  status: SaveStatus;
  flush: () => Promise<void>;
  snapshot: () => Letter;
  preflight: Preflight;
}

export function LetterTopBar({ letter, patch, status, flush, snapshot, preflight }: LetterTopBarProps) {
  return (
    <header className="topbar">
      <div className="topbar__title">
        <label htmlFor="letter-title" className="sr-only">
          Letter title
        </label>
        <input
          id="letter-title"
          className="title-input"
          value={letter.title}
          placeholder={displayTitle({ title: '', fields: letter.fields })}
          onChange={(event) => patch({ title: event.target.value })}
          data-testid="letter-title"
        />
      </div>
      <StatusToggle value={letter.status} onChange={(status) => patch({ status })} />
      <SaveStatusIndicator status={status} />
      <button
        type="button"
        className="btn"
        onClick={preflight.toggle}
        aria-expanded={preflight.state.open}
        data-testid="preflight-open"
      >
        Checks
      </button>
      <SaveAsTemplateButton letter={letter} flush={flush} />
      <ExportMenu letter={letter} flush={flush} snapshot={snapshot} preflight={preflight} />
    </header>
  );
}
