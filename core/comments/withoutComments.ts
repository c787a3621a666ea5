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

/** The nodes with every mark replaced by its children, at any depth. */
function unwrapNodes(nodes: readonly SerializedNode[]): SerializedNode[] {
  return nodes.flatMap((node) => {
    const children = node.children ? unwrapNodes(node.children) : undefined;
    if (node.type === MARK_NODE_TYPE) return children ?? [];
    return [children ? { ...node, children } : node];
  });
}

/** The document without comment marks: the same text, formatting and blocks. */
export function withoutMarks(doc: EditorDoc): EditorDoc {
  return { ...doc, root: { ...doc.root, children: unwrapNodes(doc.root.children) } };
}

export function withoutComments<T extends Pick<Letter, 'preface' | 'body' | 'comments'>>(letter: T): T {
  return { ...letter, preface: withoutMarks(letter.preface), body: withoutMarks(letter.body), comments: [] };
}
