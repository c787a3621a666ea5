import { z } from 'zod';
import type { Snippet } from '../snippet';
import { editorDocSchema } from './editorDoc';
import { parseOrThrow } from './parseOrThrow';
import { storedRevisionSchema } from './revision';

/** A stored snippet: Lexical JSON, or plain paragraphs for seed data (see ../snippet.ts). */
export const snippetSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected letters, digits, dashes or underscores'),
  title: z.string().trim().min(1, 'give the snippet a title').max(200),
  language: z.enum(['en', 'zh']),
  content: z.union([editorDocSchema, z.array(z.string().max(20_000)).min(1).max(200)]),
  revision: storedRevisionSchema,
});

export function parseSnippet(raw: unknown): Snippet {
  return parseOrThrow(snippetSchema, raw, 'snippet field');
}
