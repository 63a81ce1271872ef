/**
 * Small request/response helpers. The server speaks HTTP/2 and HTTP/1.1 (node:http2 with
 * allowHTTP1), so handlers see the few members both kinds of request and response share.
 */

export interface Req {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  [Symbol.asyncIterator](): AsyncIterator<unknown>;
}

export interface Res {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  setHeader(name: string, value: string): unknown;
  write(chunk: string): unknown;
  end(text?: string): unknown;
  on(event: 'close', listener: () => void): unknown;
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
}

/** invented: `cache-control: no-store` on every answer (the builder's data is live). */
export function sendJson(
  res: Res,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export function sendText(
  res: Res,
  status: number,
  contentType: string,
  text: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/**
 * Base44's error body: `{message | detail, error_type, extra_data: {reason, errors}}` (base44/cli
 * `src/core/clients/schemas.ts` and `core/errors.ts` read exactly these). The values are the sandbox's.
 */
export function sendError(
  res: Res,
  status: number,
  message: string,
  errorType: string,
  reason: string | null = null,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { message, error_type: errorType, extra_data: { reason, errors: [] } }, headers);
}

const MAX_BODY = 1_000_000;

/** The request body parsed as JSON; `undefined` for an empty body, `null` for invalid JSON. */
export async function readJson(req: Req): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) return null;
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
