import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $isElementNode, $isTextNode, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Problem } from '../../core/preflight/problem';
import { termMatcher } from '../../core/terms/termMatcher';
import { replaceProblemText } from '../../renderer/src/preflight/replaceProblemText';
import { editorWith } from './headlessEditor';
import { entry, letterOf, problems } from './preflight-terms-helpers';

const terms = termMatcher([
  entry({ zh: ['一带一路'], en: ['Belt and Road Initiative'], forbidden: ['One Belt One Road'] }),
]);
const FIRST = 'Intro.';
const SECOND = 'We support the One Belt One Road plan.';

/** The English letter's editor, the variant's "One Belt" in bold: a replacement across two text nodes. */
function setUp(): { editor: LexicalEditor; problem: Problem; text: () => string } {
  const body = editorDoc([
    paragraphNode([textNode(FIRST)]),
    paragraphNode([
      textNode('We support the '),
      { ...textNode('One Belt'), format: 1 },
      textNode(' One Road plan.'),
    ]),
  ]);
  const letter = { ...letterOf(['一带一路'], []), body };
  const [problem] = problems(letter, 'terms.forbidden', { terms });
  const editor = editorWith(body);
  const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  return { editor, problem, text };
}

describe('preflight: Replace with the approved term', () => {
  it('replaces exactly the variant through an editor update that Undo takes back', async () => {
    const { editor, problem, text } = setUp();
    registerHistory(editor, createEmptyHistoryState(), 0);
    // The history starts from the first update it sees, as in the page, where the editor has had one.
    editor.update(() => $getRoot().selectStart(), { discrete: true });
    const replaced = await replaceProblemText(problem, {
      body: { current: editor },
      preface: { current: null },
    });
    expect(replaced).toBe(true);
    expect(text()).toBe(`${FIRST}\n\nWe support the Belt and Road Initiative plan.`);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve();
    expect(text()).toBe(`${FIRST}\n\n${SECOND}`);
  });

  it('changes nothing where the letter was edited since the check', async () => {
    const { editor, problem, text } = setUp();
    // Typed since the check: the variant now stands four characters later than the problem says.
    editor.update(
      () => {
        const block = $getRoot().getChildAtIndex(1);
        const first = $isElementNode(block) ? block.getFirstDescendant() : null;
        if ($isTextNode(first)) first.setTextContent('Now we support the ');
      },
      { discrete: true },
    );
    const replaced = await replaceProblemText(problem, {
      body: { current: editor },
      preface: { current: null },
    });
    expect(replaced).toBe(false);
    expect(text()).toBe(`${FIRST}\n\nNow we support the One Belt One Road plan.`);
  });
});
