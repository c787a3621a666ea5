/**
 * The Log view's archive buttons, beside its CSV exports: Archive… (on the
 * Log's current year and publication) and Import archive…. While the Log is
 * shown, the menu's Export Archive… starts from its filter too.
 */
import { FormattedMessage } from 'react-intl';
import type { SendingFilter } from '../../../core/log/logList';
import { useCommand } from '../commands/useCommand';
import { DownloadIcon } from '../ui/icons';
import { useArchiveActions } from './ArchiveContext';
import { selectionFromFilter } from './selectionFromFilter';

export function ArchiveButtons({ filter }: { filter: SendingFilter }) {
  const actions = useArchiveActions();
  const openExport = () => actions?.openExport(selectionFromFilter(filter));
  useCommand('log.exportArchive', openExport);
  if (!actions) return null;
  return (
    <>
      <button type="button" className="btn" onClick={openExport} data-testid="archive-open">
        <DownloadIcon />
        <FormattedMessage id="archive.buttons.export" defaultMessage="Export archive…" />
      </button>
      <button
        type="button"
        className="btn"
        onClick={actions.pickImport}
        disabled={actions.busy}
        data-testid="archive-import-open"
      >
        <FormattedMessage id="archive.buttons.import" defaultMessage="Import archive…" />
      </button>
    </>
  );
}
