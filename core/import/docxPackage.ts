/**
 * A DOCX file that passed the import's checks (docxChecks.ts), opened once:
 * its parts are inflated with a cap on their real size, so a zip bomb is
 * refused before any reader sees it. mammoth reads `bytes` again for the text;
 * the inventory (docxInventory.ts) and the Word comments (wordComments.ts)
 * read the parts.
 */

export interface DocxPackage {
  /** The file as given. */
  bytes: Uint8Array;
  /** The text of one part, e.g. 'word/document.xml'; undefined when the file has none. */
  part(path: string): string | undefined;
}

/** One reply or comment as Word keeps it. */
export interface WordCommentEntry {
  author: string;
  /** ISO time, when the file gives one. */
  date?: string;
  text: string;
}

/** A Word comment: its text, the text it was made on (its anchor) and its replies. */
export interface WordComment extends WordCommentEntry {
  /** The comment's id in the file (w:id). */
  id: string;
  /** The document text between its range start and end, '' when it marks a point. */
  anchor: string;
  /** Replies (Word's commentsExtended.xml), oldest first. */
  replies: WordCommentEntry[];
  /** Word's "resolved" (done) flag. */
  resolved: boolean;
}

/** What the file holds that a letter cannot hold as it was, counted for the import's report. */
export interface DocxInventory {
  trackedChanges: { insertions: number; deletions: number };
  tables: number;
  textBoxes: number;
  images: number;
  notes: number;
  comments: WordComment[];
}
