/**
 * The whole reading of a DOCX into a letter's parts and a report of what the
 * file held that a letter cannot hold as it was (docxImport.ts). Main process,
 * CLI and Node only: mammoth and happy-dom are loaded on the first import, so
 * nothing else pays for them, and the page never loads this.
 *
 * 1. openDocx (docxPackage.ts): the file's checks, its parts inflated with a cap;
 *    readInventory (docxInventory.ts): tracked changes, tables, text boxes,
 *    pictures, notes and Word comments with their anchor text.
 * 2. docxToHtml.ts: mammoth's HTML, LetterDesk's own styles as `ld-*` classes.
 * 3. htmlToEditorDocs.ts: the editor's paste path, block by block.
 * 4. recogniseParts.ts: the preface, the English letter and the fixed lines.
 * 5. anchorComments.ts: Word comments as comment threads on their text.
 */
import type { CommentThread } from '../comments/thread';
import { editorDoc, emptyDoc, headingNode, paragraphNode, type EditorDoc } from '../editorDoc';
import { anchorComments } from './anchorComments';
import type { DocxImport, ImportDocxOptions, ImportReport } from './docxImport';
import { readInventory } from './docxInventory';
import { openDocx, type DocxInventory } from './docxPackage';
import { docxToHtml } from './docxToHtml';
import { htmlToBlocks } from './htmlToEditorDocs';
import { recogniseParts } from './recogniseParts';

const newUuid = () => globalThis.crypto.randomUUID();

/**
 * The whole import: the file's checks (an ImportProblem, worded for the user,
 * when it cannot be read), its inventory, and its letter.
 */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions): Promise<DocxImport> {
  const inventory = readInventory(openDocx(bytes));
  return readDocxLetter(bytes, inventory, options);
}

/**
 * The letter in a DOCX that has passed the checks, with its inventory: the
 * part of the import that reads the text. `importDocx` is the whole of it.
 */
export async function readDocxLetter(
  bytes: Uint8Array,
  inventory: DocxInventory,
  options: ImportDocxOptions,
): Promise<DocxImport> {
  const { html } = await docxToHtml(bytes);
  const { withDOM } = await import('@lexical/headless/dom');
  const parts = recogniseParts(
    withDOM(() => htmlToBlocks(html)),
    options.settings.houseStyle.dateFormat,
  );

  // Sides left empty are a new letter's: the preface opens with its (empty) headline.
  const docs: { preface: EditorDoc; body: EditorDoc } = {
    preface: parts.preface.length
      ? editorDoc(parts.preface)
      : editorDoc([headingNode('h1', []), paragraphNode([])]),
    body: parts.body.length ? editorDoc(parts.body) : emptyDoc(),
  };
  let comments: CommentThread[] = [];
  let anchored = 0;
  if (inventory.comments.length) {
    const marked = anchorComments(docs, inventory.comments, {
      now: options.now,
      newId: options.newId ?? newUuid,
    });
    docs.preface = marked.preface;
    docs.body = marked.body;
    comments = marked.comments;
    anchored = marked.anchored;
  }

  const report: ImportReport = {
    trackedChanges: inventory.trackedChanges,
    comments: { found: inventory.comments.length, anchored },
    tables: inventory.tables,
    textBoxes: inventory.textBoxes,
    images: inventory.images,
    notes: inventory.notes,
    recognised: parts.recognised,
  };
  const { title, date, place, addressee, salutation, closing, signatory } = parts;
  return {
    letter: {
      title,
      ...docs,
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
      ...(addressee ? { addressee } : {}),
      ...(salutation ? { salutation } : {}),
      ...(closing ? { closing } : {}),
      ...(signatory ? { signatory } : {}),
      comments,
    },
    report,
  };
}
