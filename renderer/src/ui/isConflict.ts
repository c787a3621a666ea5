/** A save refused because the item was changed elsewhere since it was loaded (ApiErrorCode 'conflict'). */
export function isConflict(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'conflict';
}
