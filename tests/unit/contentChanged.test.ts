/**
 * contentChanged, in a real (headless) Lexical editor: an update that marks
 * nodes dirty without changing them (as registering a transform does when a
 * letter opens) is not an edit; typing, formatting, deleting and a transform
 * that really rewrites text are.
 */
import { $createParagraphNode, $getRoot, $isTextNode, TextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import { contentChanged } from '../../renderer/src/editor/contentChanged';
import { $isPlaceholderNode } from '../../core/editor/nodes/PlaceholderNode';
import { editorWith } from './headlessEditor';

const doc = editorDoc([
  paragraphNode([textNode('Dear editor, '), placeholderNode('publication')]),
  paragraphNode([textNode('Yours sincerely')]),
]);

/** An editor on `doc` that records, for every update, whether it changed the content. */
function watchedEditor(): { editor: LexicalEditor; changes: boolean[] } {
  const editor = editorWith(doc);
  const changes: boolean[] = [];
  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    changes.push(
      contentChanged(editor, prevEditorState, editorState, [...dirtyElements.keys(), ...dirtyLeaves]),
    );
  });
  return { editor, changes };
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });
const firstText = () =>
  $getRoot()
    .getAllTextNodes()
    .find((node) => !$isPlaceholderNode(node))!;

describe('contentChanged', () => {
  it('is false for an update that only marks every text node dirty (a transform registered on open)', async () => {
    const { editor, changes } = watchedEditor();
    editor.registerNodeTransform(TextNode, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toEqual([false]);
  });

  it('is false for a placeholder chip showing a new value of its field', () => {
    const { editor, changes } = watchedEditor();
    edit(editor, () =>
      $getRoot().getAllTextNodes().find($isPlaceholderNode)!.setResolved('EUobserver', true),
    );
    expect(changes).toEqual([false]);
  });

  it('is true for typing, formatting, a new paragraph and a deletion', () => {
    const { editor, changes } = watchedEditor();
    edit(editor, () => firstText().setTextContent('Dear editors, '));
    edit(editor, () => firstText().toggleFormat('bold'));
    edit(editor, () => $getRoot().append($createParagraphNode()));
    edit(editor, () => $getRoot().getLastChildOrThrow().remove());
    expect(changes).toEqual([true, true, true, true]);
  });

  it('is true for a transform that really rewrites text (a stored control character removed)', async () => {
    const { editor, changes } = watchedEditor();
    edit(editor, () => firstText().setTextContent('Dear\u0007 editor, '));
    editor.registerNodeTransform(TextNode, (node) => {
      if ($isTextNode(node) && node.getTextContent().includes('\u0007'))
        node.setTextContent(node.getTextContent().replace('\u0007', ''));
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toEqual([true, true]);
  });
});
