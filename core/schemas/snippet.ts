import { z } from 'zod';
import { SIDES, type Side } from '../sides';
import type { Snippet } from '../snippet';
import { editorDocSchema } from './editorDoc';
import { parseOrThrow } from './parseOrThrow';
import { storedRevisionSchema } from './revision';

/** A snippet as the app writes it: Lexical JSON, or plain paragraphs for seed data (see ../snippet.ts). */
export const snippetFieldsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected letters, digits, dashes or underscores'),
  title: z.string().trim().min(1, 'give the snippet a title').max(200),
  /** The side of a letter it is inserted into. */
  side: z.enum(SIDES),
  content: z.union([editorDocSchema, z.array(z.string().max(20_000)).min(1).max(200)]),
  revision: storedRevisionSchema,
});

/** Snippets saved before the sides had one name said `language: 'zh' | 'en'` instead of `side`. */
const SIDE_OF_LANGUAGE: Record<string, Side> = { zh: 'preface', en: 'body' };

function sideFromLanguage(raw: unknown): unknown {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    'side' in raw ||
    !('language' in raw)
  ) {
    return raw;
  }
  const { language, ...rest } = raw as Record<string, unknown>;
  // An unknown language is passed on as is, so the error names the value that was stored.
  return { ...rest, side: (typeof language === 'string' && SIDE_OF_LANGUAGE[language]) || language };
}

/**
 * A stored snippet, old or new: an old one is read as its side, and is
 * written back with `side` the next time the list is saved.
 */
export const snippetSchema = z.preprocess(sideFromLanguage, snippetFieldsSchema);

export function parseSnippet(raw: unknown): Snippet {
  return parseOrThrow(snippetSchema, raw, 'snippet field');
}
