/** Raw HTTP against a running browser-mode server, so tests can send what a browser would never let a page forge. */
import { request } from 'node:http';
import type { RunningServer } from '../../electron/server/browserServer';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function serverClient(server: () => RunningServer) {
  const http = (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string | Buffer,
  ): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server().port,
          method,
          path,
          headers: { Host: `127.0.0.1:${server().port}`, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    http(
      'POST',
      `/api/${name}`,
      { 'X-LetterDesk-Token': server().token, 'Content-Type': 'application/json', ...headers },
      JSON.stringify(input),
    );

  return { http, api };
}

export const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8'));
