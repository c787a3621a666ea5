/**
 * The redline export through the contract, on real services over a temp data
 * folder (conf, not electron-store): between two versions or a version and
 * the current text, credited to the newer version's author (or the user) at
 * its time, named like the export plus "– redline", with the letter's open
 * comments; saved like export.docx; and never kept as a handout.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newThread } from '../../core/comments/threadEdits';
import { editorDoc, paragraphNode, textNode, type SerializedNode, markNode } from '../../core/editorDoc';
import { redlineFileName } from '../../core/exportFileName';
import type { ExportResult } from '../../core/contract';
import type { Letter } from '../../core/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Transport } from '../../electron/api/handlers';
import type { ExportFile } from '../../electron/services/docxExportFile';
import { UserFacingError } from '../../electron/services/errors';
import { makeDataDir, openServices } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { documentXml, tracked } from '../helpers/trackedChanges';
import JSZip from 'jszip';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let clock: number;
const now = () => new Date(clock);
beforeEach(async () => {
  data = await makeDataDir();
  clock = Date.parse('2026-11-30T08:00:00Z');
});
afterEach(() => data.cleanup());

const mark = (ids: string[], text: string): SerializedNode => markNode(ids, [textNode(text)]);

const withBody = (letter: Letter, ...children: SerializedNode[]): Letter => ({
  ...letter,
  body: editorDoc([paragraphNode(children)]),
});

/** A letter with a named version, one more, and a current text after them. */
async function threeTexts() {
  const services = await openServices(data.dir, now);
  services.settings.update({ ui: { ...services.settings.get().ui, yourName: 'Li Ming' } });
  let letter = await services.letters.create(null);
  letter = await services.letters.save({
    ...withBody(letter, textNode('The ports are open to all.')),
    fields: { ...letter.fields, publication: 'EUobserver' },
    date: '2026-11-30',
  });
  clock += 60_000;
  const first = await services.history.saveVersion(letter.id, 'First');
  clock += 60_000;
  letter = await services.letters.save(withBody(letter, textNode('The harbours are open to all.')));
  const second = await services.history.saveVersion(letter.id, 'Second');
  clock += 60_000;
  letter = await services.letters.save({
    ...withBody(letter, textNode('The harbours are '), mark(['t1'], 'open'), textNode(' to every investor.')),
    comments: [
      newThread({
        id: 't1',
        commentId: 'c1',
        side: 'body',
        quote: 'open',
        text: 'Really open?',
        author: 'Wang Lei',
        now: '2026-11-30T08:03:00.000Z',
      }),
    ],
  });
  return { services, letter, first, second };
}

/** A transport that keeps the file it was given, as a save dialog would. */
function keeping() {
  const files: ExportFile[] = [];
  const saveFile = async (file: ExportFile): Promise<ExportResult> => {
    files.push(file);
    return { status: 'saved', path: `/tmp/${file.fileName}`, fileName: file.fileName };
  };
  const transport: Transport = { ...CANCELLING_TRANSPORT, saveFile };
  return { files, transport };
}

describe('export.redline', () => {
  it('redlines a version against the current text, credited to the user at the last save, with the open comments', async () => {
    const { services, letter, first } = await threeTexts();
    const { files, transport } = keeping();
    const result = await dispatch(createHandlers(services, transport), 'export.redline', {
      letterId: letter.id,
      olderVersionId: first.id,
      newerVersionId: null,
      variant: 'editor',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'saved', fileName: '2026-11-30 EUobserver letter – redline.docx' },
    });
    const xml = await documentXml(files[0]!.bytes);
    expect(
      tracked(xml, 'del')
        .map((d) => d.text)
        .join('|'),
    ).toContain('ports');
    expect(
      tracked(xml, 'ins')
        .map((i) => i.text)
        .join('|'),
    ).toContain('harbours');
    expect(
      tracked(xml, 'ins')
        .map((i) => i.text)
        .join('|'),
    ).toContain('every');
    for (const change of tracked(xml, 'ins')) {
      expect(change.attributes).toContain('w:author="Li Ming"');
      expect(change.attributes).toContain(`w:date="${letter.updatedAt.replace(/\.\d{3}Z$/, 'Z')}"`);
    }
    const comments = await (
      await JSZip.loadAsync(files[0]!.bytes)
    )
      .file('word/comments.xml')!
      .async('string');
    expect(comments).toContain('Really open?');
    expect(comments).toContain('w:author="Wang Lei"');
  });

  it('redlines two versions, credited to whoever kept the newer one, at its time', async () => {
    const { services, letter, first, second } = await threeTexts();
    services.settings.update({ ui: { ...services.settings.get().ui, yourName: 'Someone Else' } });
    const { files, transport } = keeping();
    await dispatch(createHandlers(services, transport), 'export.redline', {
      letterId: letter.id,
      olderVersionId: first.id,
      newerVersionId: second.id,
      variant: 'bilingual',
    });
    const xml = await documentXml(files[0]!.bytes);
    const inserted = tracked(xml, 'ins');
    expect(inserted.map((i) => i.text).join('|')).toContain('harbours');
    expect(inserted.map((i) => i.text).join('|')).not.toContain('every');
    expect(inserted[0]!.attributes).toContain(`w:author="${second.author}"`);
    expect(second.author).toBe('Li Ming');
    expect(inserted[0]!.attributes).toContain(`w:date="${second.createdAt.replace(/\.\d{3}Z$/, 'Z')}"`);
    expect(files[0]!.fileName).toBe('2026-11-30 EUobserver letter (bilingual) – redline.docx');
  });

  it('keeps no version, saved or cancelled: a redline is not a handout', async () => {
    const { services, letter, first } = await threeTexts();
    const before = (await services.history.list(letter.id)).versions.map((v) => v.id);
    const input = {
      letterId: letter.id,
      olderVersionId: first.id,
      newerVersionId: null,
      variant: 'editor',
    } as const;
    await dispatch(createHandlers(services, keeping().transport), 'export.redline', input);
    expect(await dispatch(createHandlers(services, CANCELLING_TRANSPORT), 'export.redline', input)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect((await services.history.list(letter.id)).versions.map((v) => v.id)).toEqual(before);
  });

  it('refuses a version that is not there, and bad input', async () => {
    const { services, letter } = await threeTexts();
    const handlers = createHandlers(services, keeping().transport);
    await expect(
      services.redline.file(letter.id, '20260101T000000000-deadbeef', null, 'editor'),
    ).rejects.toBeInstanceOf(UserFacingError);
    for (const input of [
      { letterId: letter.id, olderVersionId: '../x', newerVersionId: null, variant: 'editor' },
      {
        letterId: letter.id,
        olderVersionId: '20260101T000000000-deadbeef',
        newerVersionId: null,
        variant: 'pdf',
      },
    ]) {
      expect(await dispatch(handlers, 'export.redline', input as never)).toMatchObject({ ok: false });
    }
  });
});

describe('redline file names', () => {
  const letter = { date: '2020-05-08', fields: { publication: 'EUobserver' } } as Letter;
  it('adds "– redline" to the export’s name, in Chinese for the Chinese-only variant', () => {
    expect(redlineFileName(letter, 'editor')).toBe('2020-05-08 EUobserver letter – redline.docx');
    expect(redlineFileName(letter, 'chinese')).toBe('2020-05-08 EUobserver 致函 (中文) – 修订版.docx');
    const long = { ...letter, fields: { publication: 'P'.repeat(400) } } as Letter;
    expect(redlineFileName(long, 'bilingual')).toMatch(/letter \(bilingual\) – redline\.docx$/);
  });
});
