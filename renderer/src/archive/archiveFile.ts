/** An archive file as the page sees it before sending it: its type, and the size it may have. */
import { ARCHIVE_MAX_BYTES } from '../../../core/archive/archiveLimits';

/** The types the archive picker offers: the extension, and the MIME types some systems filter by. */
export const ARCHIVE_ACCEPT = '.zip,application/zip,application/x-zip-compressed';

/** Whether a dropped file looks like an archive by its name (the service checks what it really is). */
export const looksLikeZip = (file: File) => /\.zip$/i.test(file.name);

/** Whether the file is over the limit: said in the page, without sending 20 MB and more first. */
export const tooBigForArchive = (file: File) => file.size > ARCHIVE_MAX_BYTES;

const MB = 1024 * 1024;

/** The file's size and the limit in MB, rounded up to a tenth, for the message that refuses it. */
export function archiveSizes(file: File): { size: number; limit: number } {
  return { size: Math.ceil((file.size / MB) * 10) / 10, limit: ARCHIVE_MAX_BYTES / MB };
}
