/**
 * Exports are reproducible: the same letter gives the same bytes whenever it
 * is exported, in every variant, so the DOCX attached to the email draft is the
 * file exported a minute earlier.
 */
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_VARIANTS } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { FIXTURE_LETTERS, loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import { linkNode } from '../helpers/letterDocs';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

const MINUTE = 60_000;
const settings = loadFixtureSettings('letterhead');

/** Some other export in between moves docx's process-wide counters on, as a busy session would. */
async function exportSomethingElse() {
  await buildLetterDocx(loadFixtureLetter('three-page'), 'bilingual', settings);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2024-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a DOCX export', () => {
  it('gives the same bytes for the same letter in every variant, whenever it is made', async () => {
    const linked: Letter = {
      ...loadFixtureLetter('formatting'),
      body: editorDoc([
        paragraphNode([linkNode('https://example.com/a', 'one'), textNode(' and ')]),
        paragraphNode([linkNode('https://example.com/b?x=1&y=2', 'two')]),
      ]),
    };
    const letters = [...FIXTURE_LETTERS.map((id) => loadFixtureLetter(id)), linked];
    for (const letter of letters) {
      for (const variant of EXPORT_VARIANTS) {
        const build = () => buildLetterDocx(letter, variant, settings);
        const first = await build().catch(() => null);
        if (!first) continue; // a Chinese export of a letter with no preface: nothing to compare
        vi.advanceTimersByTime(MINUTE + 1234);
        await exportSomethingElse();
        expect(Buffer.from(await build()).equals(Buffer.from(first)), `${letter.id} ${variant}`).toBe(true);
      }
    }
  });

  it('dates its file properties from the letter, not the clock', async () => {
    const letter = {
      ...loadFixtureLetter('euobserver-rebuttal'),
      createdAt: '2020-05-07T08:15:30.123Z',
      updatedAt: '2020-05-08T17:45:01.000Z',
    };
    const zip = await JSZip.loadAsync(await buildLetterDocx(letter, 'editor', settings));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dcterms:created [^>]*>2020-05-07T08:15:30Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2020-05-08T17:45:01Z<\/dcterms:modified>/);
    // Every entry of the package carries the same fixed date, not the time of the export.
    const dates = new Set(Object.values(zip.files).map((file) => file.date.getTime()));
    expect(dates.size).toBe(1);
    expect([...dates][0]).toBeLessThan(Date.UTC(1981, 0, 1));
  });
});

describe('the email draft', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  beforeEach(async () => {
    data = await makeDataDir();
  });
  afterEach(() => data.cleanup());

  it('attaches exactly the DOCX exported a minute earlier', async () => {
    const services = await openServices(data.dir);
    services.settings.update({ letterhead: { organisationEn: 'Embassy of Testland', revision: 0 } });
    const created = await services.letters.create(REBUTTAL_TEMPLATE, {
      publication: 'EUobserver',
      articleTitle: 'A misleading article',
      articleDate: '2020-05-06',
      lettersEmail: 'letters@euobserver.example',
    });
    const letter = await services.letters.save({
      ...created,
      body: editorDoc([paragraphNode([textNode('See '), linkNode('https://example.com/x', 'the report')])]),
    });
    for (const variant of ['editor', 'bilingual'] as const) {
      const exported = await services.exports.docx(letter.id, variant);
      vi.advanceTimersByTime(MINUTE);
      await exportSomethingElse();
      const draft = await services.exports.emailDraft(letter.id, variant);
      const mail = await simpleParser(Buffer.from(draft.bytes));
      const [attachment] = mail.attachments;
      expect(attachment.filename).toBe(exported.fileName);
      expect(attachment.content.equals(Buffer.from(exported.bytes)), variant).toBe(true);
    }
  });
});
