/**
 * A stored file written by a newer LetterDesk than this one. It is not damaged
 * and must not be "repaired" or set aside: it is left exactly as it is, and the
 * user is told to update. Callers tell it apart from a damaged file by class.
 */
export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super('made by a newer version of LetterDesk — update LetterDesk to open it');
    this.name = 'NewerSchemaError';
  }
}

/** Throws NewerSchemaError if `raw` is an object whose `schemaVersion` is above `known`. */
export function refuseNewerSchema(raw: unknown, known: number): void {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > known) throw new NewerSchemaError(version);
}
