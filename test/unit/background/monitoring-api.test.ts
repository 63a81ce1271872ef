import { describe, expect, it } from 'vitest';
import {
  getAnalytics,
  MAX_ERROR_BODY_BYTES,
  parseRetryAfter,
  type MonitoringOutcome,
} from '../../../lib/base44/monitoring-api';
import { json, scriptedFetch, T0, text } from './helpers';

describe('parseRetryAfter', () => {
  it.each([
    ['30', T0 + 30_000],
    [' 0 ', T0],
    [new Date(T0 + 90_000).toUTCString(), T0 + 90_000],
    [new Date(T0 - 90_000).toUTCString(), T0],
    ['soon', null],
    [null, null],
  ])('%s', (header, expected) => {
    expect(parseRetryAfter(header, T0)).toBe(expected);
  });
});

describe('getAnalytics', () => {
  const creds = { apiKey: 'k', workspaceId: 'ws/../x' };

  it('sends the key only in the api_key header, to app.base44.com, with the id escaped', async () => {
    const f = scriptedFetch([json({ ok: 1 })]);
    const out = await getAnalytics({ fetch: f.fetch, now: T0 }, creds);
    expect(out).toEqual({ kind: 'ok', json: { ok: 1 } });
    const call = f.calls[0]!;
    expect(call.url).toBe(
      'https://app.base44.com/api/v1/monitoring/analytics/ws%2F..%2Fx?from=2026-11-21&to=2026-11-21',
    );
    expect(call.headers.api_key).toBe('k');
    expect(call.url).not.toContain('k&');
  });

  it.each([
    [json({}, 401), { kind: 'keyRejected', httpStatus: 401, reason: null }],
    [json({}, 403), { kind: 'notEnterprise', httpStatus: 403, reason: null, certain: false }],
    [json({}, 404), { kind: 'notFound' }],
    [json({}, 429, { 'retry-after': '5' }), { kind: 'rateLimited', retryAt: T0 + 5_000 }],
    [json({}, 429), { kind: 'rateLimited', retryAt: null }],
    [json({}, 502), { kind: 'unreachable', detail: 'Base44 answered 502' }],
    [json({}, 418), { kind: 'unrecognised', detail: 'unexpected status 418' }],
    [text('<!DOCTYPE html><p>Sign in</p>'), { kind: 'unrecognised', detail: 'an HTML page instead of JSON' }],
    [text('{"a":'), { kind: 'unrecognised', detail: 'malformed JSON' }],
    [new TypeError('Failed to fetch'), { kind: 'unreachable', detail: 'Failed to fetch' }],
  ])('maps %#', async (reply, expected) => {
    const out = await getAnalytics({ fetch: scriptedFetch([reply]).fetch, now: T0 }, creds);
    expect(out).toEqual(expected);
  });

  // The simulated Base44's refusals, and what a real server might send instead.
  it.each<[string, Response, MonitoringOutcome]>([
    [
      'unknown key',
      json({ message: 'Invalid API key', error_type: 'authentication_error' }, 401),
      { kind: 'keyRejected', httpStatus: 401, reason: null },
    ],
    [
      'not owner/admin',
      json(
        {
          message: 'You are not an owner or admin of this workspace.',
          error_type: 'authorization_error',
          extra_data: { reason: 'insufficient_role' },
        },
        401,
      ),
      { kind: 'roleDenied', httpStatus: 401, reason: 'insufficient_role' },
    ],
    [
      'not Enterprise',
      json(
        {
          message: 'The Monitoring API is available on Enterprise plans only.',
          error_type: 'forbidden',
          extra_data: { reason: 'not_enterprise' },
        },
        403,
      ),
      { kind: 'notEnterprise', httpStatus: 403, reason: 'not_enterprise', certain: true },
    ],
    [
      'role refused with 403',
      json({ detail: 'Only workspace owners and admins may do this.' }, 403),
      { kind: 'roleDenied', httpStatus: 403, reason: null },
    ],
    [
      '403 with an HTML page',
      text('<html><body>Forbidden</body></html>', 403),
      { kind: 'notEnterprise', httpStatus: 403, reason: null, certain: false },
    ],
    [
      '401 with no body',
      new Response(null, { status: 401 }),
      { kind: 'keyRejected', httpStatus: 401, reason: null },
    ],
  ])('refusal: %s', async (_name, reply, expected) => {
    const out = await getAnalytics({ fetch: scriptedFetch([reply]).fetch, now: T0 }, creds);
    expect(out).toEqual(expected);
  });

  it('reads only the start of an error body and lets go of the rest', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    // A 401 whose body never ends: the reason sits at the start, the rest is padding.
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"extra_data": {"reason": "not_enterprise"}}'));
      },
      pull(c) {
        pulled++;
        c.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const f = scriptedFetch([() => new Response(endless, { status: 401 })]);
    const out = await getAnalytics({ fetch: f.fetch, now: T0 }, creds);
    expect(out).toMatchObject({ kind: 'notEnterprise', certain: true });
    expect(pulled).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES / chunk.length + 2);
    expect(cancelled).toBe(true);
  });

  it('a body cut off at the limit still answers with the status', async () => {
    const big = JSON.stringify({
      message: 'x'.repeat(MAX_ERROR_BODY_BYTES),
      extra_data: { reason: 'not_enterprise' },
    });
    const out = await getAnalytics({ fetch: scriptedFetch([text(big, 403)]).fetch, now: T0 }, creds);
    expect(out).toEqual({ kind: 'notEnterprise', httpStatus: 403, reason: null, certain: false });
  });

  it('never puts the key into an outcome, whatever comes back', async () => {
    const apiKey = 'b44k_supersecret9876';
    const keyed = { apiKey, workspaceId: 'ws' };
    const replies: Parameters<typeof scriptedFetch>[0] = [
      new TypeError(`request with api_key ${apiKey} failed`),
      json({ message: `Invalid API key ${apiKey}`, extra_data: { reason: apiKey } }, 401),
      json({ detail: apiKey }, 418),
    ];
    for (const reply of replies) {
      const out = await getAnalytics({ fetch: scriptedFetch([reply]).fetch, now: T0 }, keyed);
      expect(JSON.stringify(out)).not.toContain(apiKey);
    }
    const thrown = await getAnalytics({ fetch: scriptedFetch([replies[0]!]).fetch, now: T0 }, keyed);
    expect(thrown).toEqual({ kind: 'unreachable', detail: 'request with api_key •••• failed' });
  });
});
