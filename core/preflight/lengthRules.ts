/**
 * Length limits: the paper's word limit for the English letter (counted as
 * the pane's counter and Word count), and the house limit for the preface.
 */
import { countEastAsianCharacters, countEnglishWords } from '../wordCount';
import type { BlockText } from './blockText';
import type { Rule } from './context';

const joined = (blocks: BlockText[]) => blocks.map((block) => block.text).join('\n');
const lastBlock = (blocks: BlockText[]) => Math.max(0, blocks.length - 1);

export const overWordLimit: Rule = ({ en, sides, options }) => {
  const limit = options.wordLimit;
  if (!sides.en || limit === null) return [];
  const words = countEnglishWords(joined(en));
  if (words <= limit) return [];
  const who = options.publicationName?.trim() || 'The publication';
  return [
    {
      rule: 'length.words',
      severity: 'warning',
      side: 'en',
      message: `${words} words; ${who} takes at most ${limit}: cut ${words - limit}.`,
      location: { side: 'en', blockIndex: lastBlock(en) },
    },
  ];
};

export const overPrefaceLimit: Rule = ({ zh, sides, options }) => {
  const limit = options.prefaceCharLimit;
  if (!sides.zh || limit <= 0) return [];
  const chars = countEastAsianCharacters(joined(zh));
  if (chars <= limit) return [];
  return [
    {
      rule: 'length.preface',
      severity: 'warning',
      side: 'zh',
      message: `The Chinese preface has ${chars} characters; the house limit is ${limit}: cut ${chars - limit}.`,
      location: { side: 'zh', blockIndex: lastBlock(zh) },
    },
  ];
};
