import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { exportFileName } from '../../core/exportFileName';
import type { Letter } from '../../core/letter';
import { defaultSettings, type AppSettings } from '../../core/settings';
import { appSettingsSchema } from '../../core/schemas/settings';
import { DOCX_MIME, type ExportFile } from '../../electron/services/docxExportFile';
import { composeMailDraft } from '../../electron/services/mailDraft';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { readDocx } from '../helpers/docxText';

const office: AppSettings = appSettingsSchema.parse({ letterhead: { email: 'press@embassy.example' } });

function fixture(changes: Partial<Letter['fields']> = {}): Letter {
  const letter = loadFixtureLetter('euobserver-rebuttal');
  return { ...letter, fields: { ...letter.fields, lettersEmail: 'letters@euobserver.example', ...changes } };
}

async function docxFor(
  letter: Letter,
  variant: 'editor' | 'bilingual',
  settings: AppSettings,
): Promise<ExportFile> {
  return {
    fileName: exportFileName(letter, variant),
    title: letter.title,
    bytes: await buildLetterDocx(letter, variant, settings),
    mimeType: DOCX_MIME,
  };
}

async function draft(
  letter: Letter,
  settings: AppSettings,
  variant: 'editor' | 'bilingual' = 'editor',
  letterInBody?: boolean,
) {
  const docx = await docxFor(letter, variant, settings);
  const file = await composeMailDraft({ letter, settings, docx, letterInBody });
  return { docx, file, mail: await simpleParser(Buffer.from(file.bytes)) };
}

const address = (field: ParsedMail['to'] | ParsedMail['from']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address));

describe('the email draft to the letters editor', () => {
  it('is a draft addressed to the letters editor, from the office, about the article', async () => {
    const { file, mail } = await draft(fixture(), office);
    expect(file.fileName).toBe('2020-05-08 EUobserver letter.eml');
    expect(file.mimeType).toBe('message/rfc822');
    expect(address(mail.to)).toEqual(['letters@euobserver.example']);
    expect(address(mail.from)).toEqual(['press@embassy.example']);
    expect(mail.subject).toBe('Letter to the editor: Beijing accused of scientific spying in Brussels labs');
    // Outlook and Thunderbird open a message with this header as a draft to send.
    expect(mail.headers.get('x-unsent')).toBe('1');
  });

  it('carries a covering note, then the letter itself, as text and as HTML', async () => {
    const { mail } = await draft(fixture(), office);
    const text = mail.text ?? '';
    expect(text.startsWith('Dear Editor,\n\nPlease find below a letter to the editor')).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'in response to the article “Beijing accused of scientific spying in Brussels labs”, published in EUobserver on 6 May 2020. We would be grateful if you would consider it for publication.',
    );
    expect(text).toContain('\n\nZhang Mingyuan\nPress Counsellor\nEmbassy of China in Belgium\n\n---');
    // Below the note: the letter from its salutation to its signatory.
    expect(text.indexOf('Dear Sir/Madame,')).toBeGreaterThan(text.indexOf('Please find below'));
    expect(
      text
        .trimEnd()
        .endsWith('Yours sincerely,\n\nZhang Mingyuan\nPress Counsellor\nEmbassy of China in Belgium'),
    ).toBe(true);
    const html = String(mail.html);
    expect(html).toContain('<p>Dear Editor,</p>');
    expect(html).toContain('<p>Dear Sir/Madame,</p>');
    expect(html).not.toMatch(/<script/i);
  });

  it('attaches exactly the DOCX it was given', async () => {
    const { docx, mail } = await draft(fixture(), office, 'bilingual');
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment.filename).toBe('2020-05-08 EUobserver letter (bilingual).docx');
    expect(attachment.contentType).toBe(DOCX_MIME);
    expect(Buffer.compare(attachment.content, Buffer.from(docx.bytes))).toBe(0);
    const text = (await readDocx(attachment.content)).paragraphsText().join('\n');
    expect(text).toContain('Dear Sir/Madame,');
  });

  it('leaves out what the letter does not know instead of inventing it', async () => {
    const letter = fixture({ lettersEmail: '', articleTitle: '', articleDate: '' });
    const { mail } = await draft(letter, defaultSettings());
    expect(mail.to).toBeUndefined();
    expect(mail.from).toBeUndefined();
    expect(mail.subject).toBe('Letter to the editor: EUobserver');
    expect((mail.text ?? '').replace(/\s+/g, ' ')).toContain(
      'in response to your recent article, published in EUobserver. We would be grateful',
    );
  });

  it('for a paper that wants the letter in the body, puts it below the note and attaches the DOCX as a courtesy', async () => {
    const { mail } = await draft(fixture(), office, 'editor', true);
    const text = (mail.text ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('The text of the letter follows below; it is also attached as a Word document');
    expect(text).toContain('Yours sincerely,');
    expect(String(mail.html)).toContain('<p>Dear Sir/Madame,</p>');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['2020-05-08 EUobserver letter.docx']);
  });

  it('for a paper that wants an attachment, says the letter is attached and leaves its text out', async () => {
    const { mail } = await draft(fixture(), office, 'editor', false);
    const text = (mail.text ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Please find attached a letter to the editor');
    expect(text).toContain('The letter is attached as a Word document.');
    expect(text).not.toContain('follows below');
    expect(text).not.toContain('Dear Sir/Madame,');
    expect(String(mail.html)).not.toContain('Dear Sir/Madame,');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['2020-05-08 EUobserver letter.docx']);
  });
});
