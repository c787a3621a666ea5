/**
 * Templates: the skeleton of a letter with placeholders where the letter's own
 * facts go. Built-in templates are data files (templates/*.json) written as
 * paragraph strings with `{{placeholders}}`; user templates are saved from
 * letters and keep their rich content as editor documents. Both are served in
 * one form, `Template`, whose preface and body are editor documents, so
 * applying a template is the same for either.
 */
import { z } from 'zod';
import {
  editorDoc,
  editorDocSchema,
  headingNode,
  paragraphNode,
  placeholderNode,
  textNode,
  type EditorDoc,
} from './editorDoc';
import { newBlankLetter, SALUTATIONS, CLOSINGS, type Letter, type NewLetterOptions } from './letter';
import { splitPlaceholders } from './placeholders';

const text = (max: number) => z.string().max(max);

export const TEMPLATE_NAME_MAX = 200;
export const TEMPLATE_DESCRIPTION_MAX = 1000;

const templateMeta = {
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected lower-case letters, digits and dashes'),
  name: text(TEMPLATE_NAME_MAX).min(1),
  nameZh: text(100).default(''),
  description: text(TEMPLATE_DESCRIPTION_MAX).default(''),
  addressee: text(500).default(''),
  salutationOptions: z.array(text(200)).max(20).default([]),
};

/** The built-in file format: paragraphs as strings with `{{placeholders}}`. */
export const templateFileSchema = z.object({
  ...templateMeta,
  salutation: text(200).min(1),
  closing: text(200).min(1),
  preface: z.object({
    headline: text(500),
    paragraphs: z.array(text(20_000)).max(200),
  }),
  body: z.object({ paragraphs: z.array(text(20_000)).max(500) }),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** A user template as stored and exported: rich content; salutation/closing may be left empty. */
export const userTemplateSchema = z.object({
  ...templateMeta,
  salutation: text(200).default(''),
  closing: text(200).default(''),
  preface: editorDocSchema,
  body: editorDocSchema,
  updatedAt: text(40).default(''),
});
export type UserTemplate = z.infer<typeof userTemplateSchema>;

/** What `templates.get` returns, built-in or not. */
export type Template = UserTemplate & { builtIn: boolean };

export interface TemplateSummary {
  id: string;
  name: string;
  nameZh: string;
  description: string;
  builtIn: boolean;
}

export function summariseTemplate({ id, name, nameZh, description, builtIn }: Template): TemplateSummary {
  return { id, name, nameZh, description, builtIn };
}

/** Parses a built-in template file, with a message naming the bad field. */
export function parseTemplate(raw: unknown): Template {
  const result = templateFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return fromTemplateFile(result.data);
}

function inlineNodes(text: string) {
  return splitPlaceholders(text).map((part) =>
    'key' in part ? placeholderNode(part.key) : textNode(part.text),
  );
}

function paragraphs(texts: string[]): ReturnType<typeof paragraphNode>[] {
  const blocks = texts.map((t) => paragraphNode(inlineNodes(t)));
  return blocks.length ? blocks : [paragraphNode([])];
}

/** The empty preface every letter starts from: a headline and one paragraph. */
export const prefaceSkeleton = (): EditorDoc => editorDoc([headingNode('h1', []), paragraphNode([])]);
export const bodySkeleton = (): EditorDoc => editorDoc([paragraphNode([])]);

/** Converts the paragraph-string file format to editor documents. */
export function fromTemplateFile(file: TemplateFile): Template {
  return {
    ...file,
    preface: editorDoc([
      headingNode('h1', inlineNodes(file.preface.headline)),
      ...paragraphs(file.preface.paragraphs),
    ]),
    body: editorDoc(paragraphs(file.body.paragraphs)),
    updatedAt: '',
    builtIn: true,
  };
}

const copyDoc = (doc: EditorDoc): EditorDoc => structuredClone(doc);

export function createLetterFromTemplate(template: Template, options: NewLetterOptions): Letter {
  return {
    ...newBlankLetter(options),
    templateId: template.id,
    addressee: template.addressee,
    salutation: template.salutation || SALUTATIONS[0],
    closing: template.closing || CLOSINGS[0],
    preface: copyDoc(template.preface),
    body: copyDoc(template.body),
  };
}
