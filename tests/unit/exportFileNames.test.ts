/**
 * One sanitiser for every exported file's name (core/exportFileName.ts): any
 * publication name gives a name every desktop file system takes and a download
 * header can carry, and each variant of one letter gets a name of its own.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileName, safeFileName, safeName } from '../../core/exportFileName';
import { EXPORT_VARIANTS } from '../../core/exportVariants';
import { newBlankLetter, type Letter } from '../../core/letter';
import { mailDraftFileName } from '../../electron/services/mailDraft';
import { contentDisposition } from '../../electron/server/contentDisposition';
import { startBrowserServer, type RunningServer } from '../../electron/server/browserServer';
import { saveDialogDeliver } from '../../electron/main/saveDialog';
import { json, serverClient } from '../helpers/browserServerClient';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

const letterFor = (publication: string): Letter => {
  const letter = newBlankLetter({ id: 'names', now: new Date('2020-05-08T10:00:00Z') });
  return { ...letter, date: '2020-05-08', fields: { ...letter.fields, publication } };
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** What every desktop file system and a download header accept. */
function expectSafe(name: string, extension: string) {
  expect(name).not.toMatch(LONE_SURROGATE);
  expect(() => encodeURIComponent(name)).not.toThrow();
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
  expect(name.endsWith(`.${extension}`)).toBe(true);
  const stem = name.slice(0, -extension.length - 1);
  expect(stem).not.toMatch(/^[.\s]|[.\s]$/);
  expect(stem.length).toBeGreaterThan(0);
  expect(stem).not.toMatch(WINDOWS_RESERVED);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
}

describe('export file names', () => {
  it('gives each variant of one letter its own name, one an officer recognises', () => {
    const letter = letterFor('EUobserver');
    const names = EXPORT_VARIANTS.map((variant) => exportFileName(letter, variant));
    expect(names).toEqual([
      '2020-05-08 EUobserver letter.docx',
      '2020-05-08 EUobserver letter (bilingual).docx',
      '2020-05-08 EUobserver 致函 (中文).docx',
    ]);
    for (const extension of ['pdf', 'eml'] as const) {
      const other = EXPORT_VARIANTS.map((variant) => exportFileName(letter, variant, extension));
      expect(new Set(other).size).toBe(3);
    }
    expect(mailDraftFileName(letter, 'bilingual')).toBe('2020-05-08 EUobserver letter (bilingual).eml');
  });

  it.each([
    ['an unpaired high surrogate', 'EU\uD800observer'],
    ['an unpaired low surrogate', '\uDC00EUobserver'],
    ['control characters and a line break', 'EU\u0000obs\r\nerver\u0007'],
    ['a right-to-left override hiding the extension', 'EUobserver\u202Excod.exe'],
    ['path separators', '../../etc/passwd\\..\\win.ini'],
    ['Windows-reserved characters', 'A<b>:c"d|e?f*g'],
    ['a Windows-reserved name', 'CON'],
    ['only dots and spaces', ' . . . '],
    ['a very long Chinese name', '欧盟观察家报'.repeat(100)],
    ['emoji at the cut', '📰'.repeat(200)],
  ])('makes a safe name from a publication with %s', (_, publication) => {
    for (const variant of EXPORT_VARIANTS) {
      for (const extension of ['docx', 'pdf', 'eml'] as const) {
        const name = exportFileName(letterFor(publication), variant, extension);
        expectSafe(name, extension);
        expect(name).toMatch(/^2020-05-08 /);
        expect(name).toMatch(variant === 'chinese' ? /致函 \(中文\)\.\w+$/ : /letter( \(bilingual\))?\.\w+$/);
      }
    }
  });

  it('makes a safe name and a header that never throws from any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectSafe(safeFileName(text, 'docx'), 'docx');
        expectSafe(safeName(`${text}.pdf`), 'pdf');
        const header = contentDisposition(`${text}.docx`);
        // A header value: printable ASCII only, and the encoded name decodes back to the safe one.
        expect(header).toMatch(/^[\x20-\x7E]+$/);
        const encoded = /filename\*=UTF-8''([^;]+)$/.exec(header)![1];
        expect(decodeURIComponent(encoded)).toBe(safeName(`${text}.docx`, 'download'));
      }),
      { numRuns: 200 },
    );
  });

  it('names the library file safely', () => {
    expect(safeFileName('letterdesk-library-2020-05-08', 'json')).toBe('letterdesk-library-2020-05-08.json');
  });
});

describe('every export path uses the safe name', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  let server: RunningServer;
  const { http, api } = serverClient(() => server);
  beforeEach(async () => {
    data = await makeDataDir();
    server = await startBrowserServer({ services: await openServices(data.dir), rendererDir: data.dir });
  });
  afterEach(async () => {
    await server.close();
    await data.cleanup();
  });

  it('browser mode: a publication with an unpaired surrogate downloads every variant and kind, each under its own name', async () => {
    const publication = 'EU\uD800observer/../x';
    const created = json(
      await api('letters.create', { templateId: REBUTTAL_TEMPLATE, fields: { publication } }),
    );
    const names = new Set<string>();
    for (const variant of EXPORT_VARIANTS) {
      for (const call of ['export.docx', 'export.email', 'export.pdf']) {
        if (call === 'export.email' && variant === 'chinese') continue;
        const reply = json(await api(call, { id: created.value.id, variant }));
        expect(reply.ok).toBe(true);
        names.add(reply.value.fileName);
        expectSafe(reply.value.fileName, reply.value.fileName.split('.').pop());
        if (call === 'export.pdf') continue;
        const file = await http('GET', reply.value.url);
        expect(file.status).toBe(200);
        const encoded = /filename\*=UTF-8''([^;]+)$/.exec(String(file.headers['content-disposition']))![1];
        expect(decodeURIComponent(encoded)).toBe(reply.value.fileName);
      }
    }
    expect(names.size).toBe(8);
  });

  it('the Electron save dialog suggests the safe name, inside Documents', async () => {
    let suggested = '';
    const deliver = saveDialogDeliver(async (options) => {
      suggested = options.defaultPath ?? '';
      return { canceled: true, filePath: '' };
    }, '/home/officer/Documents');
    await deliver({
      fileName: '../../.ssh/authorized_keys\uD800.docx',
      title: 't',
      bytes: new Uint8Array(),
      mimeType: 'x',
    });
    expect(suggested.startsWith(join('/home/officer/Documents', '/'))).toBe(true);
    expectSafe(suggested.slice('/home/officer/Documents/'.length), 'docx');
  });
});
