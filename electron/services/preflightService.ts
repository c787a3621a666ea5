/**
 * The checks before a letter leaves, run on the stored letter (the renderer
 * saves first) with the office's spelling dictionary, its preface limit and
 * the word limit of the publication the letter answers.
 */
import type { ExportVariant } from '../../core/contract';
import { defineMessages, inEnglish, wording } from '../../core/i18n/wording';
import type { Letter } from '../../core/letter';
import { runPreflight, type Problem } from '../../core/preflight/runPreflight';
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
});

/** What the preflight needs to know of a publication profile. */
export type PublicationLimits = Pick<Publication, 'nameEn' | 'wordLimit'> &
  Partial<Pick<Publication, 'noSalutation' | 'spelling'>>;

/** Finds the letter's publication profile, or null when it has none (or it was deleted). */
export type FindPublication = (
  letter: Letter,
) => PublicationLimits | null | Promise<PublicationLimits | null>;

export class PreflightService {
  constructor(
    private readonly letters: LetterService,
    private readonly settings: SettingsService,
    private readonly spelling: SpellingService,
    private readonly findPublication: FindPublication,
  ) {}

  async run(id: string, variant: ExportVariant): Promise<Problem[]> {
    const letter = await this.letters.get(id);
    const { houseStyle } = this.settings.get();
    const publication = await this.findPublication(letter);
    const language = publicationSpelling(publication?.spelling, houseStyle.spelling);
    const spelling = await this.spelling.checker(language).catch((error: unknown) => error as Error);
    const problems = runPreflight(letter, {
      variant,
      wordLimit: publication?.wordLimit ?? null,
      publicationName: publication?.nameEn || letter.fields.publication,
      prefaceCharLimit: houseStyle.prefaceCharLimit,
      spelling: spelling instanceof Error ? undefined : spelling,
      ownNames: [publication?.nameEn ?? '', letter.fields.publication],
      noSalutation: publication?.noSalutation ?? false,
    });
    if (!(spelling instanceof Error) || variant === 'chinese') return problems;
    // A dictionary that will not load must not stop every export: say so and check the rest.
    const unavailable = wording(messages.spellingUnavailable, { detail: spelling.message });
    return [
      ...problems,
      {
        id: 'spelling-unavailable',
        rule: 'spelling.unavailable',
        severity: 'warning',
        side: 'body',
        wording: unavailable,
        message: inEnglish(unavailable),
      },
    ];
  }
}
