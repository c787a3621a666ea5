/**
 * Test set-up through the app's API, called from the page as the renderer
 * calls it, with the session's token: what a test needs in place before it
 * drives the interface (the interface itself is what the tests exercise).
 */
import type { Page } from '@playwright/test';
import type { ApiName } from '../../core/contract';
import type { Letter } from '../../core/letter';
import type { TermFields } from '../../core/terms/termEntry';

/** Calls `name` with `input` from the page; throws with the server's message if it is refused. */
export async function api<T>(page: Page, name: ApiName, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([name, input]) => {
      const token = new URLSearchParams(window.location.search).get('token') ?? '';
      const response = await fetch(`/api/${name as string}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LetterDesk-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value as T;
}

/** A signed letter to EUobserver from the rebuttal template, every field filled, as stored. */
export async function letterToEuobserver(page: Page): Promise<Letter> {
  await api(page, 'signatories.save', {
    signatory: {
      id: 'wang-lei',
      nameEn: 'Wang Lei',
      nameZh: '王磊',
      titleEn: 'Press Counsellor',
      titleZh: '新闻参赞',
      organisationEn: 'Embassy of the People’s Republic of China in Belgium',
      organisationZh: '中国驻比利时使馆',
      revision: 0,
    },
  });
  const created = await api<Letter>(page, 'letters.create', {
    templateId: 'letter-to-the-editor-rebuttal',
    fields: {
      publication: 'EUobserver',
      publicationZh: '欧盟观察网',
      articleTitle: 'Belgium’s ports and the China question',
      articleDate: '2020-05-06',
      articleUrl: 'https://euobserver.example/ports',
    },
  });
  return api<Letter>(page, 'letters.save', {
    letter: { ...created, publicationId: 'euobserver', closing: 'Yours faithfully,' },
  });
}

/**
 * A termbase entry for the tests to add: not in the starter set (templates/seed/terms.json), so the
 * highlight, card, picker or check a test finds is this entry's.
 */
export const GSI: TermFields = {
  zh: ['全球安全倡议'],
  en: ['Global Security Initiative'],
  forbidden: ['Global Safety Initiative'],
  note: 'Proposed in April 2022.',
  source: 'https://www.fmprc.gov.cn/',
  domain: 'policy',
};
