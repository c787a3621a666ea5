/**
 * Office settings as a press officer sets them up once: the letterhead with
 * its logo, and the house date style. Real server, real files: the settings
 * survive a restart and appear in the exported Word document.
 */
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import JSZip from 'jszip';
import { AppServer } from './appServer';
import { makePng } from '../helpers/png';
import { ui } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

/** A real 120×60 PNG, one colour: the logo. */
const LOGO = makePng(120, 60, [200, 16, 46]);
const ORGANISATION = 'Embassy of the People’s Republic of China in the Kingdom of Belgium';

async function openLetterFromTemplate(page: Page) {
  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await page.getByTestId('field-publication').fill('EUobserver');
  await page.getByTestId('field-letter-date').fill('2020-05-08');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** The preview's own pixels: proves the browser decoded the stored image. */
const previewSize = (page: Page) =>
  page.getByTestId('logo-preview').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);

test('letterhead, logo and date style are kept, shown and exported @both-languages', async ({ page }) => {
  await page.goto(app.url);
  await openLetterFromTemplate(page);
  await expect(page.getByTestId('letter-dateline')).toHaveText('8 May 2020');

  await page.getByTestId('settings').click();
  await page.getByTestId('letterhead-org-en').fill(ORGANISATION);
  await page.getByTestId('letterhead-org-zh').fill('中华人民共和国驻比利时王国大使馆');
  await page.getByTestId('letterhead-address').fill('Avenue de Tervueren 443-445\n1150 Brussels\nBelgium');
  await page.getByTestId('letterhead-phone').fill('+32 2 771 33 09');
  await page.getByTestId('letterhead-email').fill('press@china-embassy.be');
  await page.getByTestId('letterhead-website').fill('https://be.china-embassy.gov.cn');
  await expect(page.getByTestId('letterhead-status')).toHaveAttribute('data-state', 'saved');

  // A real PNG becomes the logo.
  await expect(page.getByTestId('logo-preview')).toHaveCount(0);
  await page
    .getByTestId('logo-input')
    .setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByTestId('logo-preview')).toBeVisible();
  expect(await previewSize(page)).toEqual([120, 60]);
  await expect(page.getByTestId('settings-view')).toContainText(
    ui('{format}, {width}×{height} pixels.', { format: 'PNG', width: 120, height: 60 }),
  );

  // Text renamed .png is refused by its bytes; the logo already chosen stays.
  await page.getByTestId('logo-input').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('Meeting notes, not a picture.\n'),
  });
  await expect(page.getByTestId('logo-error')).toContainText(
    ui('“{fileName}” was not used. {reason}', {
      fileName: 'notes.png',
      reason: ui('The logo must be a PNG or JPEG image. Choose another file.'),
    }),
  );
  await expect(page.getByTestId('logo-error')).toContainText(ui('The previous logo is kept.'));
  expect(await previewSize(page)).toEqual([120, 60]);

  // Too big is said before anything is sent.
  await page.getByTestId('logo-input').setInputFiles({
    name: 'poster.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(1024 * 1024 + 1, 1),
  });
  await expect(page.getByTestId('logo-error')).toContainText(
    ui(
      '“{fileName}” is {megabytes, number, ::.0} MB; a logo can be at most 1 MB. Save a smaller PNG or JPEG and choose it again.',
      { fileName: 'poster.png', megabytes: (1024 * 1024 + 1) / 1024 / 1024 },
    ),
  );
  expect(await previewSize(page)).toEqual([120, 60]);

  // A font name the DOCX could not hold is refused on the spot.
  await page.getByTestId('house-latin-font').fill('Times <New> Roman');
  await expect(page.getByTestId('settings-view')).toContainText(
    ui('A font name cannot contain < > & or ". Type the name as your word processor shows it.'),
  );
  await page.getByTestId('house-latin-font').fill('Georgia');

  // American dates, on the letter's date line.
  await page.getByTestId('house-date-format').selectOption({ label: 'May 8, 2020' });
  await expect(page.getByTestId('house-style-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('library-item').first().click();
  await expect(page.getByTestId('letter-dateline')).toHaveText('May 8, 2020');

  // Quit and start again: all of it is still there.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByTestId('letter-dateline')).toHaveText('May 8, 2020');
  await page.getByTestId('settings').click();
  await expect(page.getByTestId('letterhead-org-en')).toHaveValue(ORGANISATION);
  await expect(page.getByTestId('letterhead-org-zh')).toHaveValue('中华人民共和国驻比利时王国大使馆');
  await expect(page.getByTestId('letterhead-address')).toHaveValue(
    'Avenue de Tervueren 443-445\n1150 Brussels\nBelgium',
  );
  await expect(page.getByTestId('letterhead-website')).toHaveValue('https://be.china-embassy.gov.cn');
  await expect(page.getByTestId('house-date-format')).toHaveValue('month-day-year');
  await expect(page.getByTestId('house-latin-font')).toHaveValue('Georgia');
  expect(await previewSize(page)).toEqual([120, 60]);
  await page.screenshot({ path: test.info().outputPath('settings.png') });

  // The Word document carries the letterhead: names in the header, the logo as an image.
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    // The letter has no signatory yet: the checks hold it until told to go on.
    page
      .getByTestId('export-editor')
      .click()
      .then(() => page.getByTestId('preflight-export-anyway').click()),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((file) => file.async('string')));
  expect(headers.join('')).toContain('Embassy of the People’s Republic of China in the Kingdom of Belgium');
  const media = zip.file(/^word\/media\//);
  expect(media).toHaveLength(1);
  const image = await media[0].async('uint8array');
  expect(Buffer.from(image).equals(LOGO)).toBe(true);

  // Removing the logo leaves the letterhead without one.
  await page.getByTestId('settings').click();
  await page.getByTestId('logo-remove').click();
  await expect(page.getByTestId('logo-preview')).toHaveCount(0);
  await expect(page.getByTestId('logo-error')).toHaveCount(0);
});
