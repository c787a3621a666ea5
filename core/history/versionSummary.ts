/** The summary a version's record holds, from the letter it freezes. */
import { countEastAsianCharacters, countEnglishWords } from '../wordCount';
import { docToPlainText } from '../document/plainText';
import { summarise, type Letter } from '../letter';
import { placeholderResolver } from '../placeholders';
import type { VersionSummary } from './version';

export type VersionDetails = Pick<
  VersionSummary,
  'kind' | 'name' | 'handout' | 'restoredFrom' | 'importedFrom' | 'side'
>;

/** Characters of the preface and words of the English letter, as the panes under the editor count them. */
export function versionCounts(letter: Letter): VersionSummary['counts'] {
  const resolve = placeholderResolver(letter);
  const text = (side: 'preface' | 'body') => docToPlainText(letter[side], (key) => resolve(key).text);
  return { preface: countEastAsianCharacters(text('preface')), body: countEnglishWords(text('body')) };
}

export function describeVersion(
  letter: Letter,
  details: VersionDetails,
  kept: { id: string; createdAt: string; author: string; digest: string },
): VersionSummary {
  return {
    id: kept.id,
    letterId: letter.id,
    createdAt: kept.createdAt,
    ...details,
    author: kept.author,
    letterRevision: letter.revision,
    digest: kept.digest,
    title: summarise(letter).title,
    counts: versionCounts(letter),
    approval: { preface: letter.approval.preface, body: letter.approval.body },
    status: letter.status,
  };
}
