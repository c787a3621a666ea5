/**
 * Letterhead and house style, kept in the `settings` store.
 *
 * Each section has its own revision: they are edited by separate forms that
 * save as the user types, so a letterhead typed in one window and a font
 * chosen in another are not a conflict, while two edits of one section are.
 * Each change reads, checks and writes in one synchronous step, so no other
 * call in this process can come between (see revisionedList.ts).
 */
import { inspectLogo, type ImageInfo } from '../../core/image';
import { type AppSettings, type Letterhead, type SettingsUpdate } from '../../core/settings';
import { appSettingsSchema } from '../../core/schemas/settings';
import type { JsonStore } from '../storage/jsonStore';
import { UserFacingError } from './errors';
import { nextRevision } from './revisions';

const SECTION_NAMES = { letterhead: 'The letterhead', houseStyle: 'The house style' } as const;

export class SettingsService {
  constructor(private readonly store: JsonStore) {}

  get(): AppSettings {
    // `catch` defaults in the schema: a damaged field falls back, the rest is kept.
    return appSettingsSchema.parse({
      letterhead: this.store.get('letterhead') ?? undefined,
      houseStyle: this.store.get('houseStyle') ?? undefined,
    });
  }

  update(update: SettingsUpdate): AppSettings {
    const current = this.get();
    const next = appSettingsSchema.parse({
      letterhead: update.letterhead
        ? {
            ...current.letterhead,
            ...update.letterhead,
            revision: this.next(current, 'letterhead', update.letterhead),
          }
        : current.letterhead,
      houseStyle: update.houseStyle
        ? {
            ...current.houseStyle,
            ...update.houseStyle,
            revision: this.next(current, 'houseStyle', update.houseStyle),
          }
        : current.houseStyle,
    });
    if (update.letterhead) this.store.set('letterhead', next.letterhead);
    if (update.houseStyle) this.store.set('houseStyle', next.houseStyle);
    return next;
  }

  /** `revision`: the letterhead's, as the user saw it. */
  setLogo(dataBase64: string, revision: number): AppSettings {
    const bytes = Buffer.from(dataBase64, 'base64');
    let info: ImageInfo;
    try {
      info = inspectLogo(bytes);
    } catch (error) {
      throw new UserFacingError('invalid-input', (error as Error).message);
    }
    return this.setLetterhead({ logo: { ...info, dataBase64: bytes.toString('base64') } }, revision);
  }

  clearLogo(revision: number): AppSettings {
    return this.setLetterhead({ logo: null }, revision);
  }

  private setLetterhead(changes: Partial<Letterhead>, revision: number): AppSettings {
    const current = this.get();
    this.store.set('letterhead', {
      ...current.letterhead,
      ...changes,
      revision: this.next(current, 'letterhead', { revision }),
    });
    return this.get();
  }

  private next(
    current: AppSettings,
    section: keyof typeof SECTION_NAMES,
    basedOn: { revision: number },
  ): number {
    return nextRevision(current[section], basedOn.revision, SECTION_NAMES[section]);
  }
}
