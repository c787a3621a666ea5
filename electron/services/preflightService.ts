/**
 * The checks before a letter leaves, run on the stored letter (the renderer
 * saves first) with the office's spelling dictionary, its preface limit and
 * the word limit of the publication the letter answers; with the office
 * termbase and the publication profiles for the cross-language checks.
 */
import type { ExportVariant } from '../../core/contract';
import { defineMessages, inEnglish, wording, type MessageDescriptor } from '../../core/i18n/wording';
import type { Letter } from '../../core/letter';
import type { PublicationNames } from '../../core/preflight/problem';
import { runPreflight, type Problem } from '../../core/preflight/runPreflight';
import type { TermMatcher } from '../../core/terms/termMatcher';
import { publicationSpelling, type Publication } from '../../core/publication';
import type { LetterService } from './letterService';
import type { SettingsService } from './settingsService';
import type { SpellingService } from './spellingService';

const messages = defineMessages({
  spellingUnavailable: {
    id: 'preflight.spelling.unavailable',
    defaultMessage:
      'The spelling was not checked: the dictionary could not be loaded ({detail}). Reinstall LetterDesk if this persists.',
  },
  termsUnavailable: {
    id: 'preflight.terms.unavailable',
    defaultMessage:
      'The terminology was not checked: the termbase could not be read ({detail}). Open Settings ▸ Termbase, then run the checks again.',
  },
});

/** A source that could not be read: the other checks run, and the panel says which were skipped and why. */
function skipped(rule: string, message: MessageDescriptor, error: Error): Problem {
  const said = wording(message, { detail: error.message });
  return { id: rule, rule, severity: 'warning', side: 'body', wording: said, message: inEnglish(said) };
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** What the preflight needs to know of a publication profile. */
export type PublicationLimits = Pick<Publication, 'nameEn' | 'wordLimit'> &
  Partial<Pick<Publication, 'nameZh' | 'noSalutation' | 'spelling'>>;

/** Finds the letter's publication profile, or null when it has none (or it was deleted). */
export type FindPublication = (
  letter: Letter,
) => PublicationLimits | null | Promise<PublicationLimits | null>;

/** What the cross-language checks read besides the letter; each optional, so a check without it is skipped. */
export interface PreflightSources {
  /** The termbase's matcher (core/terms/termMatcher.ts builds it once per termbase change). */
  terms?: () => TermMatcher | undefined | Promise<TermMatcher | undefined>;
  /** Every publication profile's names: a paper the preface names that is not the letter's. */
  publications?: () => PublicationNames[];
}

export class PreflightService {
  constructor(
    private readonly letters: LetterService,
    private readonly settings: SettingsService,
    private readonly spelling: SpellingService,
    private readonly findPublication: FindPublication,
    private readonly sources: PreflightSources = {},
  ) {}

  async run(id: string, variant: ExportVariant): Promise<Problem[]> {
    const letter = await this.letters.get(id);
    const { houseStyle } = this.settings.get();
    const publication = await this.findPublication(letter);
    const language = publicationSpelling(publication?.spelling, houseStyle.spelling);
    const spelling = await this.spelling.checker(language).catch((error: unknown) => asError(error));
    // A termbase or dictionary that cannot be read must not stop every export: the rest is checked.
    const terms = await Promise.resolve()
      .then(() => this.sources.terms?.())
      .catch((error: unknown) => asError(error));
    const problems = runPreflight(letter, {
      variant,
      wordLimit: publication?.wordLimit ?? null,
      publicationName: publication?.nameEn || letter.fields.publication,
      prefaceCharLimit: houseStyle.prefaceCharLimit,
      spelling: spelling instanceof Error ? undefined : spelling,
      ownNames: [publication?.nameEn ?? '', letter.fields.publication],
      noSalutation: publication?.noSalutation ?? false,
      terms: terms instanceof Error ? undefined : terms,
      publication: publication ? { en: publication.nameEn, zh: publication.nameZh ?? '' } : undefined,
      publications: this.sources.publications?.(),
    });
    if (spelling instanceof Error && variant !== 'chinese')
      problems.push(skipped('spelling.unavailable', messages.spellingUnavailable, spelling));
    if (terms instanceof Error) problems.push(skipped('terms.unavailable', messages.termsUnavailable, terms));
    return problems;
  }
}
