/** Template files as stored: built-in (paragraph strings) and user templates (editor documents). See ../template.ts. */
import { z } from 'zod';
import { fromTemplateFile, TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX, type Template } from '../template';
import { editorDocSchema } from './editorDoc';
import { parseOrThrow } from './parseOrThrow';
import { storedRevisionSchema } from './revision';

const text = (max: number) => z.string().max(max);

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

/** A user template as stored and exported: rich content; salutation/closing may be left empty. */
export const userTemplateSchema = z.object({
  ...templateMeta,
  salutation: text(200).default(''),
  closing: text(200).default(''),
  preface: editorDocSchema,
  body: editorDocSchema,
  updatedAt: text(40).default(''),
  revision: storedRevisionSchema,
});

/** Parses a built-in template file, with a message naming the bad field. */
export function parseTemplate(raw: unknown): Template {
  return fromTemplateFile(parseOrThrow(templateFileSchema, raw));
}
