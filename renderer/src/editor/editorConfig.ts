/**
 * The Lexical set-up shared by the Chinese and the English editor: the same
 * nodes (so a document, or a paste, moves between them) and the same theme
 * classes (styled in styles/editor.css).
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses } from 'lexical';
import { PlaceholderNode } from './nodes/PlaceholderNode';

/** MarkNode anchors comment threads to their text (plugins/CommentPlugin); it never reaches an export. */
export const EDITOR_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  PlaceholderNode,
  MarkNode,
];

export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  link: 'ed-link',
  mark: 'ed-comment',
  markOverlap: 'ed-comment--overlap',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li--nested' },
  },
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
  },
};

export function editorConfig(namespace: string, onError: (error: Error) => void): InitialConfigType {
  return { namespace, nodes: EDITOR_NODES, theme: EDITOR_THEME, onError };
}
