/**
 * An export the letter cannot make as it stands, with a message saying what to
 * do. Thrown by the pure exporters (which know nothing of the services'
 * UserFacingError); the API gate passes it on as an ordinary message, not as
 * "something went wrong, please report this".
 */
export class ExportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportProblem';
  }
}

export const NO_CHINESE_PREFACE =
  'This letter has no Chinese preface yet: write its headline and text in the Chinese pane, or export the English letter instead.';
