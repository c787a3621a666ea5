/**
 * The archive at a size an office reaches in a few years, in process on real
 * data folders: 200 letters, 1,000 sendings (five each, by DOCX handout or
 * "Mark as sent…"), exported whole (a DOCX built again for each sending) and
 * imported into an empty library (every file checked before anything is
 * written), with the archive's size.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editorDoc, paragraphNode, textNode } from '../core/editorDoc';
import { median, timeRuns } from './stats';
import { openBenchServices } from './benchServices';

export interface ArchiveFigures {
  letters: number;
  sendings: number;
  versions: number;
  /** The archive's size in bytes. */
  bytes: number;
  exportMedianMs: number;
  importMedianMs: number;
}

const PAPERS = ['Financial Times', 'The Guardian', 'EUobserver', 'Le Soir', 'Die Zeit'];
const paragraph = (i: number, p: number) =>
  `Paragraph ${p} of letter ${i}: the ports of Piraeus and Valencia handled more trade last year than in any year before, and the figures the ministry published show that investors from every country were treated alike.`;

export async function archiveFigures(letters = 200, perLetter = 5, runs = 3): Promise<ArchiveFigures> {
  const open = openBenchServices;
  const source = await mkdtemp(join(tmpdir(), 'letterdesk-bench-archive-'));
  const targets: string[] = [];
  try {
    const services = await open(source);
    for (let i = 0; i < letters; i++) {
      const blank = await services.letters.create(null);
      const body = editorDoc(Array.from({ length: 6 }, (_, p) => paragraphNode([textNode(paragraph(i, p))])));
      const letter = await services.letters.save({ ...blank, title: `On the ports ${i}`, body });
      for (let k = 0; k < perLetter; k++) {
        await services.log.record({
          letterId: letter.id,
          versionId: null,
          publicationId: null,
          publication: PAPERS[(i + k) % PAPERS.length],
          publicationZh: '',
          to: 'letters@example.com',
          sentAt: new Date(Date.UTC(2025, 0, 1) + (i * perLetter + k) * 3_600_000).toISOString(),
          channel: k % 2 ? 'other' : 'docx',
          exclusive: false,
          replyWindowDays: null,
        });
      }
    }
    await services.log.flush();
    const versions = (
      await Promise.all(
        services.letters
          .list()
          .map(async (letter) => (await services.history.list(letter.id)).versions.length),
      )
    ).reduce((a, b) => a + b, 0);
    const selection = { year: null, publication: null };
    let bytes: Uint8Array = new Uint8Array();
    const exports = await timeRuns(runs, async () => {
      bytes = (await services.archive.export(selection)).bytes;
    });
    const content = Buffer.from(bytes).toString('base64');
    const imports: number[] = [];
    for (let run = 0; run < runs; run++) {
      const target = await mkdtemp(join(tmpdir(), 'letterdesk-bench-archive-into-'));
      targets.push(target);
      const into = await open(target);
      const started = performance.now();
      const result = await into.archive.import('archive.zip', content);
      imports.push(performance.now() - started);
      if (result.sendings.added !== letters * perLetter)
        throw new Error(`imported ${result.sendings.added} of ${letters * perLetter} sendings`);
      await into.log.flush();
      await into.letters.close();
    }
    await services.letters.close();
    return {
      letters,
      sendings: letters * perLetter,
      versions,
      bytes: bytes.length,
      exportMedianMs: median(exports),
      importMedianMs: median(imports),
    };
  } finally {
    for (const dir of [source, ...targets])
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
