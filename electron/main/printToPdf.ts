/**
 * The PDF copy in the desktop app: the print page is loaded into a hidden,
 * locked-down window (sandboxed, no script, no preload, its own in-memory
 * session that refuses every request that is not a data: URL) and printed by
 * Chromium to A4, then saved through the save dialog like any export (or
 * returned as bytes, for the archive's copy of a PDF that was sent).
 */
import { BrowserWindow, session, type BrowserWindowConstructorOptions, type Session } from 'electron';
import type { Transport } from '../api/handlers';
import { UserFacingError } from '../services/errors';
import { defineMessages, wording } from '../../core/i18n/wording';

const messages = defineMessages({
  printFailed: {
    id: 'error.pdf.printFailed',
    defaultMessage:
      'Could not print the letter to PDF ({detail}). Try again, or export the DOCX and save it as PDF from your word processor.',
  },
});

/** In-memory (no "persist:"), used by nothing else, so the app's page policy never applies to it. */
export const PRINT_PARTITION = 'letterdesk-print';

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794, // A4 at 96 dpi, so layout matches the page
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

let hardened: Session | null = null;

/** The page is ours and needs nothing but itself and its data: logo. */
function hardenPrintSession(): void {
  const ses = session.fromPartition(PRINT_PARTITION);
  if (hardened === ses) return;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') }),
  );
  hardened = ses;
}

export const toDataUrl = (html: string) =>
  `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

/** Prints a print page to PDF bytes, with no dialog: for the save below, and for the archive's sent PDFs. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  hardenPrintSession();
  const window = new BrowserWindow(printWindowOptions());
  try {
    await window.loadURL(toDataUrl(html));
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      // The page's own @page rule sets size and margins.
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    return new Uint8Array(pdf);
  } catch (error) {
    throw new UserFacingError(
      'export',
      wording(messages.printFailed, { detail: String((error as Error)?.message ?? error) }),
    );
  } finally {
    window.destroy();
  }
}

export function pdfPrinter(saveFile: Transport['saveFile']): Transport['printToPdf'] {
  return async (page) =>
    saveFile({
      fileName: page.fileName,
      title: page.title,
      bytes: await printHtmlToPdf(page.html),
      mimeType: 'application/pdf',
    });
}
