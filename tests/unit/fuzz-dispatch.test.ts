/**
 * Whatever a renderer (or a page posting to the browser-mode server) sends,
 * the gate answers with a result, never a thrown exception or an "internal"
 * error: input the contract refuses gets `invalid-input` with a message, and
 * input it accepts reaches the real services (on a temp folder) and succeeds
 * or fails with an error meant for the user.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, contract } from '../../core/contract';
import type { Letter } from '../../core/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Handlers } from '../../electron/api/handlers';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let handlers: Handlers;
let stored: Letter;

beforeAll(async () => {
  data = await makeDataDir();
  const services = await openServices(data.dir);
  handlers = createHandlers(services, CANCELLING_TRANSPORT);
  stored = await services.letters.create(REBUTTAL_TEMPLATE);
});
afterAll(() => data.cleanup());

// `conflict`: a random save of the stored letter is based on a revision that moved on.
const USER_ERRORS = ['invalid-input', 'not-found', 'conflict', 'storage', 'export'];

/** Calls the gate and checks the answer's shape; returns it for further checks. */
async function call(name: unknown, input: unknown) {
  const result = await dispatch(handlers, name, input);
  if (result.ok) return result;
  expect(USER_ERRORS, result.error.message).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result;
}

const apiName = fc.constantFrom(...API_NAMES);
/** Values of every kind, and objects shaped like real inputs with wrong or odd values. */
const payload = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.record(
    {
      // Built lazily: the letter exists only once beforeAll has run.
      id: fc.oneof(
        fc.constant(null).map(() => stored.id),
        fc.string(),
        fc.anything(),
      ),
      variant: fc.oneof(fc.constantFrom('editor', 'bilingual', 'chinese'), fc.anything()),
      trash: fc.anything(),
      templateId: fc.oneof(fc.constant(REBUTTAL_TEMPLATE), fc.constant(null), fc.anything()),
      title: fc.string({ unit: 'binary' }),
      word: fc.string(),
      // The stored letter with odd text in it, or anything at all.
      letter: fc.oneof(
        fc.string({ unit: 'binary' }).map((text) => ({ ...stored, title: text, salutation: text })),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('dispatch under random input', () => {
  it('refuses input the contract rejects with invalid-input and a message naming the call', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(apiName, payload, async (name, input) => {
        const result = await call(name, input);
        if (contract[name].input.safeParse(input ?? {}).success) accepted++;
        else
          expect(result).toEqual({
            ok: false,
            error: {
              code: 'invalid-input',
              message: expect.stringContaining(`(${name})`),
              wording: expect.objectContaining({ values: expect.objectContaining({ name }) }),
            },
          });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    // Some calls did get through to the services, so their answers were checked too.
    expect(accepted).toBeGreaterThan(20);
  });

  it('answers unknown call names with invalid-input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything().filter((name) => !(typeof name === 'string' && name in contract)),
        fc.anything(),
        async (name, input) => {
          const result = await call(name, input);
          expect(result).toEqual({
            ok: false,
            error: {
              code: 'invalid-input',
              message: expect.stringMatching(/^Unknown request [“(]/),
              wording: expect.objectContaining({ id: expect.stringMatching(/^error\.api\./) }),
            },
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
