/**
 * Which builder responses the observer may read, and reading them without harm: only JSON from
 * the builder's own API, never more than a byte cap, never an event stream or media, and a copy
 * that is cancelled the moment it passes the cap so it never holds the server's stream open.
 */
import type { ResponseBody } from './recognise';

/** No builder answer the observer needs comes near this; a bigger body is skipped. */
export const MAX_BODY_BYTES = 1_000_000;

/** `application/json`, `application/problem+json`, … (parameters such as charset ignored). */
function isJsonContentType(value: string | null | undefined): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

function declaredLength(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

export type Verdict = 'read' | 'tooLarge' | 'notJson' | 'unread';

/**
 * Whether to read a body. The caller has already checked the URL is the builder API; error
 * statuses are never read (their status says all the observer needs).
 */
export function bodyVerdict(
  status: number,
  contentType: string | null | undefined,
  contentLength: string | null | undefined,
  cap = MAX_BODY_BYTES,
): Verdict {
  if (status < 200 || status >= 300) return 'unread';
  if (!isJsonContentType(contentType)) return 'notJson';
  const length = declaredLength(contentLength);
  return length !== null && length > cap ? 'tooLarge' : 'read';
}

/**
 * Reads a (cloned) body as UTF-8 text up to `cap` bytes; past it, cancels the reader (so the copy
 * stops pulling from the network) and answers 'tooLarge'. A failed read is 'unread'.
 */
export async function readCapped(response: Response, cap = MAX_BODY_BYTES): Promise<ResponseBody> {
  const stream = response.body;
  if (!stream) return { text: '' };
  const reader = stream.getReader();
  try {
    const decoder = new TextDecoder();
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode() };
      size += value.byteLength;
      if (size > cap) {
        reader.cancel().catch(() => undefined);
        return 'tooLarge';
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    reader.cancel().catch(() => undefined);
    return 'unread';
  }
}
