/**
 * The single gate every call passes through, whatever the transport: the name
 * must be in the contract and the input must match its schema, or the caller
 * gets a clear error and no service runs.
 */
import { z } from 'zod';
import { ExportProblem } from '../../core/exportProblem';
import { contract, type ApiError, type ApiName, type ApiResult } from '../../core/contract';
import { defineMessages, inEnglish, wording, type Wording } from '../../core/i18n/wording';
import { UserFacingError } from '../services/errors';
import type { Handlers } from './handlers';

// Call names and the schemas' findings are technical: they travel as values, as they are.
const messages = defineMessages({
  unknownRequest: { id: 'error.api.unknownRequest', defaultMessage: 'Unknown request “{name}”.' },
  notACallName: {
    id: 'error.api.notACallName',
    defaultMessage: 'Unknown request (a {type}, not a call name).',
  },
  malformed: {
    id: 'error.api.malformed',
    defaultMessage: 'LetterDesk refused a malformed request ({name}).',
  },
  malformedBecause: {
    id: 'error.api.malformedBecause',
    defaultMessage: 'LetterDesk refused a malformed request ({name}): {details}.',
  },
  internal: {
    id: 'error.api.internal',
    defaultMessage:
      'Something went wrong in LetterDesk ({name}: {detail}). Your saved letters are unaffected; please report this.',
  },
});

/** An error as it travels: its English for logs and the CLI, its wording for the page. */
function failure(code: ApiError['code'], what: Wording): ApiResult<never> {
  return { ok: false, error: { code, message: inEnglish(what), wording: what } };
}

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** A call name not in the contract, shown as it came (at most 80 characters). */
export function unknownRequest(name: string): Wording {
  return wording(messages.unknownRequest, { name: name.slice(0, 80) });
}

// String(name) throws for objects whose toString is not callable (or with a null prototype).
function unknownName(name: unknown): Wording {
  return typeof name === 'string'
    ? unknownRequest(name)
    : wording(messages.notACallName, { type: name === null ? 'null' : typeof name });
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

function describeIssues(name: string, error: z.ZodError): Wording {
  const details = error.issues
    .map(explained)
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
  return wording(messages.malformedBecause, { name, details });
}

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return failure('invalid-input', unknownName(name));
  }
  let parsed;
  try {
    parsed = contract[name].input.safeParse(input ?? {});
  } catch {
    // The schemas bound what recurses (core/schemas/editorDoc.ts); should anything still
    // overflow the stack, the caller gets a refusal, never a crash.
    return failure('invalid-input', wording(messages.malformed, { name }));
  }
  if (!parsed.success) {
    return failure('invalid-input', describeIssues(name, parsed.error));
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError)
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          wording: error.wording,
          ...(error.details ? { details: error.details } : {}),
        },
      };
    if (error instanceof ExportProblem) return failure('export', error.wording);
    console.error(`LetterDesk: ${name} failed`, error);
    return failure(
      'internal',
      wording(messages.internal, { name, detail: String((error as Error)?.message ?? error) }),
    );
  }
}
