import { describe, expect, it } from 'vitest';
import { getAnalytics, getHealth, parseRetryAfter } from '../../../lib/base44/monitoring-api';
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
    [json({}, 401), { kind: 'keyRejected', httpStatus: 401 }],
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

  it('health needs no key', async () => {
    const f = scriptedFetch([json({ status: 'ok' })]);
    expect((await getHealth({ fetch: f.fetch, now: T0 })).kind).toBe('ok');
    expect(f.calls[0]!.headers.api_key).toBeUndefined();
  });
});
