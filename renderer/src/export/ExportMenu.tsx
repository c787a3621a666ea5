/**
 * "Export DOCX" in two variants. The pending autosave is flushed first, so
 * the file always holds what is on screen; a failed save stops the export.
 */
import { useState } from 'react';
import { EXPORT_VARIANTS, EXPORT_VARIANT_LABELS, type ExportVariant } from '../../../core/contract';
import { withToken } from '../api/client';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { DownloadIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';

const HINTS: Record<ExportVariant, string> = {
  editor: 'The English letter only, ready to send to the newspaper',
  bilingual: 'The Chinese preface followed by the English letter',
  chinese: 'The Chinese headline and preface only, for the website and approval',
};

function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = withToken(url);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function ExportMenu({ letterId, flush }: { letterId: string; flush: () => Promise<void> }) {
  const api = useApi();
  const notify = useNotify();
  const [busy, setBusy] = useState<ExportVariant | null>(null);

  const exportDocx = async (variant: ExportVariant) => {
    setBusy(variant);
    try {
      try {
        await flush();
      } catch (error) {
        throw new Error(
          `Export stopped because the latest changes could not be saved: ${errorMessage(error)}`,
        );
      }
      const result = await api.call('export.docx', { id: letterId, variant });
      if (result.status === 'saved') notify.info(`Saved to ${result.path}`);
      else if (result.status === 'download') download(result.url, result.fileName);
    } catch (error) {
      notify.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export" role="group" aria-label="Export DOCX">
      <span className="export__label">
        <DownloadIcon /> Export DOCX
      </span>
      {EXPORT_VARIANTS.map((variant) => (
        <button
          key={variant}
          type="button"
          className="btn btn--small"
          title={HINTS[variant]}
          disabled={busy !== null}
          aria-busy={busy === variant}
          onClick={() => void exportDocx(variant)}
          data-testid={`export-${variant}`}
        >
          {busy === variant ? 'Exporting…' : EXPORT_VARIANT_LABELS[variant]}
        </button>
      ))}
    </div>
  );
}
