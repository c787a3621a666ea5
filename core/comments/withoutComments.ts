/**
 * A letter with its comments taken out: no threads, and the mark nodes that
 * anchored them replaced by the text they held. For what starts a new life
 * from a letter (a duplicate, a template): review remarks on one letter are
 * not the next letter's, and a mark whose thread is gone would only confuse.
 * Pure: it builds new documents and leaves the letter it is given alone.
 */
import type { EditorDoc, SerializedNode } from '../editorDoc';
import type { Letter } from '../letter';

/** Lexical's type name for `@lexical/mark`'s MarkNode. */
export const MARK_NODE_TYPE = 'mark';

/**
 * The nodes with only the marks of the threads `keep` accepts, at any depth:
 * other ids leave their marks, and a mark left with none is replaced by its children.
 */
export function keepMarks(
  nodes: readonly SerializedNode[],
  keep: (threadId: string) => boolean,
): SerializedNode[] {
  return nodes.flatMap((node) => {
    const children = node.children ? keepMarks(node.children, keep) : undefined;
    if (node.type === MARK_NODE_TYPE) {
      const ids = Array.isArray(node.ids)
        ? node.ids.filter((id): id is string => typeof id === 'string' && keep(id))
        : [];
      if (ids.length === 0) return children ?? [];
      return [{ ...node, ids, ...(children ? { children } : {}) }];
    }
    return [children ? { ...node, children } : node];
  });
}

/** The document without comment marks: the same text, formatting and blocks. */
export function withoutMarks(doc: EditorDoc): EditorDoc {
  return { ...doc, root: { ...doc.root, children: keepMarks(doc.root.children, () => false) } };
}

export function withoutComments<T extends Pick<Letter, 'preface' | 'body' | 'comments'>>(letter: T): T {
  return { ...letter, preface: withoutMarks(letter.preface), body: withoutMarks(letter.body), comments: [] };
}
