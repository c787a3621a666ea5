/** The page's own editor set-up (its nodes), run headless on a document core/ built. */
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { EditorDoc } from '../../core/editorDoc';
import { EDITOR_NODES } from '../../core/editor/editorNodes';

export function editorWith(doc: EditorDoc): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
  return editor;
}
