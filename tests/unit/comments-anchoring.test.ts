// @vitest-environment happy-dom
/**
 * Comment anchors through edits, in the page's own editor set-up: a real
 * Lexical editor on a DOM root (so mutation listeners run, as in the app),
 * with undo history. A thread's mark must survive typing before and after
 * it, a paragraph split inside it, deleting part of it and undo; deleting all
 * of its text leaves the thread detached.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $isMarkNode } from '@lexical/mark';
import { registerRichText } from '@lexical/rich-text';
import {
  $createRangeSelection,
  $getRoot,
  $isTextNode,
  $setSelection,
  createEditor,
  UNDO_COMMAND,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode, type EditorDoc } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import { withoutMarks } from '../../core/comments/withoutComments';
import { EDITOR_NODES } from '../../core/editor/editorNodes';
import {
  $anchorComment,
  $anchoredThreadIds,
  $markedText,
  $removeCommentMarks,
} from '../../renderer/src/editor/plugins/CommentPlugin/commentMarks';
import { registerMarkTracking } from '../../renderer/src/editor/plugins/CommentPlugin/trackMarks';

const SENTENCE = 'The ports are open to all investors on equal terms.';
const PHRASE = 'open to all investors';

let editor: LexicalEditor;
let tracked: ReadonlySet<string>;
let stop: () => void;

function mount(doc: EditorDoc) {
  editor = createEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  const unregister = [
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 0),
    registerMarkTracking(editor, (ids) => (tracked = ids)),
  ];
  stop = () => unregister.forEach((undo) => undo());
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
}

/** Runs an edit as its own update, as a keystroke is. */
const edit = (fn: () => void) => editor.update(fn, { discrete: true });
const read = <T>(fn: () => T) => editor.getEditorState().read(fn);

/** The text node holding `text` (the first). */
function $textWith(text: string): TextNode {
  const node = $getRoot()
    .getAllTextNodes()
    .find((n) => n.getTextContent().includes(text));
  if (!node || !$isTextNode(node)) throw new Error(`no text "${text}"`);
  return node;
}

/** Selects `text` (inside one text node), or puts the caret at its start/end. */
function $select(text: string, where: 'all' | 'start' | 'end' = 'all') {
  const node = $textWith(text);
  const start = node.getTextContent().indexOf(text);
  const end = start + text.length;
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), where === 'end' ? end : start, 'text');
  selection.focus.set(node.getKey(), where === 'start' ? start : end, 'text');
  $setSelection(selection);
  return selection;
}

/** Selects from the start of `first` to the end of `last`, which may be in different text nodes. */
function $selectAcross(first: string, last: string) {
  const from = $textWith(first);
  const to = $textWith(last);
  const selection = $createRangeSelection();
  selection.anchor.set(from.getKey(), from.getTextContent().indexOf(first), 'text');
  selection.focus.set(to.getKey(), to.getTextContent().indexOf(last) + last.length, 'text');
  $setSelection(selection);
  return selection;
}

const stored = () => editor.getEditorState().toJSON() as unknown as EditorDoc;

beforeEach(() => {
  mount(editorDoc([paragraphNode([textNode(SENTENCE)])]));
  edit(() => {
    expect($anchorComment($select(PHRASE), 't1')).toBe(true);
  });
});
afterEach(() => stop());

describe('comment anchoring', () => {
  it('wraps the selected text in a mark naming the thread, and the tracker sees it', () => {
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    expect(tracked).toEqual(new Set(['t1']));
    // The stored document keeps the mark, and reading it as text does not change it.
    expect(JSON.stringify(stored())).toContain('"type":"mark"');
    expect(docToPlainText(stored(), () => '')).toBe(SENTENCE);
  });

  it('refuses an empty selection', () => {
    edit(() => {
      const selection = $select('ports', 'start');
      expect($anchorComment(selection, 't2')).toBe(false);
    });
    expect(read($anchoredThreadIds)).toEqual(new Set(['t1']));
  });

  it('survives typing before and after the marked text, which stays outside the mark', () => {
    edit(() => $select('The ports', 'start').insertText('Indeed, '));
    edit(() => $select('investors', 'end').insertText(' and lenders'));
    expect(read(() => $getRoot().getTextContent())).toBe(
      'Indeed, The ports are open to all investors and lenders on equal terms.',
    );
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    expect(tracked).toEqual(new Set(['t1']));
  });

  it('survives splitting the paragraph inside the mark: both halves keep the thread', () => {
    edit(() => $select('to all', 'start').insertParagraph());
    const paragraphs = read(() =>
      $getRoot()
        .getChildren()
        .map((p) => p.getTextContent()),
    );
    expect(paragraphs).toEqual(['The ports are open ', 'to all investors on equal terms.']);
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    expect(tracked).toEqual(new Set(['t1']));
  });

  it('survives deleting part of the marked text', () => {
    edit(() => $select('to all ').removeText());
    expect(read(() => $markedText('t1'))).toBe('open investors');
    expect(tracked).toEqual(new Set(['t1']));
  });

  it('is detached once all of its text is deleted, and back on undo', async () => {
    edit(() => $selectAcross('are ', ' on').removeText());
    expect(read(() => $getRoot().getTextContent())).toBe('The ports  equal terms.');
    expect(read($anchoredThreadIds)).toEqual(new Set());
    expect(tracked).toEqual(new Set());
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // Undo sets the earlier state as a pending update, committed in a microtask.
    await Promise.resolve();
    expect(read(() => $getRoot().getTextContent())).toBe(SENTENCE);
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    expect(tracked).toEqual(new Set(['t1']));
  });

  it('keeps overlapping comments apart: each thread has its own text', () => {
    // "investors on equal": starts inside t1's mark and runs past it.
    edit(() => $anchorComment($selectAcross('investors', ' on equal'), 't2'));
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    expect(read(() => $markedText('t2'))).toBe('investors on equal');
    expect(tracked).toEqual(new Set(['t1', 't2']));
  });

  it('takes a deleted thread off the text, leaving the text as it was', () => {
    edit(() => $removeCommentMarks('t1'));
    expect(read(() => $getRoot().getTextContent())).toBe(SENTENCE);
    expect(
      read(() =>
        $getRoot()
          .getAllTextNodes()
          .some((n) => $isMarkNode(n.getParent())),
      ),
    ).toBe(false);
    expect(tracked).toEqual(new Set());
  });

  it('reopens a stored letter with its marks, and withoutMarks gives the same text unmarked', () => {
    const doc = stored();
    stop();
    mount(doc);
    expect(tracked).toEqual(new Set(['t1']));
    expect(read(() => $markedText('t1'))).toBe(PHRASE);
    const plain = withoutMarks(doc);
    expect(JSON.stringify(plain)).not.toContain('"mark"');
    expect(docToPlainText(plain, () => '')).toBe(SENTENCE);
  });
});
