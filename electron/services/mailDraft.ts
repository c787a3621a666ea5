/**
 * The email to the letters editor, as an RFC 5322 draft (.eml) any mail
 * program opens: addressed to the paper's letters address, a short covering
 * note, and the DOCX attached. Most papers want the letter pasted into the
 * email, so by default its text follows the note and the DOCX is a courtesy;
 * for a paper that asks for an attachment the note says it is attached. `X-Unsent: 1` makes Outlook and Thunderbird open it as a
 * draft to edit and send, not as a received message.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { formatDateEnglish } from '../../core/dates';
import { exportFileName } from '../../core/exportFileName';
import type { ExportVariant } from '../../core/exportVariants';
import { displayTitle, type Letter } from '../../core/letter';
import { escapeHtml, letterToHtmlFragment } from '../../core/letterHtml';
import { letterToPlainText, wrapLine } from '../../core/letterText';
import type { AppSettings } from '../../core/settings';
import { signatoryLines } from '../../core/signatory';
import type { ExportFile } from './docxExportFile';

export const EML_MIME = 'message/rfc822';

export interface MailDraftInput {
  letter: Letter;
  settings: AppSettings;
  /** The DOCX to attach, exactly as it would be exported. */
  docx: ExportFile;
  /** Whether the letter's text goes in the email body (the publication's `letterInEmailBody`). */
  letterInBody?: boolean;
  /** Which DOCX is attached; the draft is named after it, so two drafts never overwrite each other. */
  variant?: ExportVariant;
}

export function mailSubject(letter: Letter): string {
  return `Letter to the editor: ${letter.fields.articleTitle.trim() || displayTitle(letter)}`;
}

/** The covering note's paragraphs: greeting, request, and the sender's lines. */
export function coveringNote(letter: Letter, settings: AppSettings, letterInBody = true): string[][] {
  const { articleTitle, articleDate, publication } = letter.fields;
  const article = articleTitle.trim() ? `the article “${articleTitle.trim()}”` : 'your recent article';
  const published = [
    publication.trim() ? `in ${publication.trim()}` : '',
    articleDate ? `on ${formatDateEnglish(articleDate, settings.houseStyle.dateFormat)}` : '',
  ].filter(Boolean);
  const opening = letterInBody
    ? `Please find below a letter to the editor in response to ${article}`
    : `Please find attached a letter to the editor in response to ${article}`;
  const where = letterInBody
    ? ' The text of the letter follows below; it is also attached as a Word document for your convenience.'
    : ' The letter is attached as a Word document.';
  const request =
    opening +
    (published.length ? `, published ${published.join(' ')}` : '') +
    '. We would be grateful if you would consider it for publication.' +
    where;
  const sender = signatoryLines(letter.signatory);
  return [['Dear Editor,'], [request], ...(sender.length ? [sender] : [])];
}

function draftText(letter: Letter, settings: AppSettings, letterInBody: boolean): string {
  const note = coveringNote(letter, settings, letterInBody)
    .map((lines) => lines.flatMap((line) => wrapLine(line)).join('\n'))
    .join('\n\n');
  if (!letterInBody) return `${note}\n`;
  return `${note}\n\n${'-'.repeat(24)}\n\n${letterToPlainText(letter, settings)}\n`;
}

function draftHtml(letter: Letter, settings: AppSettings, letterInBody: boolean): string {
  const note = coveringNote(letter, settings, letterInBody)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head><body>',
    note,
    ...(letterInBody ? ['<hr>', letterToHtmlFragment(letter, settings)] : []),
    '</body></html>',
  ].join('\n');
}

/** "2020-05-08 EUobserver letter.eml", named like the DOCX it carries. */
export function mailDraftFileName(letter: Letter, variant: ExportVariant = 'editor'): string {
  return exportFileName(letter, variant, 'eml');
}

export async function composeMailDraft({
  letter,
  settings,
  docx,
  letterInBody = true,
  variant = 'editor',
}: MailDraftInput): Promise<ExportFile> {
  const to = letter.fields.lettersEmail.trim();
  const from = settings.letterhead.email.trim();
  const composer = new MailComposer({
    ...(to ? { to } : {}),
    ...(from ? { from } : {}),
    subject: mailSubject(letter),
    headers: { 'X-Unsent': '1' },
    text: draftText(letter, settings, letterInBody),
    html: draftHtml(letter, settings, letterInBody),
    attachments: [{ filename: docx.fileName, content: Buffer.from(docx.bytes), contentType: docx.mimeType }],
  });
  const bytes = await composer.compile().build();
  return {
    fileName: mailDraftFileName(letter, variant),
    title: displayTitle(letter),
    bytes: new Uint8Array(bytes),
    mimeType: EML_MIME,
  };
}
