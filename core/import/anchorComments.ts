/**
 * Word comments (the inventory's, wordComments.ts) as LetterDesk comment
 * threads. Each comment's anchor text is looked for in the imported letter,
 * the Chinese preface first, then the English letter, as the file orders
 * them; the first occurrence gets a mark (`$wrapSelectionInMarkNode`, as the
 * editor's comment command makes one; one per paragraph when it spans several)
 * with a new thread id. A comment whose anchor is not found (it was on a part
 * the import moved out of the text, such as the salutation, on text a tracked
 * deletion removed, or it marked a point) is not dropped: it becomes a detached thread
 * on the side its anchor is written in, quote = the anchor, which the
 * comments panel shows as "original text deleted".
 */
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import {
  COMMENT_TEXT_MAX,
  COMMENTS_PER_THREAD_MAX,
  THREADS_MAX,
  type Comment,
  type CommentThread,
} from '../comments/thread';
import { threadQuote } from '../comments/threadEdits';
import type { EditorDoc } from '../editorDoc';
import { stripInvalidXmlChars } from '../sanitize';
import type { Side } from '../sides';
import type { WordComment, WordCommentEntry } from './docxPackage';
import { headlessEditor } from './htmlToEditorDocs';
import { isChinese } from './recogniseParts';

export interface AnchoredComments {
  preface: EditorDoc;
  body: EditorDoc;
  comments: CommentThread[];
  /** How many found their text and carry a mark. */
  anchored: number;
}

/** Stored limits (schemas/comment.ts): an author's name, and a time. */
const AUTHOR_MAX = 200;

/** The text pieces of one paragraph (or heading, quote, list item) with where each starts in its text. */
interface Run {
  node: TextNode | null;
  start: number;
  text: string;
}

/** The blocks holding text directly, each with its text and its runs, in reading order. */
function $textBlocks(): Array<{ text: string; runs: Run[] }> {
  const blocks: Array<{ text: string; runs: Run[] }> = [];
  const visit = (element: ElementNode) => {
    const runs: Run[] = [];
    let text = '';
    const collect = (parent: ElementNode) => {
      for (const child of parent.getChildren()) {
        if ($isTextNode(child)) {
          runs.push({ node: child, start: text.length, text: child.getTextContent() });
          text += child.getTextContent();
        } else if ($isLineBreakNode(child)) {
          runs.push({ node: null, start: text.length, text: '\n' });
          text += '\n';
        } else if ($isElementNode(child) && child.isInline()) collect(child);
        else if ($isElementNode(child)) visit(child);
      }
    };
    collect(element);
    if (text) blocks.push({ text, runs });
  };
  for (const child of $getRoot().getChildren()) if ($isElementNode(child)) visit(child);
  return blocks;
}

/** Where offset `at` of a block's text falls: a text node and the offset in it. */
function pointAt(runs: Run[], at: number, end: boolean): { node: TextNode; offset: number } | null {
  for (const run of runs) {
    if (!run.node) continue;
    const inside = end
      ? at > run.start && at <= run.start + run.text.length
      : at >= run.start && at < run.start + run.text.length;
    if (inside) return { node: run.node, offset: at - run.start };
  }
  return null;
}

/**
 * Marks the first occurrence of `anchor` with `threadId`; false when the text is not there. The
 * blocks are searched as one text, a line break between each, as the inventory joins an anchor's
 * paragraphs: a comment on several paragraphs gets a mark in each, as a selection across them
 * would in the editor.
 */
function $markFirst(anchor: string, threadId: string): boolean {
  const blocks = $textBlocks();
  const starts: number[] = [];
  let joined = '';
  for (const block of blocks) {
    if (starts.length) joined += '\n';
    starts.push(joined.length);
    joined += block.text;
  }
  const locate = (offset: number, end: boolean) => {
    const index = blocks.findIndex((block, i) =>
      end
        ? offset > starts[i] && offset <= starts[i] + block.text.length
        : offset >= starts[i] && offset < starts[i] + block.text.length,
    );
    return index < 0 ? null : pointAt(blocks[index].runs, offset - starts[index], end);
  };
  for (let at = joined.indexOf(anchor); at >= 0; at = joined.indexOf(anchor, at + 1)) {
    const from = locate(at, false);
    const to = locate(at + anchor.length, true);
    if (!from || !to) continue;
    const selection = $createRangeSelection();
    selection.anchor.set(from.node.getKey(), from.offset, 'text');
    selection.focus.set(to.node.getKey(), to.offset, 'text');
    $wrapSelectionInMarkNode(selection, false, threadId);
    return true;
  }
  return false;
}

function loaded(editor: LexicalEditor, doc: EditorDoc): void {
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
}

/**
 * The anchor as the imported text has it: invalid characters gone, white space read as the HTML
 * import reads it (a tab or a run of spaces as one space, none around a paragraph break).
 */
const anchorText = (anchor: string) =>
  stripInvalidXmlChars(anchor)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();

/** A file's time as the app stores times; null when it gives none, or one no ISO time can hold. */
function isoTime(date: string | undefined): string | null {
  const time = date ? Date.parse(date) : NaN;
  if (Number.isNaN(time)) return null;
  try {
    return new Date(time).toISOString();
  } catch {
    return null; // beyond year 9999 (toISOString throws there)
  }
}

function commentOf(entry: WordCommentEntry, id: string, now: string): Comment | null {
  const text = stripInvalidXmlChars(entry.text).trim().slice(0, COMMENT_TEXT_MAX);
  if (!text) return null;
  const author = stripInvalidXmlChars(entry.author).trim().slice(0, AUTHOR_MAX);
  return { id, author, createdAt: isoTime(entry.date) ?? now, text };
}

export function anchorComments(
  docs: { preface: EditorDoc; body: EditorDoc },
  wordComments: readonly WordComment[],
  options: { now: Date; newId: () => string },
): AnchoredComments {
  const now = options.now.toISOString();
  const editors = { preface: headlessEditor(), body: headlessEditor() };
  loaded(editors.preface, docs.preface);
  loaded(editors.body, docs.body);
  const comments: CommentThread[] = [];
  let anchored = 0;
  for (const word of wordComments) {
    // A letter holds at most THREADS_MAX threads (schemas/letter.ts); the rest stay counted as found.
    if (comments.length >= THREADS_MAX) break;
    const entries = [word, ...word.replies]
      .map((entry) => commentOf(entry, options.newId(), now))
      .filter((comment): comment is Comment => comment !== null)
      .slice(0, COMMENTS_PER_THREAD_MAX);
    // A comment with no words cannot be stored (schemas/comment.ts); it stays counted as found.
    if (!entries.length) continue;
    const id = options.newId();
    const anchor = anchorText(word.anchor);
    let side: Side | null = null;
    if (anchor) {
      for (const candidate of ['preface', 'body'] as const) {
        let marked = false;
        editors[candidate].update(
          () => {
            marked = $markFirst(anchor, id);
          },
          { discrete: true },
        );
        if (marked) {
          side = candidate;
          break;
        }
      }
    }
    if (side) anchored++;
    comments.push({
      id,
      side: side ?? (isChinese(anchor) ? 'preface' : 'body'),
      quote: threadQuote(anchor),
      createdAt: entries[0].createdAt,
      resolved: word.resolved,
      comments: entries,
    });
  }
  const json = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as EditorDoc;
  return { preface: json(editors.preface), body: json(editors.body), comments, anchored };
}
