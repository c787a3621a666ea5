/** What the user sees when an export call comes back, whichever transport carried it. */
import type { IntlShape } from 'react-intl';
import type { ExportResult } from '../../../core/contract';
import { withToken } from '../api/client';
import { activeIntl } from '../i18n/activeIntl';
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

/** `intl`: the component's formatter; without one, the interface language's. */
export function showExportResult(result: ExportResult, notify: Notify, intl: IntlShape = activeIntl()): void {
  switch (result.status) {
    case 'saved':
      notify.info(
        intl.formatMessage(
          { id: 'export.result.saved', defaultMessage: 'Saved to {path}' },
          { path: result.path },
        ),
      );
      return;
    case 'download':
      download(result.url, result.fileName);
      return;
    case 'opened':
      notify.info(
        intl.formatMessage(
          {
            id: 'export.result.emailOpened',
            defaultMessage: 'Email draft opened in your mail app ({fileName})',
          },
          { fileName: result.fileName },
        ),
      );
      return;
    case 'print':
      window.open(withToken(result.url), '_blank', 'noopener');
      notify.info(
        intl.formatMessage({
          id: 'export.result.printView',
          defaultMessage: 'Opened a print view: use Print → Save as PDF',
        }),
      );
      return;
    case 'cancelled':
      return;
  }
}
