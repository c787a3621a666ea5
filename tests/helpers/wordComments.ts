/**
 * Adds a Word comment part to a DOCX opened with JSZip, as Word writes one: the
 * comment in word/comments.xml, its relationship and its content type. The
 * caller puts the comment's range and reference into document.xml.
 */
import type JSZip from 'jszip';

export interface AddedComment {
  /** The w:id used by the range and reference in document.xml. */
  id: number;
  author: string;
  date: string;
  initials: string;
  text: string;
}

export async function addWordComment(zip: JSZip, comment: AddedComment): Promise<void> {
  const { id, author, date, initials, text } = comment;
  zip.file(
    'word/comments.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="${initials}">` +
      `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>` +
      '</w:comments>',
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdReviewComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
    ),
  );
}
