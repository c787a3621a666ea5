/**
 * Sharing the library: templates, signatories and publications exported to
 * one `.json` file and imported from one. An import is checked in full
 * first; a file with any problem changes nothing.
 */
import type { Publication } from '../../core/publication';
import { personOf, type Signatory } from '../../core/signatory';
import { TEMPLATE_NAME_MAX, type Template, type UserTemplate } from '../../core/template';
import {
  libraryFile,
  type ClashOption,
  type ImportResult,
  type LibraryClash,
  type LibraryContents,
  type LibraryFile,
} from '../../core/libraryFile';
import { safeFileName } from '../../core/exportFileName';
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';
import { checkLibraryFile } from '../../core/schemas/libraryFile';
import type { ExportFile } from './docxExportFile';
import { UserFacingError } from './errors';
import { fittedVariant, ItemIndex, nameKey, NamesInUse, withoutKeys } from './libraryIndex';
import type { SignatoryService } from './signatoryService';
import { newTemplateId, type TemplateService } from './templateService';
import { runInSlices, yieldToEventLoop } from './yieldToEventLoop';

/** What the library service needs of the publications service. */
export interface PublicationStore {
  list(): Publication[] | Promise<Publication[]>;
  /** Adds or replaces each by id, in one write. */
  saveMany(publications: Publication[]): unknown;
}

const messages = defineMessages({
  refused: {
    id: 'import.refused',
    defaultMessage:
      'Nothing was imported: “{fileName}” has {count, plural, one {a problem} other {problems}}. Fix {count, plural, one {it} other {them}} and import the file again.',
  },
  templateGone: {
    id: 'error.library.templateGone',
    defaultMessage: 'A template chosen for export no longer exists. Reopen the list and try again.',
  },
});

/** A refused import: the message, then each problem on a line of its own. */
export class ImportProblemsError extends UserFacingError {
  constructor(
    fileName: string,
    readonly problems: Wording[],
  ) {
    super('invalid-input', wording(messages.refused, { fileName, count: problems.length }), problems);
  }
}

/** What does not make an item different: when it was edited, how often, and a template's built-in flag. */
const TEMPLATE_VOLATILE = ['builtIn', 'updatedAt', 'revision'] as const;
const ITEM_VOLATILE = ['revision'] as const;
const templateContent = (template: UserTemplate) => withoutKeys(template, TEMPLATE_VOLATILE);
const itemContent = (item: object) => withoutKeys(item, ITEM_VOLATILE);

const importedName = fittedVariant(TEMPLATE_NAME_MAX, (n) => ` (imported${n > 1 ? ` ${n}` : ''})`);
const importedId = fittedVariant(64, (n) => `-imported${n > 1 ? `-${n}` : ''}`);

/** The library as it stood before the import, read from each store once and indexed once. */
class Stored {
  readonly templateIndex: ItemIndex<UserTemplate>;
  readonly signatoryIndex: ItemIndex<Signatory>;
  readonly publicationIndex: ItemIndex<Publication>;

  constructor(
    readonly templates: Template[],
    signatories: Signatory[],
    readonly publications: Publication[],
  ) {
    this.templateIndex = new ItemIndex<UserTemplate>(templates, templateContent, (t) => t.name);
    this.signatoryIndex = new ItemIndex(signatories, itemContent);
    this.publicationIndex = new ItemIndex(publications, itemContent);
  }
}

