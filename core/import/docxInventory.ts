/**
 * What a DOCX holds that a letter cannot hold as it was, counted for the
 * import's report (ImportReport): tracked changes, tables, text boxes,
 * pictures, notes, and the Word comments (wordComments.ts).
 *
 * Counted in the main document, and for tracked changes also in the notes;
 * anything inside mc:Fallback is a copy of its mc:Choice and not counted.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { MAIN_DOCUMENT } from './docxChecks';
import { partXml, type DocxInventory, type DocxPackage } from './docxPackage';
import { readWordComments } from './wordComments';
import { ancestor, elements, is, VML, W } from './wordXml';

/** A file holding nothing the import would report. */
export const emptyInventory = (): DocxInventory => ({
  trackedChanges: { insertions: 0, deletions: 0 },
  tables: 0,
  textBoxes: 0,
  images: 0,
  notes: 0,
  comments: [],
});

export function readInventory(pkg: DocxPackage): DocxInventory {
  const doc = partXml(pkg, MAIN_DOCUMENT);
  if (!doc) return emptyInventory();
  const withNotes = [doc, partXml(pkg, 'word/footnotes.xml'), partXml(pkg, 'word/endnotes.xml')].filter(
    (part): part is Document => part !== undefined,
  );
  const count = (kinds: string[]) => withNotes.reduce((sum, part) => sum + trackedChanges(part, kinds), 0);
  return {
    trackedChanges: { insertions: count(['ins', 'moveTo']), deletions: count(['del', 'moveFrom']) },
    // A table inside a table is part of it: to the reader it is one table.
    tables: elements(doc, W, 'tbl').filter((table) => !ancestor(table, W, 'tbl')).length,
    textBoxes: elements(doc, W, 'txbxContent').length,
    images: pictures(doc),
    notes: elements(doc, W, 'footnoteReference').length + elements(doc, W, 'endnoteReference').length,
    comments: readWordComments(pkg),
  };
}

/**
 * Tracked changes of the given kinds (w:ins and w:moveTo, or w:del and
 * w:moveFrom), each change element once. A paragraph mark's own change
 * (w:pPr/w:rPr/w:ins: a paragraph inserted, or split by a tracked Enter) is
 * counted only when none of its paragraph's runs has a change of that kind:
 * an inserted paragraph is one insertion, not two. Formatting changes
 * (w:rPrChange, w:pPrChange) and table row marks (w:trPr) change no text
 * and are not counted.
 */
function trackedChanges(part: Document, kinds: string[]): number {
  const changes = kinds.flatMap((kind) => elements(part, W, kind));
  const runLevel = changes.filter(
    (change) => !is(change.parentNode, W, 'rPr') && !is(change.parentNode, W, 'trPr'),
  );
  const paragraphsWithRunChanges = new Set(runLevel.map((change) => ancestor(change, W, 'p')));
  const marks = changes.filter((change) => {
    const rPr = change.parentNode;
    if (!is(rPr, W, 'rPr') || !is(rPr?.parentNode ?? null, W, 'pPr')) return false;
    return !paragraphsWithRunChanges.has(ancestor(change, W, 'p'));
  });
  return runLevel.length + marks.length;
}

/**
 * Pictures and drawings: every DrawingML w:drawing that is not a text box
 * (pictures, charts, shapes), and every VML w:pict that shows an image
 * (v:imagedata) — a w:pict may also be a legacy text box or a horizontal
 * rule (pandoc writes one for "---"), which are not pictures.
 */
function pictures(doc: Document): number {
  const holdsTextBox = (el: Element) => el.getElementsByTagNameNS(W, 'txbxContent').length > 0;
  const drawings = elements(doc, W, 'drawing').filter((drawing) => !holdsTextBox(drawing));
  const vml = elements(doc, W, 'pict').filter(
    (pict) => !holdsTextBox(pict) && pict.getElementsByTagNameNS(VML, 'imagedata').length > 0,
  );
  return drawings.length + vml.length;
}
