/**
 * The library of letters. Each letter is its own file (`letters/<id>.json`),
 * written atomically, so one autosave costs the size of one letter whatever
 * the library holds. Trashed letters move to `trash/<id>.json`.
 *
 * An in-memory index of summaries answers the sidebar without reading files;
 * it is built once at start-up, when damaged files are also moved aside.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  newBlankLetter,
  parseLetter,
  summarise,
  type Letter,
  type LetterFields,
  type LetterSummary,
} from '../../core/letter';
import { createLetterFromTemplate } from '../../core/template';
import type { Signatory } from '../../core/signatory';
import { writeFileAtomic } from '../storage/atomicWrite';
import { timestampForFileName } from '../storage/timestamp';
import { describeFsError, notFound, UserFacingError } from './errors';
import type { TemplateService } from './templateService';

type Place = 'letters' | 'trash';

export interface LetterServiceOptions {
  dataDir: string;
  templates: TemplateService;
  defaultSignatory: () => Signatory | null;
  notices: string[];
  now?: () => Date;
}

const newId = () => randomUUID().replace(/-/g, '');

export class LetterService {
  private readonly index = new Map<string, { summary: LetterSummary; place: Place }>();
  private readonly now: () => Date;

  private constructor(private readonly options: LetterServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: LetterServiceOptions): Promise<LetterService> {
    const service = new LetterService(options);
    await service.loadIndex();
    return service;
  }

  /** Where letters live; documented in README.md. */
  get lettersDir(): string {
    return join(this.options.dataDir, 'letters');
  }

  private dir(place: Place): string {
    return join(this.options.dataDir, place);
  }

  private file(place: Place, id: string): string {
    return join(this.dir(place), `${id}.json`);
  }

  private async loadIndex(): Promise<void> {
    for (const place of ['letters', 'trash'] as const) {
      await mkdir(this.dir(place), { recursive: true });
      for (const name of await readdir(this.dir(place))) {
        if (!name.endsWith('.json')) continue;
        const path = join(this.dir(place), name);
        try {
          const letter = parseLetter(JSON.parse(await readFile(path, 'utf8')));
          if (`${letter.id}.json` !== name)
            throw new Error(`its id "${letter.id}" does not match its file name`);
          this.index.set(letter.id, { summary: summarise(letter), place });
        } catch (error) {
          const backup = `${path}.corrupt-${timestampForFileName(this.now())}`;
          await rename(path, backup);
          this.options.notices.push(
            `The letter file ${name} was damaged (${(error as Error).message}) and could not be opened. ` +
              `LetterDesk kept it as ${backup}; the rest of the library is unaffected.`,
          );
        }
      }
    }
  }

  /** Newest first. */
  list(trash = false): LetterSummary[] {
    const wanted: Place = trash ? 'trash' : 'letters';
    return [...this.index.values()]
      .filter((entry) => entry.place === wanted)
      .map((entry) => entry.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  private entry(id: string) {
    const entry = this.index.get(id);
    if (!entry) throw notFound('The letter');
    return entry;
  }

  async get(id: string): Promise<Letter> {
    const { place } = this.entry(id);
    return parseLetter(JSON.parse(await readFile(this.file(place, id), 'utf8')));
  }

  async create(templateId: string | null, fields: Partial<LetterFields> = {}): Promise<Letter> {
    const base = { id: newId(), now: this.now(), signatory: this.options.defaultSignatory() };
    const letter = templateId
      ? createLetterFromTemplate(await this.options.templates.get(templateId), { ...base, fields })
      : newBlankLetter({ ...base, fields });
    return this.write('letters', letter);
  }

  /** Autosave: the renderer sends the whole letter; we stamp and store it. */
  async save(letter: Letter): Promise<Letter> {
    const { place } = this.entry(letter.id);
    if (place === 'trash') {
      throw new UserFacingError('not-found', 'This letter is in the trash. Restore it to go on editing.');
    }
    return this.write('letters', { ...letter, updatedAt: this.now().toISOString() });
  }

  async rename(id: string, title: string): Promise<Letter> {
    const letter = await this.get(id);
    return this.write(this.entry(id).place, {
      ...letter,
      title: title.trim(),
      updatedAt: this.now().toISOString(),
    });
  }

  async duplicate(id: string): Promise<Letter> {
    const original = await this.get(id);
    const stamp = this.now().toISOString();
    const title = `${summarise(original).title} (copy)`;
    const { deletedAt: _deleted, ...rest } = original;
    return this.write('letters', {
      ...rest,
      id: newId(),
      title,
      status: 'draft',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  async trash(id: string): Promise<LetterSummary> {
    return this.move(id, 'letters', 'trash');
  }

  async restore(id: string): Promise<LetterSummary> {
    return this.move(id, 'trash', 'letters');
  }

  async emptyTrash(): Promise<{ removed: number }> {
    const doomed = [...this.index].filter(([, entry]) => entry.place === 'trash').map(([id]) => id);
    for (const id of doomed) {
      await rm(this.file('trash', id), { force: true });
      this.index.delete(id);
    }
    return { removed: doomed.length };
  }

  private async move(id: string, from: Place, to: Place): Promise<LetterSummary> {
    const entry = this.entry(id);
    if (entry.place !== from) throw notFound(from === 'trash' ? 'The letter in the trash' : 'The letter');
    const letter = await this.get(id);
    const { deletedAt: _deleted, ...rest } = letter;
    const moved = to === 'trash' ? { ...rest, deletedAt: this.now().toISOString() } : rest;
    // Write the new copy first, then remove the old: a crash in between leaves
    // the letter in both places (recoverable), never in neither.
    const stored = await this.write(to, moved);
    await rm(this.file(from, id), { force: true });
    return summarise(stored);
  }

  private async write(place: Place, letter: Letter): Promise<Letter> {
    try {
      await writeFileAtomic(this.file(place, letter.id), JSON.stringify(letter));
    } catch (error) {
      throw describeFsError(
        error,
        `save the letter “${summarise(letter).title}”`,
        `the data folder ${this.options.dataDir}`,
      );
    }
    this.index.set(letter.id, { summary: summarise(letter), place });
    return letter;
  }
}
