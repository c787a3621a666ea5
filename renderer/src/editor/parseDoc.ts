/**
 * Checks a stored document before an editor is built from it. LexicalComposer
 * would throw while rendering if the JSON held a node type it does not know;
 * checking first lets the pane say what is wrong and leave the stored text
 * untouched instead of crashing or saving an empty document over it.
 */
import { createEditor, LineBreakNode, ParagraphNode, RootNode, TabNode, TextNode } from 'lexical';
import { walk, type EditorDoc } from '../../../core/editorDoc';
import { EDITOR_NODES } from '../../../core/editor/editorNodes';
import { activeIntl } from '../i18n/activeIntl';

export type ParsedDoc = { ok: true; json: string | undefined } | { ok: false; message: string };

const KNOWN_TYPES = new Set(
  [...EDITOR_NODES, RootNode, ParagraphNode, TextNode, LineBreakNode, TabNode].map((klass) =>
    klass.getType(),
  ),
);

let probe: ReturnType<typeof createEditor> | null = null;

export function parseDoc(doc: EditorDoc): ParsedDoc {
  // An empty root cannot be applied (Lexical refuses it): start from the default paragraph.
  if (!doc.root.children.length) return { ok: true, json: undefined };
  const unknown = new Set<string>();
  walk(doc.root, (node) => {
    if (!KNOWN_TYPES.has(node.type)) unknown.add(node.type);
  });
  if (unknown.size) {
    const kinds = [...unknown].map((type) => `“${type}”`).join(', ');
    return {
      ok: false,
      message: activeIntl().formatMessage(
        {
          id: 'editor.load.unknownKinds',
          defaultMessage: 'it contains content of a kind this version of LetterDesk does not know: {kinds}',
        },
        { kinds },
      ),
    };
  }
  const json = JSON.stringify(doc);
  probe ??= createEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  try {
    probe.parseEditorState(json);
    return { ok: true, json };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
