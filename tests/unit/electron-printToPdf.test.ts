/**
 * The PDF copy in the desktop app, against a stand-in for Electron: the real
 * print path needs the Electron binary, so this checks what LetterDesk asks of it.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { PRINT_PARTITION, pdfPrinter } from '../../electron/main/printToPdf';
import { saveDialogDeliver } from '../../electron/main/saveDialog';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

const PDF_BYTES = Buffer.from('%PDF-1.7 stand-in');

const electron = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    destroyed = false;
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly webContents = {
      printToPDF: vi.fn(async (_options: object) => {
        if (printer.failure) throw printer.failure;
        return PDF_BYTES;
      }),
    };
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      BrowserWindow.created.push(this);
    }
  }
  const printer: { failure: Error | null } = { failure: null };
  const printSession = {
    setPermissionRequestHandler: vi.fn<(handler: Handler) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: Handler) => void>(),
    webRequest: {
      onBeforeRequest:
        vi.fn<
          (handler: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) => void
        >(),
    },
  };
  return {
    BrowserWindow,
    printer,
    printSession,
    session: { fromPartition: vi.fn((_name: string) => printSession) },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

let data: Awaited<ReturnType<typeof makeDataDir>>;
let documents: string;
const showSaveDialog =
  vi.fn<(options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath: string }>>();

beforeEach(async () => {
  data = await makeDataDir();
  documents = join(data.dir, 'Documents');
  await mkdir(documents);
  electron.BrowserWindow.created.length = 0;
  electron.printer.failure = null;
  showSaveDialog.mockReset();
});
afterEach(() => data.cleanup());

async function exportPdf(variant: 'editor' | 'bilingual' = 'bilingual') {
  const services = await openServices(data.dir);
  const letter = await services.letters.create(REBUTTAL_TEMPLATE, { publication: 'EUobserver' });
  const saveFile = saveDialogDeliver(showSaveDialog, documents);
  const handlers = createHandlers(services, {
    ...CANCELLING_TRANSPORT,
    saveFile,
    printToPdf: pdfPrinter(saveFile),
  });
  return { letter, result: await dispatch(handlers, 'export.pdf', { id: letter.id, variant }) };
}

describe('PDF copy in the desktop app', () => {
  it('prints the letter in a hidden, locked-down window and saves it where the user chooses', async () => {
    const chosen = join(documents, 'letter.pdf');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const { letter, result } = await exportPdf();

    expect(result).toEqual({ ok: true, value: { status: 'saved', path: chosen, fileName: 'letter.pdf' } });
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [window] = electron.BrowserWindow.created;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: PRINT_PARTITION,
    });
    expect(window.options.webPreferences.preload).toBeUndefined();

    // The page travels whole in a data: URL: nothing is fetched.
    const url = window.loadURL.mock.calls[0][0];
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const html = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    expect(html).toContain('@page { size: A4; margin: 2.5cm; }');
    expect(html).toContain('<h1 class="headline">《<mark>[报刊中文名]</mark>》刊登');
    expect(html).toContain('The Editor, EUobserver');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    expect(window.destroyed).toBe(true);

    const options = showSaveDialog.mock.calls[0][0];
    expect(options.defaultPath).toBe(join(documents, `${letter.date} EUobserver letter (bilingual).pdf`));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(await readFile(chosen)).toEqual(PDF_BYTES);
  });

  it('gives the print window a session that refuses everything but the page itself', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect((await exportPdf()).result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(electron.session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    const [filter] = electron.printSession.webRequest.onBeforeRequest.mock.calls[0];
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (result) => (cancel = result.cancel));
      return cancel;
    };
    expect(verdict('data:text/html;base64,PGh0bWw+')).toBe(false);
    expect(verdict('https://fonts.example/font.woff2')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    // The app's own files are not the print page's: app:// is served on the main session only.
    expect(verdict('app://letterdesk/assets/index.js')).toBe(true);
    expect(await readdir(documents)).toEqual([]);
  });

  it('closes the window and says what to do when printing fails', async () => {
    electron.printer.failure = new Error('Printing failed');
    const saveFile = vi.fn(async () => ({ status: 'cancelled' }) as const);
    await expect(
      pdfPrinter(saveFile)({ html: '<!doctype html>', fileName: 'x.pdf', title: 'x' }),
    ).rejects.toThrow(
      /Could not print the letter to PDF \(Printing failed\)\. Try again, or export the DOCX/,
    );
    const [window] = electron.BrowserWindow.created;
    expect(window.destroyed).toBe(true);
    expect(saveFile).not.toHaveBeenCalled();
  });
});
