/**
 * Templates: the skeleton of a letter with placeholders where the letter's own
 * facts go. Built-in templates are data files (templates/*.json) written as
 * paragraph strings with `{{placeholders}}`; user templates are saved from
 * letters and keep their rich content as editor documents. Both are served in
 * one form, `Template`, whose preface and body are editor documents, so
 * applying a template is the same for either.
 */
import type { z } from 'zod';
import {
  editorDoc,
  headingNode,
  paragraphNode,
  placeholderNode,
  textNode,
  type EditorDoc,
} from './editorDoc';
import { newBlankLetter, SALUTATIONS, CLOSINGS, type Letter, type NewLetterOptions } from './letter';
import { splitPlaceholders } from './placeholders';
import type { templateFileSchema, userTemplateSchema } from './schemas/template';

export const TEMPLATE_NAME_MAX = 200;
export const TEMPLATE_DESCRIPTION_MAX = 1000;

export type TemplateFile = z.infer<typeof templateFileSchema>;
export type UserTemplate = z.infer<typeof userTemplateSchema>;

/** What `templates.get` returns, built-in or not. */
export type Template = UserTemplate & { builtIn: boolean };

export interface TemplateSummary {
  id: string;
  name: string;
  nameZh: string;
  description: string;
  builtIn: boolean;
  /** What `templates.remove` names as the revision it was based on. */
  revision: number;
}

export function summariseTemplate({
  id,
  name,
  nameZh,
  description,
  builtIn,
  revision,
}: Template): TemplateSummary {
  return { id, name, nameZh, description, builtIn, revision };
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
    // Built-ins are never written: they stay at the revision of an item never stored.
    revision: 0,
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
