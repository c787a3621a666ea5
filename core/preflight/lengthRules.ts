/**
 * Length limits: the paper's word limit for the English letter (counted as
 * the pane's counter and Word count), and the house limit for the preface.
 */
import { defineMessages, wording } from '../i18n/wording';
import { countEastAsianCharacters, countEnglishWords } from '../wordCount';
import type { BlockText } from './blockText';
import type { Rule } from './context';

const messages = defineMessages({
  words: {
    id: 'preflight.length.words',
    defaultMessage: '{words} words; {publication} takes at most {limit}: cut {excess}.',
  },
  wordsNoPublication: {
    id: 'preflight.length.wordsNoPublication',
    defaultMessage: '{words} words; The publication takes at most {limit}: cut {excess}.',
  },
  preface: {
    id: 'preflight.length.preface',
    defaultMessage: 'The Chinese preface has {chars} characters; the house limit is {limit}: cut {excess}.',
  },
});

const joined = (blocks: BlockText[]) => blocks.map((block) => block.text).join('\n');
const lastBlock = (blocks: BlockText[]) => Math.max(0, blocks.length - 1);

export const overWordLimit: Rule = ({ blocks, sides, options }) => {
  const limit = options.wordLimit;
  if (!sides.body || limit === null) return [];
  const words = countEnglishWords(joined(blocks.body));
  if (words <= limit) return [];
  const publication = options.publicationName?.trim();
  const counts = { words, limit, excess: words - limit };
  return [
    {
      rule: 'length.words',
      severity: 'warning',
      side: 'body',
      wording: publication
        ? wording(messages.words, { ...counts, publication })
        : wording(messages.wordsNoPublication, counts),
      location: { side: 'body', blockIndex: lastBlock(blocks.body) },
    },
  ];
};

export const overPrefaceLimit: Rule = ({ blocks, sides, options }) => {
  const limit = options.prefaceCharLimit;
  if (!sides.preface || limit <= 0) return [];
  const chars = countEastAsianCharacters(joined(blocks.preface));
  if (chars <= limit) return [];
  return [
    {
      rule: 'length.preface',
      severity: 'warning',
      side: 'preface',
      wording: wording(messages.preface, { chars, limit, excess: chars - limit }),
      location: { side: 'preface', blockIndex: lastBlock(blocks.preface) },
    },
  ];
};
