/**
 * The editor's own PlaceholderNode, run in a real (headless) Lexical editor:
 * documents that core/ builds load as placeholder nodes, and what the editor
 * saves is what core/ and the exporters read.
 */
import { $createParagraphNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { walk, type EditorDoc } from '../../core/editorDoc';
import { createLetterFromTemplate } from '../../core/template';
import { parseTemplate } from '../../core/schemas/template';
import { $isPlaceholderNode, PlaceholderNode } from '../../core/editor/nodes/PlaceholderNode';
import { editorWith } from './headlessEditor';
import rebuttal from '../../templates/letter-to-the-editor-rebuttal.json';

function placeholderKeys(editor: ReturnType<typeof editorWith>): string[] {
  return editor.getEditorState().read(() => {
    const keys: string[] = [];
    const visit = (node: LexicalNode) => {
      if ($isPlaceholderNode(node)) keys.push(node.getPlaceholderKey());
      if ($isElementNode(node)) node.getChildren().forEach(visit);
    };
    visit($getRoot());
    return keys;
  });
}

const letter = createLetterFromTemplate(parseTemplate(rebuttal), { id: 'x', now: new Date(2020, 4, 8) });

describe('PlaceholderNode serialisation', () => {
  it('loads the placeholders core/ builds as PlaceholderNodes, in token mode', () => {
    const editor = editorWith(letter.body);
    expect(placeholderKeys(editor)).toEqual([
      'sender.organisation',
      'article.title',
      'publication',
      'article.date',
    ]);
    editor.getEditorState().read(() => {
      const first = $getRoot().getAllTextNodes().find($isPlaceholderNode)!;
      expect(first).toBeInstanceOf(PlaceholderNode);
      expect(first.isToken()).toBe(true);
    });
  });

  it('saves what it loaded: the same keys, as type "placeholder"', () => {
    const saved = editorWith(letter.preface).getEditorState().toJSON() as unknown as EditorDoc;
    const keys = (doc: EditorDoc) => {
      const found: string[] = [];
      walk(doc.root, (node) => node.type === 'placeholder' && found.push(String(node.key)));
      return found;
    };
    expect(keys(saved)).toEqual(keys(letter.preface));
    expect(keys(saved)).toContain('publication.zh');
    // And it loads again unchanged.
    expect(editorWith(saved).getEditorState().toJSON()).toEqual(saved);
  });

  it('keeps a placeholder inserted in the editor, with its key, through save and load', () => {
    const editor = editorWith(letter.body);
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        paragraph.append(new PlaceholderNode('custom.embargo', '[embargo]'));
        $getRoot().append(paragraph);
      },
      { discrete: true },
    );
    const saved = editor.getEditorState().toJSON() as unknown as EditorDoc;
    const last = saved.root.children.at(-1)!.children![0];
    expect(last).toMatchObject({ type: 'placeholder', key: 'custom.embargo', text: '[embargo]' });
    expect(placeholderKeys(editorWith(saved)).at(-1)).toBe('custom.embargo');
  });
});
