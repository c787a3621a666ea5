/**
 * Errors the user reads. Services throw UserFacingError with a message that
 * says what happened and what to do; the transports pass it through as is.
 * Anything else is a bug and is reported as such.
 */
import type { ApiErrorCode } from '../../core/contract';
import { defineMessages, inEnglish, wording, type Wording } from '../../core/i18n/wording';

export class UserFacingError extends Error {
  /**
   * A message id with values, never ready-made English, so every error can be
   * worded in the interface language; `message` is its English, for logs and the CLI.
   */
  readonly wording: Wording;
  constructor(
    readonly code: ApiErrorCode,
    what: Wording,
    /** Lines that follow the message, each worded on its own (the problems of a refused import). */
    readonly details?: Wording[],
  ) {
    super([what, ...(details ?? [])].map((line) => inEnglish(line)).join('\n'));
    this.wording = what;
    this.name = 'UserFacingError';
  }
}

/**
 * Which stored thing a message is about, as message values: the page picks
 * the words for `item` (an ICU select), and only a name the user gave is
 * passed as is.
 */
export type ItemRef =
  | {
      item:
        | 'letter'
        | 'letterInTrash'
        | 'signatory'
        | 'unnamedSignatory'
        | 'snippet'
        | 'letterheadSettings'
        | 'houseStyleSettings'
        | 'uiSettings'
        | 'logSettings'
        | 'defaultSignatory';
    }
  | { item: 'namedLetter' | 'template' | 'publication' | 'namedSignatory' | 'namedSnippet'; name: string };

const messages = defineMessages({
  notFound: {
    id: 'error.item.notFound',
    defaultMessage:
      '{item, select, letterInTrash {The letter in the trash} namedLetter {The letter “{name}”} template {The template “{name}”} publication {The publication “{name}”} signatory {The signatory} namedSignatory {The signatory “{name}”} unnamedSignatory {The signatory “unnamed”} snippet {The snippet} namedSnippet {The snippet “{name}”} letterheadSettings {The letterhead} houseStyleSettings {The house style} uiSettings {The interface settings} logSettings {The letter log settings} defaultSignatory {The default signatory} other {The letter}} was not found. It may have been deleted in another window.',
  },
  conflict: {
    id: 'error.item.conflict',
    defaultMessage:
      '{item, select, letterInTrash {The letter in the trash} namedLetter {The letter “{name}”} template {The template “{name}”} publication {The publication “{name}”} signatory {The signatory} namedSignatory {The signatory “{name}”} unnamedSignatory {The signatory “unnamed”} snippet {The snippet} namedSnippet {The snippet “{name}”} letterheadSettings {The letterhead} houseStyleSettings {The house style} uiSettings {The interface settings} logSettings {The letter log settings} defaultSignatory {The default signatory} other {The letter}} was changed in another window or program since you opened it. Nothing was overwritten: choose whether to keep your version or theirs.',
  },
  diskFull: {
    id: 'error.storage.diskFull',
    defaultMessage:
      'Could not {action, select, openDataFolder {open the data folder} openLetter {open the letter} saveLetter {save the letter “{title}”} prepareMail {prepare the email draft in {file}} other {save {file}}}: the disk holding {where, select, dataFolder {the data folder {folder}} thatFolder {that folder} tempFolder {the temporary folder} other {{folder}}} is full. Free some space and try again.',
  },
  readOnly: {
    id: 'error.storage.readOnly',
    defaultMessage:
      'Could not {action, select, openDataFolder {open the data folder} openLetter {open the letter} saveLetter {save the letter “{title}”} prepareMail {prepare the email draft in {file}} other {save {file}}}: {where, select, dataFolder {the data folder {folder}} thatFolder {that folder} tempFolder {the temporary folder} other {{folder}}} is read-only or you do not have permission to write there. Choose another folder or change its permissions.',
  },
  folderGone: {
    id: 'error.storage.folderGone',
    defaultMessage:
      'Could not {action, select, openDataFolder {open the data folder} openLetter {open the letter} saveLetter {save the letter “{title}”} prepareMail {prepare the email draft in {file}} other {save {file}}}: {where, select, dataFolder {the data folder {folder}} thatFolder {that folder} tempFolder {the temporary folder} other {{folder}}} does not exist any more. Choose another folder.',
  },
  systemError: {
    id: 'error.storage.systemError',
    defaultMessage:
      'Could not {action, select, openDataFolder {open the data folder} openLetter {open the letter} saveLetter {save the letter “{title}”} prepareMail {prepare the email draft in {file}} other {save {file}}}: the system reported {detail}.',
  },
  unknownError: {
    id: 'error.storage.unknownError',
    defaultMessage:
      'Could not {action, select, openDataFolder {open the data folder} openLetter {open the letter} saveLetter {save the letter “{title}”} prepareMail {prepare the email draft in {file}} other {save {file}}}: the system reported an unknown error.',
  },
});

export function notFound(what: ItemRef): UserFacingError {
  return new UserFacingError('not-found', wording(messages.notFound, { ...what }));
}

/** A save based on an older revision than the stored one: refused, never merged. */
export function conflict(what: ItemRef): UserFacingError {
  return new UserFacingError('conflict', wording(messages.conflict, { ...what }));
}

/** What was being done when the file system failed, as message values ("Could not …"). */
export type FsAction =
  | { action: 'openDataFolder' | 'openLetter' }
  | { action: 'saveLetter'; title: string }
  /** `file`: a path or a file name. */
  | { action: 'saveFile'; file: string }
  /** `file`: the folder the draft goes to. */
  | { action: 'prepareMail'; file: string };

/** Where it failed: the data folder (named), a folder given by its path, or one named by the action. */
export type FsPlace =
  { where: 'dataFolder' | 'path'; folder: string } | { where: 'thatFolder' | 'tempFolder' };

/** Turns a file-system error into a sentence for the user. */
export function describeFsError(error: unknown, action: FsAction, where: FsPlace): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const values = { ...action, ...where };
  const detail = code ?? (error as Error | undefined)?.message;
  const what =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? wording(messages.diskFull, values)
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? wording(messages.readOnly, values)
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? wording(messages.folderGone, values)
          : detail
            ? wording(messages.systemError, { ...values, detail })
            : wording(messages.unknownError, values);
  return new UserFacingError('storage', what);
}
