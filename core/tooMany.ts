/** A long list of problems cut to what a reader can take in, for every imported file (library, archive, termbase). */
import { defineMessages, wording, type Wording } from './i18n/wording';
import { MAX_PROBLEMS } from './libraryFile';

const messages = defineMessages({
  moreProblems: {
    id: 'import.problem.moreProblems',
    defaultMessage: '…and {count, plural, one {# more problem} other {# more problems}}. Fix these first.',
  },
});

/** At most MAX_PROBLEMS, then a line saying how many more. */
export function tooMany(problems: Wording[]): Wording[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    wording(messages.moreProblems, { count: problems.length - MAX_PROBLEMS }),
  ];
}
