import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectLogo, LOGO_MAX_BYTES } from '../../core/image';
import { makePng } from '../helpers/png';
import { makeDataDir, openServices } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

// A minimal JPEG header: SOI, then a SOF0 segment for a 40×30 image.
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x1e, 0x00, 0x28, 0x03, 0, 0, 0, 0, 0, 0, 0, 0,
]);

describe('logo images', () => {
  it('reads the type and size of PNG and JPEG files from their bytes', () => {
    expect(inspectLogo(makePng(120, 48))).toEqual({ mimeType: 'image/png', width: 120, height: 48 });
    expect(inspectLogo(JPEG)).toEqual({ mimeType: 'image/jpeg', width: 40, height: 30 });
  });

  it('refuses other files, huge files and absurd sizes with a message for the user', () => {
    expect(() => inspectLogo(Buffer.from('GIF89a…'))).toThrow(
      'The logo must be a PNG or JPEG image. Choose another file.',
    );
    expect(() => inspectLogo(Buffer.alloc(LOGO_MAX_BYTES + 1))).toThrow(/the limit is 1 MB/);
    expect(() => inspectLogo(makePng(7000, 1))).toThrow(/at most 6000 pixels/);
  });
});

describe('settings', () => {
  it('starts with the house defaults', async () => {
    const { settings } = await openServices(data.dir);
    expect(settings.get().houseStyle).toEqual({
      dateFormat: 'day-month-year',
      latinFont: 'Times New Roman',
      eastAsianFont: 'SimSun',
      prefaceCharLimit: 300,
      spelling: 'en-GB',
      revision: 0,
    });
    expect(settings.get().letterhead.logo).toBeNull();
  });

  it('keeps the letterhead, house style and logo across restarts', async () => {
    const { settings } = await openServices(data.dir);
    settings.update({
      letterhead: { organisationEn: 'Embassy of Examplia', address: 'Rue 1\n1000 Brussels', revision: 0 },
    });
    settings.update({
      houseStyle: { dateFormat: 'month-day-year', eastAsianFont: 'Microsoft YaHei', revision: 0 },
    });
    settings.setLogo(makePng(60, 20).toString('base64'), 1);

    const reopened = (await openServices(data.dir)).settings.get();
    expect(reopened.letterhead).toMatchObject({
      organisationEn: 'Embassy of Examplia',
      address: 'Rue 1\n1000 Brussels',
    });
    expect(reopened.letterhead.logo).toMatchObject({ mimeType: 'image/png', width: 60, height: 20 });
    expect(reopened.houseStyle).toEqual({
      dateFormat: 'month-day-year',
      latinFont: 'Times New Roman',
      eastAsianFont: 'Microsoft YaHei',
      prefaceCharLimit: 300,
      spelling: 'en-GB',
      revision: 1,
    });
  });

  it('refuses a file that is not an image and keeps the previous logo', async () => {
    const { settings } = await openServices(data.dir);
    settings.setLogo(makePng(10, 10).toString('base64'), 0);
    expect(() => settings.setLogo(Buffer.from('not an image').toString('base64'), 1)).toThrow(/PNG or JPEG/);
    expect(settings.get().letterhead.logo?.width).toBe(10);
    settings.clearLogo(1);
    expect(settings.get().letterhead.logo).toBeNull();
  });

  it('falls back field by field when the stored settings were hand-edited badly', async () => {
    await writeFile(
      join(data.dir, 'settings.json'),
      JSON.stringify({
        letterhead: { organisationEn: 'Kept', phone: 42, logo: 'garbage' },
        houseStyle: { dateFormat: 'yyyy', latinFont: '<script>' },
      }),
    );
    const { settings } = await openServices(data.dir);
    expect(settings.get().letterhead).toMatchObject({ organisationEn: 'Kept', phone: '', logo: null });
    expect(settings.get().houseStyle).toMatchObject({
      dateFormat: 'day-month-year',
      latinFont: 'Times New Roman',
    });
  });
});
