/** The term files through the app's own calls and the real termbase store (electron/services/terms). */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import type { ExportFile } from '../../electron/services/docxExportFile';
import { makeDataDir, openServices } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { base64, content, fixture } from '../helpers/termFiles';

const dirs: Array<Awaited<ReturnType<typeof makeDataDir>>> = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => d.cleanup()));
  dirs.length = 0;
});

async function app() {
  const data = await makeDataDir();
  dirs.push(data);
  const services = await openServices(data.dir);
  const saved: ExportFile[] = [];
  const handlers = createHandlers(services, {
    ...CANCELLING_TRANSPORT,
    saveFile: async (file) => (saved.push(file), { status: 'saved', path: file.fileName }) as never,
  });
  return { services, saved, call: (name: string, input: unknown) => dispatch(handlers, name, input) };
}

describe('terms.export and terms.import', () => {
  it.each(['tbx', 'csv'] as const)(
    '%s: a termbase exported and imported into another is the same',
    async (format) => {
      const one = await app();
      await one.services.terms.save(null, 0, {
        zh: ['澜湄合作'],
        en: ['Lancang-Mekong Cooperation'],
        forbidden: ['Mekong-Lancang Co-op'],
        note: 'Launched in 2016.',
        source: 'https://www.fmprc.gov.cn/eng/',
        domain: 'policy',
      });
      expect(await one.call('terms.export', { format })).toMatchObject({ ok: true });
      const [file] = one.saved;
      expect(file.fileName).toMatch(new RegExp(`^LetterDesk termbase – \\d{4}-\\d{2}-\\d{2}\\.${format}$`));

      const two = await app();
      const result = await two.call('terms.import', { fileName: file.fileName, content: base64(file.bytes) });
      // The starter set is in both: unchanged; the entry made here is added.
      expect(result).toMatchObject({
        ok: true,
        value: { status: 'imported', counts: { added: 1, replaced: 0 } },
      });
      expect(content(await two.services.terms.all())).toEqual(content(await one.services.terms.all()));
    },
  );

  it('a starter entry changed elsewhere clashes by its Chinese term; replacing keeps its id', async () => {
    const one = await app();
    const stored = (await one.services.terms.all()).find((entry) => entry.zh[0] === '人类命运共同体');
    const csv =
      'zh,en,note\r\n人类命运共同体,community with a shared future for mankind,Revised by the desk\r\n';
    const clash = await one.call('terms.import', { fileName: 'desk.csv', content: base64(csv) });
    expect(clash).toMatchObject({ ok: true, value: { status: 'clash', clashes: [{ id: stored?.id }] } });
    const replaced = await one.call('terms.import', {
      fileName: 'desk.csv',
      content: base64(csv),
      onClash: 'replace',
    });
    expect(replaced).toMatchObject({ ok: true, value: { counts: { added: 0, replaced: 1, unchanged: 0 } } });
    const after = (await one.services.terms.all()).find((entry) => entry.id === stored?.id);
    expect(after).toMatchObject({ note: 'Revised by the desk', revision: (stored?.revision ?? 0) + 1 });
  });

  it('a refused file writes nothing to the store', async () => {
    const one = await app();
    const before = await one.services.terms.all();
    const result = await one.call('terms.import', {
      fileName: 'bomb.tbx',
      content: base64(fixture('billion-laughs.tbx')),
    });
    expect(result).toMatchObject({ ok: false });
    expect(await one.services.terms.all()).toEqual(before);
  });
});
