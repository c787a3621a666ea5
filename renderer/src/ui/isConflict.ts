/** A save refused because the item was changed elsewhere since it was loaded (ApiErrorCode 'conflict'). */
export function isConflict(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'conflict';
}

/**
 * What to tell the user when a one-click action on a list (delete, make
 * default) was refused because the item changed elsewhere: the list is
 * shown afresh and they may simply do it again.
 * `staleListMessage('The snippet “Thanks”', 'deleted', 'Delete')`.
 */
export function staleListMessage(what: string, notDone: string, again: string): string {
  return `${what} was changed in another window since this list was shown, so it was not ${notDone}. The list now shows the latest version; ${again} it again if you still want to.`;
}
