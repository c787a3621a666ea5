/**
 * What an imported DOCX makes of a letter: a new letter (a blank letter with
 * the parts the import recognised), or the next version of a stored letter
 * (its text and the recognised parts replaced, the rest as it was). Pure: the
 * import service (electron/services/import) stores the result.
 */
import { applyEdit } from '../approval';
import { withoutMarks } from '../comments/withoutComments';
import type { EditorDoc } from '../editorDoc';
import { LETTER_TITLE_MAX, type Letter } from '../letter';
import type { Signatory } from '../signatory';
import type { ImportedLetter } from './docxImport';
import { mergeImportedThreads } from './mergeImportedThreads';

export interface ApplyOptions {
  /** Makes ids for a signatory not in Settings and for comment threads whose id is taken. */
  newId: () => string;
  /** The signatories in Settings: one with the imported English name is taken whole (with its Chinese lines). */
  profiles: readonly Signatory[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The letter's signatory for the imported lines: a known person, else a new one with only English lines. */
function signatoryFor(
  lines: Omit<Signatory, 'id'>,
  current: Signatory | null,
  { newId, profiles }: ApplyOptions,
): Signatory {
  if (current && sameName(current.nameEn, lines.nameEn)) {
    // The same person: what the file says of them (a new title) wins, what it leaves out stays.
    return {
      ...current,
      titleEn: lines.titleEn.trim() || current.titleEn,
      organisationEn: lines.organisationEn.trim() || current.organisationEn,
    };
  }
  const known = profiles.find((profile) => profile.nameEn.trim() && sameName(profile.nameEn, lines.nameEn));
  if (known) return { ...known };
  return { ...lines, id: newId() };
}

/** The letter's title from a file name: "Reply to Le Soir.docx" → "Reply to Le Soir". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.docx$/i, '').trim();
}

function cut(text: string, max: number): string {
  let out = '';
  for (const char of text.trim()) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trimEnd();
}

/** The recognised fields the import gave (fields it did not give are absent, so they keep what they were). */
function recognisedFields(
  imported: ImportedLetter,
  current: Signatory | null,
  options: ApplyOptions,
): Partial<Letter> {
  return {
    ...(imported.date ? { date: imported.date } : {}),
    ...(imported.place ? { place: imported.place } : {}),
    ...(imported.addressee !== undefined ? { addressee: imported.addressee } : {}),
    ...(imported.salutation !== undefined ? { salutation: imported.salutation } : {}),
    ...(imported.closing !== undefined ? { closing: imported.closing } : {}),
    ...(imported.signatory ? { signatory: signatoryFor(imported.signatory, current, options) } : {}),
  };
}

/**
 * A new letter from the import: `blank` is a new letter (newBlankLetter, with
 * the default signatory), which keeps whatever the file did not give.
 */
export function newLetterFromImport(
  blank: Letter,
  imported: ImportedLetter,
  fileName: string,
  options: ApplyOptions,
): Letter {
  const title = cut(imported.title || titleFromFileName(fileName), LETTER_TITLE_MAX);
  return {
    ...blank,
    ...recognisedFields(imported, blank.signatory, options),
    title,
    preface: imported.preface,
    body: imported.body,
    comments: imported.comments,
  };
}

const sameText = (a: EditorDoc, b: EditorDoc) =>
  JSON.stringify(withoutMarks(a)) === JSON.stringify(withoutMarks(b));

/**
 * The stored letter with the imported text and recognised parts. Its title,
 * publication and other facts stay; a side whose text changed goes back to
 * draft, as an edit would; comments are merged (mergeImportedThreads.ts).
 */
export function versionFromImport(
  stored: Letter,
  imported: ImportedLetter,
  options: ApplyOptions,
): { letter: Letter; reanchored: number; added: number } {
  const merged = mergeImportedThreads(
    stored.comments ?? [],
    { threads: imported.comments, preface: imported.preface, body: imported.body },
    options.newId,
  );
  let approval = stored.approval;
  // The English letter first: its change marks an approved preface stale, which a changed preface then settles.
  if (!sameText(stored.body, merged.body)) approval = applyEdit(approval, 'body');
  if (!sameText(stored.preface, merged.preface)) approval = applyEdit(approval, 'preface');
  return {
    letter: {
      ...stored,
      ...recognisedFields(imported, stored.signatory, options),
      preface: merged.preface,
      body: merged.body,
      comments: merged.threads,
      approval,
    },
    reanchored: merged.reanchored,
    added: merged.added,
  };
}
