/**
 * Marks editor updates that are not the user's own edits, so the autosave and
 * the library's "last edited" date ignore them: refreshing placeholder chips
 * after a field change, or when a letter is opened, is not an edit.
 */
export const PLACEHOLDER_SYNC_TAG = 'letterdesk-placeholder-sync';

/**
 * Anchoring a comment to the text, or taking its marks away: the text is the
 * same, so an approved side stays approved. The comment change that goes with
 * it is a change to the letter, which tells the autosave itself.
 */
export const COMMENT_MARK_TAG = 'letterdesk-comment-mark';
