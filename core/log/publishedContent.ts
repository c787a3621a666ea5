/**
 * "Compare with what was sent": the published text the officer pasted, as a
 * letter the history's compare can read. It is the version sent with only its
 * English body replaced by the pasted paragraphs, so the compare shows what
 * the paper cut or changed in the letter and nothing else (the preface, the
 * fields and the signatory stay as sent, and compare as unchanged).
 */
import { compareLetters } from '../compare/compareLetters';
import type { LetterComparison } from '../compare/comparison';
import type { EnglishDateStyle } from '../dates';
import { editorDoc, paragraphNode, textNode } from '../editorDoc';
import type { LetterContent } from '../history/version';

/**
 * The pasted text's paragraphs: a blank line, or a single line break, ends one
 * (papers' pages and clipboards give either); spacing inside a line is kept.
 */
export function publishedParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The version sent, its English body the published text. */
export function publishedContent(sent: LetterContent, publishedText: string): LetterContent {
  const paragraphs = publishedParagraphs(publishedText);
  return {
    ...sent,
    body: editorDoc(
      paragraphs.length ? paragraphs.map((line) => paragraphNode([textNode(line)])) : [paragraphNode([])],
    ),
  };
}

/** What the paper changed: the version sent → the published text, as the compare view shows a compare. */
export function compareWithPublished(
  sent: LetterContent,
  publishedText: string,
  dateStyle?: EnglishDateStyle,
): Pick<LetterComparison, 'fields' | 'sides'> {
  return compareLetters(sent, publishedContent(sent, publishedText), dateStyle);
}
