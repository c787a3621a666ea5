/**
 * The shared-library file: templates, signatories and publications in one
 * `.json` a colleague can import. Importing checks the whole file before
 * anything changes, and lists every problem with where it is, e.g.
 * `templates[2].name: expected text of at most 200 characters`
 * (schemas/libraryFile.ts).
 */
import type { z } from 'zod';
import type { Publication } from './publication';
import type { libraryFileSchema } from './schemas/libraryFile';
import type { Signatory } from './signatory';
import type { UserTemplate } from './template';

export const LIBRARY_SCHEMA_VERSION = 1;
export const LIBRARY_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_PROBLEMS = 20;

export type LibraryFile = z.infer<typeof libraryFileSchema>;

export interface LibraryContents {
  templates: UserTemplate[];
  signatories: Signatory[];
  publications: Publication[];
}

export const CLASH_OPTIONS = ['rename', 'replace'] as const;
/** What to do with an imported item whose id or name is already taken. */
export type ClashOption = (typeof CLASH_OPTIONS)[number];

export interface LibraryClash {
  kind: 'template' | 'signatory' | 'publication';
  id: string;
  name: string;
}

export interface ImportCounts {
  templates: number;
  signatories: number;
  publications: number;
}

export type ImportResult =
  { status: 'clash'; clashes: LibraryClash[] } | { status: 'imported'; counts: ImportCounts };

export function libraryFile(contents: LibraryContents, now: Date): LibraryFile {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, exportedAt: now.toISOString(), ...contents };
}
