/** Letterhead and house style, kept in the `settings` store. */
import { inspectLogo } from '../../core/image';
import { type AppSettings, type SettingsUpdate } from '../../core/settings';
import { appSettingsSchema } from '../../core/schemas/settings';
import type { JsonStore } from '../storage/jsonStore';
import { UserFacingError } from './errors';

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
      letterhead: { ...current.letterhead, ...update.letterhead },
      houseStyle: { ...current.houseStyle, ...update.houseStyle },
    });
    this.store.set('letterhead', next.letterhead);
    this.store.set('houseStyle', next.houseStyle);
    return next;
  }

  setLogo(dataBase64: string): AppSettings {
    const bytes = Buffer.from(dataBase64, 'base64');
    let info;
    try {
      info = inspectLogo(bytes);
    } catch (error) {
      throw new UserFacingError('invalid-input', (error as Error).message);
    }
    const current = this.get();
    this.store.set('letterhead', {
      ...current.letterhead,
      logo: { ...info, dataBase64: bytes.toString('base64') },
    });
    return this.get();
  }

  clearLogo(): AppSettings {
    this.store.set('letterhead', { ...this.get().letterhead, logo: null });
    return this.get();
  }
}
