/**
 * Who is at this desk, as versions and comments name them: the "Your name"
 * setting, else the default signatory's name (most officers sign their own
 * letters), else nothing, which the page shows as "You".
 */
export function authorName(yourName: string, defaultSignatoryName: string | null | undefined): string {
  return yourName.trim() || defaultSignatoryName?.trim() || '';
}
