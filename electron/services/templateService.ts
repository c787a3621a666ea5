/**
 * Templates: the built-in ones are data files shipped in `templates/`
 * (read-only; a file that does not parse is skipped with a notice rather than
 * stopping the app); the user's own live in the `templates` store with their
 * rich content. Both are listed and served the same way.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { EditorDoc } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import {
  summariseTemplate,
  type Template,
  type TemplateSummary,
  type UserTemplate,
} from '../../core/template';
import { parseTemplate, userTemplateSchema } from '../../core/schemas/template';
import { templateFromLetter, type KeepParts } from '../../core/templateFromLetter';
import type { EnglishDateStyle } from '../../core/dates';
import { defineMessages, wording, type MessageDescriptor, type Wording } from '../../core/i18n/wording';
import type { JsonStore } from '../storage/jsonStore';
import { notFound, UserFacingError } from './errors';
import { RevisionedList } from './revisionedList';

const messages = defineMessages({
  builtInChanged: {
    id: 'error.template.builtInChanged',
    defaultMessage: '“{name}” is a built-in template and cannot be changed. Duplicate it and edit the copy.',
  },
  builtInDeleted: {
    id: 'error.template.builtInDeleted',
    defaultMessage:
      '“{name}” is a built-in template and cannot be deleted. It ships with LetterDesk; you can simply not use it.',
  },
  nameRequired: {
    id: 'error.template.nameRequired',
    defaultMessage: 'A template needs a name. Type one and try again.',
  },
  builtInsUnreadable: {
    id: 'notice.templates.builtInsUnreadable',
    defaultMessage: 'The built-in templates folder {folder} could not be read ({detail}).',
  },
  malformedFile: {
    id: 'notice.templates.malformedFile',
    defaultMessage: 'The template file {file} is malformed ({detail}) and was left out.',
  },
  damaged: {
    id: 'notice.templates.damaged',
    defaultMessage:
      '{count, plural, one {One of your templates could not be read and was left out. It is} other {# of your templates could not be read and were left out. They are}} kept under "damaged" in {path}.',
  },
});

export interface TemplateUpdate {
  id: string;
  /** The revision the edit was based on. */
  revision: number;
  name: string;
  description: string;
  preface?: EditorDoc;
  body?: EditorDoc;
  salutation?: string;
  closing?: string;
}

export interface SaveFromLetter {
  name: string;
  description: string;
  keep: KeepParts;
}

// A damaged entry is dropped rather than stopping the whole list.
const storedSchema = z.array(z.unknown()).catch([]);

export const newTemplateId = () => `u-${randomBytes(6).toString('hex')}`;

export class TemplateService {
  private readonly items: RevisionedList<UserTemplate>;

  private constructor(
    private readonly builtIns: Map<string, Template>,
    private readonly store: JsonStore,
    private readonly now: () => Date,
  ) {
    this.items = new RevisionedList(store, 'templates', {
      parse: (raw) => {
        const parsed = userTemplateSchema.safeParse(raw);
        return parsed.success && !builtIns.has(parsed.data.id) ? parsed.data : null;
      },
      describe: (t) => ({ item: 'template', name: t.name }),
      missing: (id) => ({ item: 'template', name: id }),
    });
  }

  /** `readOnly`: damaged entries are left out of the list but not moved in the file. */
  static async open(
    templatesDir: string,
    store: JsonStore,
    notices: Wording[],
    now: () => Date = () => new Date(),
    readOnly = false,
  ): Promise<TemplateService> {
    const builtIns = new Map<string, Template>();
    let names: string[] = [];
    try {
      names = (await readdir(templatesDir)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      notices.push(
        wording(messages.builtInsUnreadable, { folder: templatesDir, detail: (error as Error).message }),
      );
    }
    for (const name of names) {
      try {
        const template = parseTemplate(JSON.parse(await readFile(join(templatesDir, name), 'utf8')));
        builtIns.set(template.id, template);
      } catch (error) {
        notices.push(wording(messages.malformedFile, { file: name, detail: (error as Error).message }));
      }
    }
    const service = new TemplateService(builtIns, store, now);
    if (!readOnly) service.setAsideDamaged(notices);
    return service;
  }

  /**
   * A hand-edited or damaged entry in the store would be dropped by the next
   * save; it is moved under "damaged" in the same file instead, and reported.
   */
  private setAsideDamaged(notices: Wording[]): void {
    const stored = storedSchema.parse(this.store.get('templates') ?? []);
    const damaged = stored.filter((raw) => !userTemplateSchema.safeParse(raw).success);
    if (!damaged.length) return;
    const earlier = storedSchema.parse(this.store.get('damaged') ?? []);
    this.store.set('damaged', [...earlier, ...damaged]);
    this.store.set(
      'templates',
      stored.filter((raw) => userTemplateSchema.safeParse(raw).success),
    );
    notices.push(wording(messages.damaged, { count: damaged.length, path: this.store.path }));
  }

  /** The user's templates as stored (what an export carries). */
  userTemplates(): UserTemplate[] {
    return this.items.all();
  }

  /** Replaces the user's templates in one write (import applies all or nothing); changed ones get the next revision. */
  setUserTemplates(templates: UserTemplate[]): void {
    this.items.replaceAll(templates);
  }

  isBuiltIn(id: string): boolean {
    return this.builtIns.has(id);
  }

  all(): Template[] {
    return [
      ...this.builtIns.values(),
      ...this.userTemplates().map((template) => ({ ...template, builtIn: false })),
    ];
  }

  list(): TemplateSummary[] {
    return this.all().map(summariseTemplate);
  }

  async get(id: string): Promise<Template> {
    const template = this.all().find((t) => t.id === id);
    if (!template) throw notFound({ item: 'template', name: id });
    return template;
  }

  saveFromLetter(letter: Letter, input: SaveFromLetter, dateStyle?: EnglishDateStyle): Template {
    const template = templateFromLetter(letter, {
      ...input,
      name: requireName(input.name),
      id: newTemplateId(),
      now: this.now(),
      dateStyle,
    });
    return { ...this.items.save(template), builtIn: false };
  }

  /** A read-modify-write in one synchronous step: the stored template is read, checked and written. */
  update({ id, revision, ...changes }: TemplateUpdate): Template {
    this.refuseBuiltIn(id, messages.builtInChanged);
    const current = this.items.find(id);
    if (!current) throw notFound({ item: 'template', name: id });
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = {
      ...current,
      ...defined,
      name: requireName(changes.name),
      updatedAt: this.now().toISOString(),
      revision,
    };
    return { ...this.items.save(next), builtIn: false };
  }

  async duplicate(id: string): Promise<Template> {
    const { builtIn: _builtIn, ...source } = await this.get(id);
    const copy: UserTemplate = {
      ...structuredClone(source),
      id: newTemplateId(),
      name: `${source.name} (copy)`.slice(0, 200),
      updatedAt: this.now().toISOString(),
      revision: 0,
    };
    return { ...this.items.save(copy), builtIn: false };
  }

  remove(id: string, revision: number): TemplateSummary[] {
    this.refuseBuiltIn(id, messages.builtInDeleted);
    this.items.remove(id, revision);
    return this.list();
  }

  private refuseBuiltIn(id: string, refusal: MessageDescriptor): void {
    const builtIn = this.builtIns.get(id);
    if (builtIn) throw new UserFacingError('invalid-input', wording(refusal, { name: builtIn.name }));
  }
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new UserFacingError('invalid-input', wording(messages.nameRequired));
  return trimmed;
}
