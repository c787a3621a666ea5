import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../core/i18n/languages';
import { makeDataDir, openServices } from '../helpers/services';

describe('which language the interface speaks', () => {
  it('follows the first system language it speaks, whatever the region or script subtag', () => {
    expect(resolveLanguage('system', ['zh-CN'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh-SG'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['en-US', 'zh-CN'])).toBe('en');
    expect(resolveLanguage('system', ['fr-FR', 'zh-CN'])).toBe('zh-CN');
  });

  it('falls back to English for a system it does not speak, no languages, or malformed tags', () => {
    expect(resolveLanguage('system', ['de-DE', 'fr'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('system', ['', 'not a tag!', '\u0000'])).toBe('en');
    expect(resolveLanguage('system', ['not a tag!', 'zh-CN'])).toBe('zh-CN');
  });

  it('uses the language chosen in Settings over the system’s', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-GB'])).toBe('zh-CN');
  });
});

describe('the language setting', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  beforeEach(async () => {
    data = await makeDataDir();
  });
  afterEach(() => data.cleanup());

  it('starts by following the system, and keeps a choice across restarts', async () => {
    const first = await openServices(data.dir);
    expect(first.settings.get().ui).toEqual({ language: 'system', yourName: '', revision: 0 });
    const saved = first.settings.update({ ui: { language: 'zh-CN', revision: 0 } });
    expect(saved.ui).toEqual({ language: 'zh-CN', yourName: '', revision: 1 });
    // The other sections are untouched by it.
    expect(saved.houseStyle.revision).toBe(0);
    expect(saved.letterhead.revision).toBe(0);
    const again = await openServices(data.dir);
    expect(again.settings.get().ui.language).toBe('zh-CN');
  });

  it('refuses a change made on a language setting another window has changed since', async () => {
    const { settings } = await openServices(data.dir);
    settings.update({ ui: { language: 'en', revision: 0 } });
    expect(() => settings.update({ ui: { language: 'zh-CN', revision: 0 } })).toThrow(/changed/i);
    expect(settings.get().ui).toEqual({ language: 'en', yourName: '', revision: 1 });
  });

  it('reads a damaged or unknown stored language as "follow the system", keeping the rest', async () => {
    const first = await openServices(data.dir);
    first.settings.update({ houseStyle: { latinFont: 'Georgia', revision: 0 } });
    // As a hand edit or a newer version might leave it.
    const file = join(data.dir, 'settings.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, ui: { language: 'klingon', revision: 4 } }));
    const { settings } = await openServices(data.dir);
    expect(settings.get().ui).toEqual({ language: 'system', yourName: '', revision: 4 });
    expect(settings.get().houseStyle.latinFont).toBe('Georgia');
  });
});
