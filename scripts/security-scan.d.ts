export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
}
export interface AcceptedFinding {
  check: string;
  file: string;
  code: string;
  why: string;
}
/** Runs Electronegativity over a folder (default: the built app in out/) and returns its findings. */
export function runScan(input?: string): Finding[];
/** The accepted-findings table of SECURITY.md. */
export function parseAccepted(markdown: string): AcceptedFinding[];
/** Findings above informational that no accepted row covers. */
export function unaccepted(findings: Finding[], accepted: AcceptedFinding[]): Finding[];
