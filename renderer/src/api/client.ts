import type { Api, ApiError, ApiName, ApiResult } from '../../../core/contract';
import { TOKEN_HEADER, type PreloadBridge } from './bridge';

/** An API call that failed; `message` is written for the user, `wording` in their language (ui/errorMessage.ts). */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly wording?: ApiError['wording'];
  readonly details?: ApiError['details'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.wording = error.wording;
    this.details = error.details;
  }
}

function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error);
}

function electronApi(bridge: PreloadBridge): Api {
  return {
    call: async (name, input) => unwrap(await bridge.call(name, input)) as never,
  };
}

/** Browser mode: the token arrives once in the URL and is kept for reloads of this tab. */
function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem('letterdesk.token', fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem('letterdesk.token') ?? '';
}

function httpApi(token: string): Api {
  return {
    async call(name: ApiName, input: unknown) {
      let response: Response;
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiCallError({
          code: 'internal',
          message:
            'LetterDesk’s local server is not running. Start LetterDesk again; your saved letters are safe.',
        });
      }
      const contentType = response.headers.get('Content-Type') ?? '';
      if (!contentType.includes('application/json')) {
        // The server refused the request before it reached the API (e.g. a wrong token): say so.
        const text = (await response.text()).trim();
        throw new ApiCallError({
          code: 'internal',
          message: text || `LetterDesk’s local server answered ${response.status}.`,
        });
      }
      const result = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
      if (typeof result?.ok !== 'boolean') {
        throw new ApiCallError({
          code: 'internal',
          message: `LetterDesk’s local server sent an answer the page cannot read (${response.status}). Reload the page; your saved letters are safe.`,
        });
      }
      return unwrap(result) as never;
    },
  };
}

export function createApi(): Api {
  return window.letterdesk ? electronApi(window.letterdesk) : httpApi(browserToken());
}

/** Browser-mode download links need the token too (an <a download> cannot send headers). */
export function withToken(url: string): string {
  const token = sessionStorage.getItem('letterdesk.token');
  if (!token || window.letterdesk || /[?&]token=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
