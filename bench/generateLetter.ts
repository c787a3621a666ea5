/** Synthetic letters of a chosen size, built with the same core builders the app uses. */
import { editorDoc, headingNode, paragraphNode, textNode } from '../core/editorDoc';
import { newBlankLetter, type Letter } from '../core/letter';

const EN_WORDS =
  'the embassy notes that the article published on this date misrepresents cooperation between research institutes and universities in europe and china which has long benefited both sides'.split(
    ' ',
  );
const ZH_TEXT = '中方注意到该报道对中欧科研合作的描述与事实不符，双方合作长期互利共赢。';

/** `words` English words in paragraphs of about 80 words; `prefaceChars` Chinese characters. */
export function englishParagraphs(words: number, seed = 0): string[] {
  const paragraphs: string[] = [];
  for (let done = 0; done < words; done += 80) {
    const count = Math.min(80, words - done);
    const text = Array.from({ length: count }, (_, i) => EN_WORDS[(done + i + seed) % EN_WORDS.length]);
    paragraphs.push(text.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
  }
  return paragraphs;
}

export function chineseText(chars: number): string {
  return ZH_TEXT.repeat(Math.ceil(chars / ZH_TEXT.length)).slice(0, chars);
}

export interface GeneratedLetterOptions {
  id: string;
  words: number;
  prefaceChars: number;
  publication?: string;
  seed?: number;
  now?: Date;
}

export function generateLetter({
  id,
  words,
  prefaceChars,
  publication = 'EUobserver',
  seed = 0,
  now = new Date(),
}: GeneratedLetterOptions): Letter {
  const letter = newBlankLetter({ id, now, fields: { publication, publicationZh: '欧盟观察网' } });
  return {
    ...letter,
    title: `Bench letter ${id}`,
    preface: editorDoc([
      headingNode('h1', [textNode('《欧盟观察网》刊登我使馆发言人来信')]),
      paragraphNode([textNode(chineseText(prefaceChars))]),
    ]),
    body: editorDoc(englishParagraphs(words, seed).map((p) => paragraphNode([textNode(p)]))),
  };
}
