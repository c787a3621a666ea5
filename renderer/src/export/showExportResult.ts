/** What the user sees when an export call comes back, whichever transport carried it. */
import type { ExportResult } from '../../../core/contract';
import { withToken } from '../api/client';
import type { Notify } from '../ui/Notifications';

/** Browser mode: the file is fetched from the local server and saved by the browser. */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = withToken(url);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function showExportResult(result: ExportResult, notify: Notify): void {
  switch (result.status) {
    case 'saved':
      notify.info(`Saved to ${result.path}`);
      return;
    case 'download':
      download(result.url, result.fileName);
      return;
    case 'opened':
      notify.info(`Email draft opened in your mail app (${result.fileName})`);
      return;
    case 'print':
      window.open(withToken(result.url), '_blank', 'noopener');
      notify.info('Opened a print view: use Print → Save as PDF');
      return;
    case 'cancelled':
      return;
  }
}
