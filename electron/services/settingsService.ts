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
import { WordedError } from '../../core/i18n/wordedError';
import { UserFacingError, type ItemRef } from './errors';
import { nextRevision } from './revisions';

const SECTIONS = ['letterhead', 'houseStyle', 'ui', 'log'] as const;
type Section = (typeof SECTIONS)[number];
/** Each section in a conflict message (errors.ts words them). */
const SECTION_ITEMS = {
  letterhead: 'letterheadSettings',
  houseStyle: 'houseStyleSettings',
  ui: 'uiSettings',
  log: 'logSettings',
} as const satisfies Record<Section, ItemRef['item']>;

export class SettingsService {
  private readonly listeners = new Set<(settings: AppSettings) => void>();

  constructor(private readonly store: JsonStore) {}

  /** Calls `listener` after each update (the desktop app's menu follows the interface language); returns the way to stop. */
  onChange(listener: (settings: AppSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): AppSettings {
    // `catch` defaults in the schema: a damaged field falls back, the rest is kept.
    return appSettingsSchema.parse(
      Object.fromEntries(SECTIONS.map((section) => [section, this.store.get(section) ?? undefined])),
    );
  }

  update(update: SettingsUpdate): AppSettings {
    const current = this.get();
    const changed = SECTIONS.filter((section) => update[section]);
    const next = appSettingsSchema.parse({
      ...current,
      ...Object.fromEntries(
        changed.map((section) => [
          section,
          {
            ...current[section],
            ...update[section],
            revision: this.next(current, section, update[section]!),
          },
        ]),
      ),
    });
    for (const section of changed) this.store.set(section, next[section]);
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** `revision`: the letterhead's, as the user saw it. */
  setLogo(dataBase64: string, revision: number): AppSettings {
    const bytes = Buffer.from(dataBase64, 'base64');
    let info: ImageInfo;
    try {
      info = inspectLogo(bytes);
    } catch (error) {
      if (error instanceof WordedError) throw new UserFacingError('invalid-input', error.wording);
      throw error;
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

  private next(current: AppSettings, section: Section, basedOn: { revision: number }): number {
    return nextRevision(current[section], basedOn.revision, { item: SECTION_ITEMS[section] });
  }
}
