/**
 * The comment threads of a letter after a reviewed DOCX is imported over it
 * as a new version. Existing threads stay (their marks in the old text may
 * be gone: they show as detached, as after any edit). A Word comment whose
 * first comment (author and text) is an existing thread's first comment is
 * that thread come back: a redline exported by LetterDesk carries the
 * letter's open comments to Word, and the reviewer's file brings them back.
 * It re-anchors that thread in the imported text and adds the replies made
 * in Word, instead of making a duplicate. Other Word comments are new threads.
 * Pure: used by the import service, tested without one.
 */
import { keepMarks, MARK_NODE_TYPE } from '../comments/withoutComments';
import { THREADS_MAX, type Comment, type CommentThread } from '../comments/thread';
import type { EditorDoc, SerializedNode } from '../editorDoc';

export interface MergedThreads {
  threads: CommentThread[];
  preface: EditorDoc;
  body: EditorDoc;
  /** Imported threads that re-anchored an existing thread. */
  reanchored: number;
  /** Imported threads added as new ones. */
  added: number;
}

const sameComment = (a: Pick<Comment, 'author' | 'text'>, b: Pick<Comment, 'author' | 'text'>) =>
  a.author.trim() === b.author.trim() && a.text.trim() === b.text.trim();

/** The nodes with each mark's thread ids renamed by `rename` (ids it does not hold stay). */
function renameMarks(nodes: readonly SerializedNode[], rename: Map<string, string>): SerializedNode[] {
  return nodes.map((node) => {
    const children = node.children ? renameMarks(node.children, rename) : undefined;
    const renamed = children ? { ...node, children } : { ...node };
    if (node.type === MARK_NODE_TYPE && Array.isArray(node.ids)) {
      const ids = node.ids.map((id) => (typeof id === 'string' ? (rename.get(id) ?? id) : id));
      renamed.ids = [...new Set(ids)];
    }
    return renamed;
  });
}

function mapDoc(doc: EditorDoc, change: (nodes: readonly SerializedNode[]) => SerializedNode[]): EditorDoc {
  return { ...doc, root: { ...doc.root, children: change(doc.root.children) } };
}

/**
 * `existing`: the stored letter's threads; `imported`: the import's threads,
 * anchored by marks in `preface` and `body` (the imported text).
 * `newId` makes an id for an imported thread whose id an existing one holds.
 */
export function mergeImportedThreads(
  existing: readonly CommentThread[],
  imported: { threads: readonly CommentThread[]; preface: EditorDoc; body: EditorDoc },
  newId: () => string,
): MergedThreads {
  const threads = [...existing];
  const rename = new Map<string, string>();
  const taken = new Set(existing.map((thread) => thread.id));
  const dropped = new Set<string>();
  // Existing threads already matched: two Word comments alike re-anchor one thread and add the other.
  const matched = new Set<string>();
  let reanchored = 0;
  let added = 0;
  for (const thread of imported.threads) {
    const [first, ...replies] = thread.comments;
    const match = first
      ? threads.findIndex(
          (other) => !matched.has(other.id) && other.comments[0] && sameComment(other.comments[0], first),
        )
      : -1;
    if (match >= 0) {
      const found = threads[match]!;
      const fresh = replies
        .filter((reply) => !found.comments.some((comment) => sameComment(comment, reply)))
        .map((reply) => (found.comments.some((c) => c.id === reply.id) ? { ...reply, id: newId() } : reply));
      threads[match] = {
        ...found,
        side: thread.side,
        quote: thread.quote || found.quote,
        comments: [...found.comments, ...fresh],
        // Marked done in Word: resolved here too. A thread already resolved stays so.
        ...(thread.resolved && !found.resolved
          ? { resolved: true, resolvedAt: thread.resolvedAt, resolvedBy: thread.resolvedBy }
          : {}),
      };
      // Its marks in the imported text now name the existing thread.
      rename.set(thread.id, found.id);
      matched.add(found.id);
      reanchored += 1;
      continue;
    }
    if (threads.length >= THREADS_MAX) {
      dropped.add(thread.id);
      continue;
    }
    const id = taken.has(thread.id) ? newId() : thread.id;
    if (id !== thread.id) rename.set(thread.id, id);
    taken.add(id);
    threads.push({ ...thread, id });
    added += 1;
  }
  const fix = (nodes: readonly SerializedNode[]) =>
    renameMarks(
      keepMarks(nodes, (id) => !dropped.has(id)),
      rename,
    );
  return {
    threads,
    preface: mapDoc(imported.preface, fix),
    body: mapDoc(imported.body, fix),
    reanchored,
    added,
  };
}
