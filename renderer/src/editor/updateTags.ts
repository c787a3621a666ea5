/**
 * Marks editor updates that are not the user's own edits, so the autosave and
 * the library's "last edited" date ignore them: refreshing placeholder chips
 * after a field change, or when a letter is opened, is not an edit.
 */
export const PLACEHOLDER_SYNC_TAG = 'letterdesk-placeholder-sync';
