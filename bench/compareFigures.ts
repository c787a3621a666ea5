/**
 * Compare, in process: two 5,000-word versions of a letter (and a
 * 1,000-character preface) with edits scattered through them — a word changed
 * in every fifth paragraph, a paragraph inserted, one deleted, a sentence
 * added to the preface — as "Show changes since approval" would meet them.
 */
import { compareLetters } from '../core/compare/compareLetters';
import { editorDoc, paragraphNode, textNode, type SerializedNode } from '../core/editorDoc';
import type { Letter } from '../core/letter';
import { generateLetter } from './generateLetter';
import { median, timeRuns } from './stats';

const paragraphText = (node: SerializedNode) => String(node.children?.[0]?.text ?? '');

/** The letter after a day's scattered edits. */
export function editedVersion(letter: Letter): Letter {
  const paragraphs = letter.body.root.children.map(paragraphText);
  const edited = paragraphs
    .map((text, i) =>
      i % 5 === 2 ? text.replace(' cooperation ', ' close cooperation ').replace(' both ', ' all ') : text,
    )
    .filter((_, i) => i !== 17);
  edited.splice(30, 0, 'The embassy adds a paragraph here, with a few words of its own 👍🏽.');
  const [headline, preface] = letter.preface.root.children;
  return {
    ...letter,
    body: editorDoc(edited.map((text) => paragraphNode([textNode(text)]))),
    preface: editorDoc([
      headline,
      paragraphNode([textNode(paragraphText(preface).replace('双方', '中英双方') + '我们欢迎客观报道。')]),
    ]),
  };
}

export async function compareMedianMs(runs: number): Promise<number> {
  const older = generateLetter({ id: 'compare', words: 5000, prefaceChars: 1000 });
  const newer = editedVersion(older);
  compareLetters(older, newer); // warm-up: segmenters made, code compiled
  return median(await timeRuns(runs, () => compareLetters(older, newer)));
}
