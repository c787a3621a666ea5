/**
 * The Lexical nodes of LetterDesk's editors: the Chinese and the English pane
 * (renderer/src/editor/editorConfig.ts) and the DOCX import, which reads a
 * file's HTML through the same nodes in a headless editor
 * (core/import/htmlToEditorDocs.ts), so an imported document is one the
 * editor would have made from the same paste.
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
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
