import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Letter } from '../../core/letter';
import { exportFileName } from '../../core/exportFileName';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Handlers } from '../../electron/api/handlers';
import { saveDialogDeliver } from '../../electron/main/saveDialog';
import { makeFolderReadOnly } from '../helpers/readOnlyFolder';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let documents: string;
let letter: Letter;
/** The native dialog; each test decides what the user picks. */
const showSaveDialog =
  vi.fn<(options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath: string }>>();
let handlers: Handlers;

beforeEach(async () => {
  data = await makeDataDir();
  documents = join(data.dir, 'Documents');
  await mkdir(documents);
  const services = await openServices(data.dir);
  letter = await services.letters.create(REBUTTAL_TEMPLATE, { publication: 'EUobserver' });
  showSaveDialog.mockReset();
  handlers = createHandlers(services, {
    ...CANCELLING_TRANSPORT,
    saveFile: saveDialogDeliver(showSaveDialog, documents),
  });
});
afterEach(() => data.cleanup());

const exportLetter = () => dispatch(handlers, 'export.docx', { id: letter.id, variant: 'editor' });

describe('export in the desktop app: the save dialog', () => {
  it('offers the suggested name in Documents, as a Word document, and writes the file the user chose', async () => {
    const chosen = join(documents, 'reply.docx');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });

    expect(await exportLetter()).toEqual({
      ok: true,
      value: { status: 'saved', path: chosen, fileName: 'reply.docx' },
    });

    const options = showSaveDialog.mock.calls[0][0];
    expect(options.defaultPath).toBe(join(documents, exportFileName(letter)));
    expect(options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    const bytes = await readFile(chosen);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
    expect(await readdir(documents)).toEqual(['reply.docx']); // no temporary file left behind
  });

  it('speaks the interface language: title and file type in Chinese for a Chinese interface', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const deliver = saveDialogDeliver(showSaveDialog, documents, () => 'zh-CN');
    const file = { title: 'Reply', bytes: new Uint8Array([1]), mimeType: 'application/octet-stream' };
    await deliver({ ...file, fileName: 'reply.docx' });
    await deliver({ ...file, fileName: 'templates.json' });
    const [docx, library] = showSaveDialog.mock.calls.map(([options]) => options);
    expect(docx.title).toBe('导出信函');
    expect(docx.filters).toEqual([{ name: 'Word 文档', extensions: ['docx'] }]);
    expect(library.title).toBe('导出模板');
    expect(library.filters).toEqual([{ name: 'LetterDesk 信函库', extensions: ['json'] }]);
  });

  it('writes nothing when the user cancels', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await exportLetter()).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(documents)).toEqual([]);
  });

  it('says clearly when the chosen folder is not a folder any more', async () => {
    // Works as root too: a path "inside" a plain file fails with ENOTDIR whatever the permissions.
    const notAFolder = join(documents, 'notes.txt');
    await writeFile(notAFolder, 'not a folder');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(notAFolder, 'reply.docx') });

    const result = await exportLetter();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: `Could not save ${join(notAFolder, 'reply.docx')}: that folder does not exist any more. Choose another folder.`,
        wording: {
          id: 'error.storage.folderGone',
          defaultMessage: expect.any(String),
          values: { action: 'saveFile', file: join(notAFolder, 'reply.docx'), where: 'thatFolder' },
        },
      },
    });
  });

  it('says clearly when the chosen folder is read-only', async (ctx) => {
    const readOnly = makeFolderReadOnly(documents);
    if ('cannot' in readOnly) return ctx.skip(readOnly.cannot);
    try {
      showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(documents, 'reply.docx') });
      const result = await exportLetter();
      expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
      if (!result.ok) {
        expect(result.error.message).toMatch(
          /is read-only or you do not have permission to write there\. Choose another folder/,
        );
      }
      expect(await readdir(documents)).toEqual([]);
    } finally {
      readOnly.undo();
    }
  });
});
