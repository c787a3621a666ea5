/**
 * How big an archive may be. The file travels to the main process in one
 * request (base64, 4/3 of its bytes) under the browser server's 32 MB body
 * limit, so an archive is at most 22 MB packed; a bigger selection is
 * exported by publication or by year.
 */
export const ARCHIVE_MAX_BYTES = 22 * 1024 * 1024;
