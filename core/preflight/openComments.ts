/**
 * Comments nobody has resolved yet: someone asked for a change or a question
 * is waiting, so the letter may not be ready to leave. A warning, once for
 * each printed side that has them; the comments themselves never leave
 * LetterDesk (see core/comments/thread.ts).
 */
import { defineMessages, wording } from '../i18n/wording';
import { SIDES } from '../sides';
import type { Finding, Rule } from './context';

const messages = defineMessages({
  open: {
    id: 'preflight.comments.open',
    defaultMessage:
      '{count, plural, one {# comment} other {# comments}} on the {side, select, preface {Chinese preface} other {English letter}} {count, plural, one {is} other {are}} not resolved: answer or resolve {count, plural, one {it} other {them}} in the comments panel.',
  },
});

export const OPEN_COMMENTS_RULE = 'comments.open';

export const openComments: Rule = ({ letter, sides }) =>
  SIDES.flatMap((side): Finding[] => {
    const count = (letter.comments ?? []).filter((t) => t.side === side && !t.resolved).length;
    if (!sides[side] || count === 0) return [];
    return [
      {
        rule: OPEN_COMMENTS_RULE,
        severity: 'warning',
        side,
        wording: wording(messages.open, { count, side }),
      },
    ];
  });
