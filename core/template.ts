/**
 * Templates are data files (templates/*.json): the skeleton of a letter with
 * `{{placeholders}}` where the letter's own facts go. Applying one builds a new
 * letter whose editor documents hold PlaceholderNodes for those fields.
 */
import { z } from 'zod';
import {
  editorDoc,
  headingNode,
  paragraphNode,
  placeholderNode,
  textNode,
  type EditorDoc,
} from './editorDoc';
import { newBlankLetter, type Letter, type NewLetterOptions } from './letter';
import { splitPlaceholders } from './placeholders';

const text = (max: number) => z.string().max(max);

export const templateSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected lower-case letters, digits and dashes'),
  name: text(200).min(1),
  nameZh: text(100).default(''),
  description: text(1000).default(''),
  addressee: text(500).default(''),
  salutation: text(200).min(1),
  salutationOptions: z.array(text(200)).max(20).default([]),
  closing: text(200).min(1),
  preface: z.object({
    headline: text(500),
    paragraphs: z.array(text(20_000)).max(200),
  }),
  body: z.object({ paragraphs: z.array(text(20_000)).max(500) }),
});
export type Template = z.infer<typeof templateSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  nameZh: string;
  description: string;
}

/** Parses template JSON with a message naming the bad field. */
export function parseTemplate(raw: unknown): Template {
  const result = templateSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return result.data;
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

export function templatePreface(template: Template): EditorDoc {
  return editorDoc([
    headingNode('h1', inlineNodes(template.preface.headline)),
    ...paragraphs(template.preface.paragraphs),
  ]);
}

export function templateBody(template: Template): EditorDoc {
  return editorDoc(paragraphs(template.body.paragraphs));
}

export function createLetterFromTemplate(template: Template, options: NewLetterOptions): Letter {
  return {
    ...newBlankLetter(options),
    templateId: template.id,
    addressee: template.addressee,
    salutation: template.salutation,
    closing: template.closing,
    preface: templatePreface(template),
    body: templateBody(template),
  };
}
