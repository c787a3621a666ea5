/**
 * Errors the user reads. Services throw UserFacingError with a message that
 * says what happened and what to do; the transports pass it through as is.
 * Anything else is a bug and is reported as such.
 */
import type { ApiErrorCode } from '../../core/contract';
import { inEnglish, type Wording } from '../../core/i18n/wording';

export class UserFacingError extends Error {
  /** What the page shows, in the interface language; `message` is its English, for logs and the CLI. */
  readonly wording?: Wording;
  constructor(
    readonly code: ApiErrorCode,
    what: Wording | string,
  ) {
    super(typeof what === 'string' ? what : inEnglish(what));
    if (typeof what !== 'string') this.wording = what;
    this.name = 'UserFacingError';
  }
}

export function notFound(what: string): UserFacingError {
  return new UserFacingError(
    'not-found',
    `${what} was not found. It may have been deleted in another window.`,
  );
}

/**
 * A save based on an older revision than the stored one: refused, never merged.
 * `what` completes "… was changed elsewhere", e.g. "The letter “EUobserver”".
 */
export function conflict(what: string): UserFacingError {
  return new UserFacingError(
    'conflict',
    `${what} was changed in another window or program since you opened it. Nothing was overwritten: choose whether to keep your version or theirs.`,
  );
}

/**
 * Turns a file-system error into a sentence for the user.
 * `action` completes "Could not …", e.g. "save the letter “EUobserver”".
 */
export function describeFsError(error: unknown, action: string, where: string): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? `the disk holding ${where} is full. Free some space and try again`
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `${where} is read-only or you do not have permission to write there. Choose another folder or change its permissions`
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? `${where} does not exist any more. Choose another folder`
          : `the system reported ${code ?? (error as Error)?.message ?? 'an unknown error'}`;
  return new UserFacingError('storage', `Could not ${action}: ${reason}.`);
}
