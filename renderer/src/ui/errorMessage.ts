/** The sentence to show for a failure: API errors are already written for the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return `Something went wrong: ${String(error)}`;
}