export class LibraryService {
  constructor(
    private readonly templates: TemplateService,
    private readonly signatories: SignatoryService,
    private readonly publications: PublicationStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async export(templateIds?: string[]): Promise<ExportFile> {
    const all = this.templates.all();
    const chosen = templateIds ? all.filter((t) => templateIds.includes(t.id)) : all;
    if (templateIds && chosen.length !== templateIds.length)
      throw new UserFacingError('not-found', wording(messages.templateGone));
    const contents: LibraryContents = {
      templates: chosen.map(({ builtIn: _builtIn, ...template }) => template),
      // The file carries the people; a profile's revision is this library's own bookkeeping.
      signatories: this.signatories.list().signatories.map(personOf),
      publications: await this.publications.list(),
    };
    const file = libraryFile(contents, this.now());
    const day = file.exportedAt.slice(0, 10);
    return {
      fileName: safeFileName(`letterdesk-library-${day}`, 'json'),
      title: 'the template library',
      bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
      mimeType: 'application/json',
    };
  }

  async import(fileName: string, content: string, onClash?: ClashOption): Promise<ImportResult> {
    const parsed = await runInSlices(checkLibraryFile(content));
    if (!parsed.ok) throw new ImportProblemsError(fileName, parsed.problems);
    const { file } = parsed;
    await yieldToEventLoop();
    const stored = new Stored(
      this.templates.all(),
      this.signatories.list().signatories,
      await this.publications.list(),
    );
    const clashes = this.clashes(file, stored);
    if (clashes.length && !onClash) return { status: 'clash', clashes };
    await yieldToEventLoop();
    const option = onClash ?? 'rename';
    this.templates.setUserTemplates(mergeTemplates(stored, file.templates, option));
    this.signatories.saveMany(
      mergeById(stored.signatoryIndex, file.signatories, option, () => newTemplateId()),
    );
    // Ids the file brings are taken too, so a renamed one never lands on another imported one.
    const freeIds = new NamesInUse(
      [...stored.publications, ...file.publications].map((p) => p.id),
      importedId,
    );
    await this.publications.saveMany(
      mergeById(stored.publicationIndex, file.publications, option, (p) => freeIds.free(p.id)),
    );
    return {
      status: 'imported',
      counts: {
        templates: file.templates.length,
        signatories: file.signatories.length,
        publications: file.publications.length,
      },
    };
  }

  private clashes(file: LibraryFile, stored: Stored): LibraryClash[] {
    return [
      ...file.templates
        .filter((t) => stored.templateIndex.clashesWith(t))
        .map((t) => ({ kind: 'template' as const, id: t.id, name: t.name })),
      ...file.signatories
        .filter((s) => stored.signatoryIndex.clashesWith(s))
        .map((s) => ({ kind: 'signatory' as const, id: s.id, name: s.nameEn || s.nameZh || s.id })),
      ...file.publications
        .filter((p) => stored.publicationIndex.clashesWith(p))
        .map((p) => ({ kind: 'publication' as const, id: p.id, name: p.nameEn })),
    ];
  }
}

/**
 * The user's templates after the import, in one pass. An unchanged copy of a
 * stored template is skipped; a clash (same id or name) is replaced or kept
 * beside it under a free name, as the user chose. Built-ins are never
 * replaced: a clashing import always becomes a copy beside them.
 */
function mergeTemplates(
  { templates: stored, templateIndex: index }: Stored,
  incoming: UserTemplate[],
  onClash: ClashOption,
): UserTemplate[] {
  const builtIns = stored.filter((t) => t.builtIn);
  const builtInIds = new Set(builtIns.map((t) => t.id));
  const builtInNames = new Set(builtIns.map((t) => nameKey(t.name)));
  const mine = new Map<string, UserTemplate>();
  const mineByName = new Map<string, Set<string>>();
  const names = new NamesInUse(
    builtIns.map((t) => t.name),
    importedName,
  );
  const add = (template: UserTemplate) => {
    mine.set(template.id, template);
    const key = nameKey(template.name);
    mineByName.set(key, (mineByName.get(key) ?? new Set()).add(template.id));
    names.add(template.name);
  };
  const remove = (id: string) => {
    const template = mine.get(id);
    if (!template) return;
    mine.delete(id);
    mineByName.get(nameKey(template.name))?.delete(id);
    names.remove(template.name);
  };
  for (const template of stored)
    if (!template.builtIn) add(withoutKeys(template, ['builtIn']) as UserTemplate);

  for (const template of incoming) {
    if (index.holds(template)) continue;
    const builtInClash = builtInIds.has(template.id) || builtInNames.has(nameKey(template.name));
    if (onClash === 'replace' && !builtInClash) {
      for (const id of [template.id, ...(mineByName.get(nameKey(template.name)) ?? [])]) remove(id);
      add(template);
    } else if (builtInClash || mine.has(template.id) || names.has(template.name)) {
      add({ ...template, id: newTemplateId(), name: names.free(template.name) });
    } else {
      add(template);
    }
  }
  return [...mine.values()];
}

/**
 * Signatories or publications to save, by id. The same item exported and
 * imported back is not a second one; a clashing id is replaced, or the import
 * is kept beside it under `renamed`'s id.
 */
function mergeById<T extends { id: string }>(
  index: ItemIndex<T>,
  incoming: T[],
  onClash: ClashOption,
  renamed: (item: T) => string,
): T[] {
  return incoming
    .filter((item) => !index.holds(item))
    .map((item) => (index.hasId(item.id) && onClash === 'rename' ? { ...item, id: renamed(item) } : item));
}
