/**
 * British usage pairs the salutation with the closing: "Dear Sir/Madam" (or
 * "Sir,", "Dear Editor") with "Yours faithfully"; a named reader
 * ("Dear Mr Smith") with "Yours sincerely".
 */
import { defineMessages, wording } from '../i18n/wording';
import type { Rule } from './context';

const messages = defineMessages({
  faithfully: {
    id: 'preflight.salutationClosing.faithfully',
    defaultMessage: '“{salutation}” addresses no one by name: British usage closes with “Yours faithfully,”.',
  },
  sincerely: {
    id: 'preflight.salutationClosing.sincerely',
    defaultMessage: '“{salutation}” names the reader: British usage closes with “Yours sincerely,”.',
  },
});

const UNNAMED =
  /^(dear\s+)?(sir|madam|madame|sirs|editor|sir\s*\/\s*madam[e]?|sir\s+or\s+madam[e]?)\s*[,:]?$/i;
const NAMED = /^[Dd]ear\s+\p{Lu}/u;

export function expectedClosing(salutation: string): 'faithfully' | 'sincerely' | null {
  const text = salutation.trim();
  if (UNNAMED.test(text)) return 'faithfully';
  if (NAMED.test(text)) return 'sincerely';
  return null;
}

export const salutationClosingAgreement: Rule = ({ letter, sides }) => {
  if (!sides.body) return [];
  const expected = expectedClosing(letter.salutation);
  if (!expected) return [];
  const other = expected === 'faithfully' ? 'sincerely' : 'faithfully';
  if (!new RegExp(`\\b${other}\\b`, 'i').test(letter.closing)) return [];
  const salutation = letter.salutation.trim().replace(/,$/, '');
  return [
    {
      rule: 'style.salutation-closing',
      severity: 'warning',
      side: 'body',
      wording: wording(messages[expected], { salutation }),
      location: { field: 'closing' },
    },
  ];
};
