import { describe, expect, it } from 'vitest';
import type { KeyKind } from '../../../lib/base44/api-keys';
import type { MonitoringOutcome } from '../../../lib/base44/monitoring-api';
import { describeOutcome, testCredentials, WITHOUT_MONITORING } from '../../../lib/background/connection';
import { connectionText } from '../../../lib/i18n/connection-text';
import { analytics, json, makeDeps, scriptedFetch, WS } from './helpers';

const refused = (kind: 'keyRejected' | 'roleDenied', httpStatus = 401) =>
  ({ kind, httpStatus, reason: null }) as const;

describe('describeOutcome', () => {
  it.each<[string, MonitoringOutcome, KeyKind, boolean, string, string, RegExp]>([
    [
      'ok',
      { kind: 'ok', json: analytics({ limit: 500, used: 120 }) },
      'personal',
      true,
      'ok',
      'ok',
      /^Connected — 380 of 500 message credits left\.$/,
    ],
    [
      'ok, unknown shape',
      { kind: 'ok', json: { hello: 1 } },
      'personal',
      false,
      'unrecognised',
      'unrecognised',
      /^Connected, but the answer was not recognised/,
    ],
    [
      'bad personal key',
      refused('keyRejected'),
      'personal',
      false,
      'keyRejected',
      'keyRejected',
      /^Key rejected — Base44 does not accept this API key/,
    ],
    [
      'bad workspace key',
      refused('keyRejected'),
      'workspace',
      false,
      'keyRejected',
      'keyRejected',
      /^Key rejected — a workspace key \(b44k_…\) works only in the workspace it was made in: check the workspace id/,
    ],
    [
      'role',
      refused('roleDenied'),
      'personal',
      false,
      'apiRefused',
      'roleDenied',
      /^Your role in this workspace cannot use the Monitoring API — ask an owner or admin\.$/,
    ],
    [
      'not Enterprise',
      { kind: 'notEnterprise', httpStatus: 403, reason: 'not_enterprise', certain: true },
      'workspace',
      false,
      'apiRefused',
      'notEnterprise',
      /^This workspace is not on Enterprise: the Monitoring API is for Enterprise workspaces\. Without it, the meter reads balances from the builder page\.$/,
    ],
    [
      'bare 403',
      { kind: 'notEnterprise', httpStatus: 403, reason: null, certain: false },
      'personal',
      false,
      'apiRefused',
      'notEnterprise',
      /not on Enterprise, or your role in it cannot use the Monitoring API/,
    ],
    [
      'unknown workspace',
      { kind: 'notFound' },
      'personal',
      false,
      'keyRejected',
      'notFound',
      /^Workspace not found — check the workspace id\.$/,
    ],
    [
      'unknown workspace, workspace key',
      { kind: 'notFound' },
      'workspace',
      false,
      'keyRejected',
      'notFound',
      /^Workspace not found — check the workspace id \(a workspace key \(b44k_…\) works only in its own workspace\)\.$/,
    ],
    [
      '429',
      { kind: 'rateLimited', retryAt: null },
      'personal',
      false,
      'rateLimited',
      'rateLimited',
      /^Rate limited by Base44 — try again in a minute\.$/,
    ],
    [
      'down',
      { kind: 'unreachable', detail: 'timed out' },
      'personal',
      false,
      'unreachable',
      'unreachable',
      /^Base44 unreachable \(timed out\)\.$/,
    ],
    [
      'garbage',
      { kind: 'unrecognised', detail: 'malformed JSON' },
      'personal',
      false,
      'unrecognised',
      'unrecognised',
      /^Unrecognised response \(malformed JSON\)\.$/,
    ],
  ])('%s', (_name, outcome, kind, ok, status, machine, message) => {
    const r = describeOutcome(outcome, kind);
    expect(r).toMatchObject({ ok, status, outcome: machine });
    expect(r.message).toMatch(message);
    // The page words the note itself; the English message is that note in English.
    expect(r.message).toBe(connectionText(r.note, 'en'));
  });

  it('every refusal of the workspace says where balances come from instead', () => {
    for (const certain of [true, false])
      expect(
        describeOutcome({ kind: 'notEnterprise', httpStatus: 403, reason: null, certain }).message,
      ).toContain(WITHOUT_MONITORING);
  });

  it('gives each outcome its own words', () => {
    const outcomes: MonitoringOutcome[] = [
      refused('keyRejected'),
      refused('roleDenied'),
      { kind: 'notEnterprise', httpStatus: 403, reason: null, certain: true },
      { kind: 'notEnterprise', httpStatus: 403, reason: null, certain: false },
      { kind: 'notFound' },
      { kind: 'rateLimited', retryAt: null },
    ];
    const messages = new Set(outcomes.map((o) => describeOutcome(o).message));
    expect(messages.size).toBe(outcomes.length);
  });

  it('a bare outcome (no key kind, no fields) reads as a personal key', () => {
    expect(describeOutcome({ kind: 'keyRejected' } as never).message).toBe(
      describeOutcome(refused('keyRejected'), 'personal').message,
    );
  });
});

describe('testCredentials', () => {
  it('asks nothing without a key or a workspace', async () => {
    const f = scriptedFetch([json({})]);
    const { deps } = makeDeps(f.fetch);
    expect(await testCredentials(deps, { apiKey: ' ', workspaceId: WS })).toMatchObject({
      ok: false,
      outcome: 'missingInput',
    });
    expect(await testCredentials(deps, { apiKey: 'k', workspaceId: '' })).toMatchObject({
      outcome: 'missingInput',
    });
    expect(f.calls).toHaveLength(0);
  });

  it.each([
    ['b44k_0123456789abcdef', /workspace key/],
    ['personal-key-0123456789', /copy it again/],
  ])('words a rejected %s by its kind, never showing it', async (apiKey, words) => {
    const f = scriptedFetch([json({ message: `Invalid API key: ${apiKey}` }, 401)]);
    const { deps } = makeDeps(f.fetch);
    const r = await testCredentials(deps, { apiKey, workspaceId: WS });
    expect(r).toMatchObject({ ok: false, status: 'keyRejected', outcome: 'keyRejected' });
    expect(r.message).toMatch(words);
    expect(JSON.stringify(r)).not.toContain(apiKey);
  });

  it('a refused role from the server', async () => {
    const f = scriptedFetch([
      json(
        {
          message: 'You are not an owner or admin of this workspace.',
          error_type: 'authorization_error',
          extra_data: { reason: 'insufficient_role' },
        },
        401,
      ),
    ]);
    const { deps } = makeDeps(f.fetch);
    expect(await testCredentials(deps, { apiKey: 'personal-key', workspaceId: WS })).toMatchObject({
      ok: false,
      status: 'apiRefused',
      outcome: 'roleDenied',
    });
  });
});
