/**
 * Sharing the library: templates, signatories and publications exported to
 * one `.json` file and imported from one. An import is checked in full
 * first; a file with any problem changes nothing.
 */
import type { Publication } from '../../core/publication';
import { personOf, type Signatory } from '../../core/signatory';
import type { UserTemplate } from '../../core/template';
import {
  libraryFile,
  type ClashOption,
  type ImportResult,
  type LibraryClash,
  type LibraryContents,
  type LibraryFile,
} from '../../core/libraryFile';
import { parseLibraryFile } from '../../core/schemas/libraryFile';
import type { ExportFile } from './docxExportFile';
import { UserFacingError } from './errors';
import type { SignatoryService } from './signatoryService';
import { newTemplateId, type TemplateService } from './templateService';

/** What the library service needs of the publications service. */
export interface PublicationStore {
  list(): Publication[] | Promise<Publication[]>;
  /** Adds or replaces by id whatever is stored (the next revision, or 1). */
  put(publication: Publication): unknown;
}

export class ImportProblemsError extends UserFacingError {
  constructor(
    fileName: string,
    readonly problems: string[],
  ) {
    super(
      'invalid-input',
      `Nothing was imported: “${fileName}” has ${problems.length === 1 ? 'a problem' : 'problems'}. Fix ${problems.length === 1 ? 'it' : 'them'} and import the file again.\n${problems.join('\n')}`,
    );
  }
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** JSON with sorted keys, so stored and imported copies compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The same item exported and imported back is neither a clash nor a second copy, whatever its revision here. */
const identical = (a: object, b: object) => canonical(withoutRevision(a)) === canonical(withoutRevision(b));
const withoutRevision = ({ revision: _revision, ...rest }: { revision?: unknown }) => rest;

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
      throw new UserFacingError(
        'not-found',
        'A template chosen for export no longer exists. Reopen the list and try again.',
      );
    const contents: LibraryContents = {
      templates: chosen.map(({ builtIn: _builtIn, ...template }) => template),
      // The file carries the people; a profile's revision is this library's own bookkeeping.
      signatories: this.signatories.list().signatories.map(personOf),
      publications: await this.publications.list(),
    };
    const file = libraryFile(contents, this.now());
    const day = file.exportedAt.slice(0, 10);
    return {
      fileName: `letterdesk-library-${day}.json`,
      title: 'the template library',
      bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
      mimeType: 'application/json',
    };
  }

  async import(fileName: string, content: string, onClash?: ClashOption): Promise<ImportResult> {
    const parsed = parseLibraryFile(content);
    if (!parsed.ok) throw new ImportProblemsError(fileName, parsed.problems);
    const { file } = parsed;
    const clashes = await this.clashes(file);
    if (clashes.length && !onClash) return { status: 'clash', clashes };
    this.importTemplates(file.templates, onClash ?? 'rename');
    this.importSignatories(file.signatories, onClash ?? 'rename');
    for (const publication of await this.publicationsToImport(file.publications, onClash ?? 'rename'))
      await this.publications.put(publication);
    return {
      status: 'imported',
      counts: {
        templates: file.templates.length,
        signatories: file.signatories.length,
        publications: file.publications.length,
      },
    };
  }

  private async clashes(file: LibraryFile): Promise<LibraryClash[]> {
    const templates = this.templates.all();
    const signatories = this.signatories.list().signatories;
    const publications = await this.publications.list();
    return [
      ...file.templates
        .filter((t) =>
          templates.some((e) => (e.id === t.id || sameName(e.name, t.name)) && !identicalTemplate(e, t)),
        )
        .map((t) => ({ kind: 'template' as const, id: t.id, name: t.name })),
      ...file.signatories
        .filter((s) => signatories.some((e) => e.id === s.id && !identical(e, s)))
        .map((s) => ({ kind: 'signatory' as const, id: s.id, name: s.nameEn || s.nameZh || s.id })),
      ...file.publications
        .filter((p) => publications.some((e) => e.id === p.id && !identical(e, p)))
        .map((p) => ({ kind: 'publication' as const, id: p.id, name: p.nameEn })),
    ];
  }

  private importTemplates(incoming: UserTemplate[], onClash: ClashOption): void {
    let mine = this.templates.userTemplates();
    for (const template of incoming) {
      if (this.templates.all().some((e) => identicalTemplate(e, template))) continue;
      const clash = (e: { id: string; name: string }) =>
        e.id === template.id || sameName(e.name, template.name);
      // Built-ins are never replaced: a clashing import always becomes a copy beside them.
      const builtInClash = this.templates.all().some((e) => e.builtIn && clash(e));
      if (onClash === 'replace' && !builtInClash) {
        mine = [...mine.filter((e) => !clash(e)), template];
        continue;
      }
      const taken = [...this.templates.all().filter((e) => e.builtIn), ...mine];
      const renamed = taken.some(clash)
        ? {
            ...template,
            id: newTemplateId(),
            name: uniqueName(
              template.name,
              taken.map((e) => e.name),
            ),
          }
        : template;
      mine = [...mine, renamed];
    }
    this.templates.setUserTemplates(mine);
  }

  private importSignatories(incoming: Signatory[], onClash: ClashOption): void {
    const existing = this.signatories.list().signatories;
    for (const signatory of incoming) {
      const same = existing.find((e) => e.id === signatory.id);
      // The same profile exported and imported back is not a second person.
      if (same && identical(same, signatory)) continue;
      const clash = !!same;
      this.signatories.put(clash && onClash === 'rename' ? { ...signatory, id: newTemplateId() } : signatory);
    }
  }

  private async publicationsToImport(incoming: Publication[], onClash: ClashOption): Promise<Publication[]> {
    const existing = await this.publications.list();
    return incoming
      .filter((p) => !existing.some((e) => identical(e, p)))
      .map((p) =>
        existing.some((e) => e.id === p.id) && onClash === 'rename'
          ? { ...p, id: `${p.id}-imported`.slice(0, 64) }
          : p,
      );
  }
}

/** Same content and id; when it was last edited does not matter. */
function identicalTemplate(a: UserTemplate & { builtIn?: boolean }, b: UserTemplate): boolean {
  const { builtIn: _a, updatedAt: _ua, ...left } = a;
  const { updatedAt: _ub, ...right } = b;
  return identical(left, right);
}

/** "Name (imported)", "Name (imported 2)" … whichever is free. */
function uniqueName(name: string, taken: string[]): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${name} (imported${n > 1 ? ` ${n}` : ''})`.slice(0, 200);
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}
