import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Handlers } from '../../electron/api/handlers';
import { mailDraftOpener } from '../../electron/main/mailClient';
import { readDocx } from '../helpers/docxText';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let handlers: Handlers;
let letterId: string;
/** Electron's shell.openPath: '' when the desktop opened the file, else its error. */
const openPath = vi.fn<(path: string) => Promise<string>>();

beforeEach(async () => {
  data = await makeDataDir();
  const services = await openServices(join(data.dir, 'data'));
  const letter = await services.letters.create(REBUTTAL_TEMPLATE, {
    publication: 'EUobserver',
    lettersEmail: 'letters@euobserver.example',
  });
  letterId = letter.id;
  openPath.mockReset();
  handlers = createHandlers(services, {
    ...CANCELLING_TRANSPORT,
    openEmailDraft: mailDraftOpener(openPath, join(data.dir, 'tmp')),
  });
});
afterEach(() => data.cleanup());

const emailDraft = () => dispatch(handlers, 'export.email', { id: letterId, variant: 'editor' });

describe('email draft in the desktop app', () => {
  it('writes the draft to LetterDesk’s temp folder and opens it in the mail program', async () => {
    openPath.mockResolvedValue('');
    const result = await emailDraft();
    const path = openPath.mock.calls[0][0];
    expect(path).toMatch(/[/\\]tmp[/\\]LetterDesk[/\\]\d{4}-\d{2}-\d{2} EUobserver letter\.eml$/);
    expect(result).toEqual({
      ok: true,
      value: { status: 'opened', path, fileName: basename(path) },
    });
    const mail = await simpleParser(await readFile(path));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments).toHaveLength(1);
    expect((await readDocx(mail.attachments[0].content)).paragraphsText().join('\n')).toContain(
      'The Editor, EUobserver',
    );
  });

  it('replaces an earlier draft of the same letter', async () => {
    openPath.mockResolvedValue('');
    await emailDraft();
    const path = openPath.mock.calls[0][0];
    await writeFile(path, 'stale');
    await emailDraft();
    expect((await readFile(path, 'utf8')).startsWith('stale')).toBe(false);
  });

  it('says there is no mail program, and where the draft is, when the desktop cannot open it', async () => {
    openPath.mockResolvedValue('No application is registered as handling this file');
    const result = await emailDraft();
    const path = openPath.mock.calls[0][0];
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'export',
        message: expect.stringContaining('No mail program is set up to open email drafts on this computer'),
        wording: expect.objectContaining({
          id: 'error.mail.noMailProgram',
          values: { detail: 'No application is registered as handling this file', path },
        }),
      },
    });
    if (!result.ok) expect(result.error.message).toContain(`saved as ${path}`);
    // The draft is still there for the user to open by hand.
    expect((await simpleParser(await readFile(path))).attachments).toHaveLength(1);
  });
});
