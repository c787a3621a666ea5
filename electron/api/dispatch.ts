/**
 * The single gate every call passes through, whatever the transport: the name
 * must be in the contract and the input must match its schema, or the caller
 * gets a clear error and no service runs.
 */
import { z } from 'zod';
import { ExportProblem } from '../../core/exportProblem';
import { contract, type ApiName, type ApiResult } from '../../core/contract';
import { UserFacingError } from '../services/errors';
import type { Handlers } from './handlers';

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

// String(name) throws for objects whose toString is not callable (or with a null prototype).
function describeName(name: unknown): string {
  return typeof name === 'string'
    ? `“${name.slice(0, 80)}”`
    : `(a ${name === null ? 'null' : typeof name}, not a call name)`;
}

/**
 * A union (a snippet's content is a document or paragraphs) reports only
 * "Invalid input"; a message a schema wrote for the user (a custom check, such
 * as a document nested too deeply) is more useful, so it is brought up.
 */
function explained(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const custom = issue.errors.flat().find((inner) => inner.code === 'custom');
  return custom ? { ...custom, path: [...issue.path, ...custom.path] } : issue;
}

function describeIssues(name: string, error: z.ZodError): string {
  const details = error.issues
    .map(explained)
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
  return `LetterDesk refused a malformed request (${name}): ${details}.`;
}

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Unknown request ${describeName(name)}.` },
    };
  }
  let parsed;
  try {
    parsed = contract[name].input.safeParse(input ?? {});
  } catch {
    // The schemas bound what recurses (core/schemas/editorDoc.ts); should anything still
    // overflow the stack, the caller gets a refusal, never a crash.
    return {
      ok: false,
      error: { code: 'invalid-input', message: `LetterDesk refused a malformed request (${name}).` },
    };
  }
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(name, parsed.error) } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError)
      return { ok: false, error: { code: error.code, message: error.message, wording: error.wording } };
    if (error instanceof ExportProblem)
      return { ok: false, error: { code: 'export', message: error.message } };
    console.error(`LetterDesk: ${name} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in LetterDesk (${name}: ${(error as Error)?.message ?? error}). Your saved letters are unaffected; please report this.`,
      },
    };
  }
}
