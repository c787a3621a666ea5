/**
 * Archive…: a year and a publication of the log (or all) to one .zip for
 * records retention. It says what the archive will hold as the choice
 * changes, and Export saves it as the other exports do (a save dialog, or a
 * download in browser mode). With nothing to hold, Export is off and says why.
 */
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ArchivePreview, ArchiveSelection } from '../../../core/archive/archive';
import { useApi } from '../app/ApiContext';
import { showExportResult } from '../export/showExportResult';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/Notifications';
import { archiveMessages as messages } from './archiveMessages';
import { useArchivePreview } from './useArchivePreview';

interface ArchiveDialogProps {
  initial: ArchiveSelection;
  onClose: () => void;
}

/** The selection, without a year or paper the log no longer names (a stale Log filter). */
function offered(selection: ArchiveSelection, preview: ArchivePreview): ArchiveSelection {
  return {
    year: selection.year !== null && preview.years.includes(selection.year) ? selection.year : null,
    publication:
      selection.publication !== null && preview.publications.some((p) => p.name === selection.publication)
        ? selection.publication
        : null,
  };
}

export function ArchiveDialog({ initial, onClose }: ArchiveDialogProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [chosen, setChosen] = useState<ArchiveSelection>(initial);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const { preview, current, failed } = useArchivePreview(chosen);
  // A year or paper the Log's filter named but the log does not (no sending then, or there): all, instead.
  if (preview && current) {
    const fixed = offered(chosen, preview);
    if (fixed.year !== chosen.year || fixed.publication !== chosen.publication) setChosen(fixed);
  }
  const selection = chosen;
  const chinese = intl.locale.startsWith('zh');

  const empty = current && preview !== null && preview.sendings === 0;
  const reason = !empty
    ? null
    : intl.formatMessage(preview.years.length === 0 ? messages.emptyLog : messages.emptySelection);

  const exportArchive = () => {
    setBusy(true);
    api.call('archive.export', { selection }).then(
      (result) => {
        setBusy(false);
        showExportResult(result, notify, intl);
        if (result.status !== 'cancelled') onClose();
      },
      (error: unknown) => {
        setBusy(false);
        notify.error(errorMessage(error));
      },
    );
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'archive.export.title', defaultMessage: 'Export archive' })}
      onClose={onClose}
      testId="archive-dialog"
    >
      <p className="dialog__message">
        <FormattedMessage
          id="archive.export.message"
          defaultMessage="An archive keeps, in one .zip file for the records, the sendings of a year or a publication: each letter with all its versions, its sendings and outcomes, and the file that was sent. It can be imported into another LetterDesk library."
        />
      </p>
      <div className="archive-dialog__choices">
        <Field label={intl.formatMessage({ id: 'archive.export.year', defaultMessage: 'Year' })}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={selection.year ?? ''}
              onChange={(event) =>
                setChosen({ ...selection, year: event.target.value ? Number(event.target.value) : null })
              }
              data-testid="archive-year"
            >
              <option value="">
                {intl.formatMessage({ id: 'archive.export.allYears', defaultMessage: 'All years' })}
              </option>
              {preview?.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={intl.formatMessage({ id: 'archive.export.publication', defaultMessage: 'Publication' })}
        >
          {(id) => (
            <select
              id={id}
              className="input"
              value={selection.publication ?? ''}
              onChange={(event) => setChosen({ ...selection, publication: event.target.value || null })}
              data-testid="archive-publication"
            >
              <option value="">
                {intl.formatMessage({
                  id: 'archive.export.allPublications',
                  defaultMessage: 'All publications',
                })}
              </option>
              {/* As the Log names a paper: in Chinese in the Chinese interface, when it has a Chinese name. */}
              {preview?.publications.map(({ name, nameZh }) => (
                <option key={name} value={name} translate="no">
                  {chinese && nameZh ? nameZh : name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="archive-dialog__holds" role="status" data-testid="archive-holds">
        {failed ? (
          <span className="field__error">{failed}</span>
        ) : reason ? (
          <span id={reasonId} data-testid="archive-empty">
            {reason}
          </span>
        ) : preview ? (
          intl.formatMessage(messages.holds, {
            sendings: preview.sendings,
            letters: preview.letters,
            files: preview.files,
          })
        ) : (
          <FormattedMessage id="archive.export.counting" defaultMessage="Counting…" />
        )}
      </p>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onClose}>
          <FormattedMessage id="archive.export.cancel" defaultMessage="Cancel" />
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={exportArchive}
          disabled={busy || !current || empty}
          aria-describedby={reason ? reasonId : undefined}
          data-testid="archive-export"
        >
          {busy ? (
            <FormattedMessage id="archive.export.exporting" defaultMessage="Exporting…" />
          ) : (
            <FormattedMessage id="archive.export.button" defaultMessage="Export…" />
          )}
        </button>
      </div>
    </Dialog>
  );
}
