/**
 * Templates. The built-in ones are data files shipped in `templates/`; a file
 * that does not parse is skipped with a notice rather than stopping the app.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTemplate, type Template, type TemplateSummary } from '../../core/template';
import { notFound } from './errors';

export class TemplateService {
  private constructor(private readonly builtIns: Map<string, Template>) {}

  static async open(templatesDir: string, notices: string[]): Promise<TemplateService> {
    const builtIns = new Map<string, Template>();
    let names: string[] = [];
    try {
      names = (await readdir(templatesDir)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      notices.push(
        `The built-in templates folder ${templatesDir} could not be read (${(error as Error).message}).`,
      );
    }
    for (const name of names) {
      try {
        const template = parseTemplate(JSON.parse(await readFile(join(templatesDir, name), 'utf8')));
        builtIns.set(template.id, template);
      } catch (error) {
        notices.push(
          `The template file ${name} is malformed (${(error as Error).message}) and was left out.`,
        );
      }
    }
    return new TemplateService(builtIns);
  }

  list(): TemplateSummary[] {
    return [...this.builtIns.values()].map(({ id, name, nameZh, description }) => ({
      id,
      name,
      nameZh,
      description,
    }));
  }

  async get(id: string): Promise<Template> {
    const template = this.builtIns.get(id);
    if (!template) throw notFound(`The template “${id}”`);
    return template;
  }
}
