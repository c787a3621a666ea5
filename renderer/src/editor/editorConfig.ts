/**
 * The Lexical set-up shared by the Chinese and the English editor: the same
 * nodes (core/editor/editorNodes.ts, also the DOCX import's, so a document, or
 * a paste, moves between them) and the same theme classes (styled in
 * styles/editor.css).
 */
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import type { EditorThemeClasses } from 'lexical';
import { EDITOR_NODES } from '../../../core/editor/editorNodes';
// The field chips' tooltips, in the interface language: registered wherever an editor is built.
import './placeholderTooltip';

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
