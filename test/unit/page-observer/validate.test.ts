import { describe, expect, it } from 'vitest';
import { acceptPageMessage } from '../../../lib/page-observer/bridge';
import { PAGE_CHANNEL } from '../../../lib/page-observer/channel';
import { parseOrNull } from '../../../lib/schema/basics';
import { validateObservation } from '../../../lib/schema/observation';
import { balanceReading } from '../../../lib/schema/reading';

const validateReading = (raw: unknown) => parseOrNull(balanceReading, raw);

const NOW = Date.UTC(2026, 10, 21, 12);
const APP = '64b7f1a2c3d4e5f60718293a';
const WS = '64b7f1a2c3d4e5f607180000';
const reading = {
  message: { limit: 25, used: 4, remaining: 21, bonus: null },
  integration: { limit: 100, used: 10, remaining: 90, bonus: 5 },
  daily: { used: 2, limit: 5 },
  tier: 'free',
  periodStart: Date.UTC(2026, 10, 1),
  periodEnd: Date.UTC(2026, 11, 1),
  dailyResetAt: null,
};

describe('validateReading', () => {
  it('accepts a well-formed reading and copies only known fields', () => {
    const out = validateReading({ ...reading, evil: '<script>', message: { ...reading.message, extra: 1 } });
    expect(out).toEqual(reading);
    expect(out && 'evil' in out).toBe(false);
    expect(out?.message && 'extra' in out.message).toBe(false);
  });

  it.each([
    ['NaN used', { message: { ...reading.message, used: NaN } }],
    ['negative', { message: { ...reading.message, remaining: -1 } }],
    ['string number', { message: { ...reading.message, limit: '25' } }],
    ['used far above the limit', { message: { limit: 25, used: 400, remaining: 0, bonus: null } }],
    ['Infinity', { integration: { ...reading.integration, limit: Infinity } }],
    ['absurd time', { periodEnd: 42 }],
    ['huge tier string', { tier: 'x'.repeat(500) }],
    ['no pools at all', { message: null, integration: null, daily: null }],
    ['missing bonus', { message: { limit: 25, used: 4, remaining: 21 } }],
    ['remaining that is not limit − used', { message: { limit: 25, used: 4, remaining: 3, bonus: null } }],
    ['remaining above limit + bonus', { integration: { limit: 100, used: 10, remaining: 120, bonus: 5 } }],
  ])('rejects %s', (_name, patch) => {
    expect(validateReading({ ...reading, ...patch })).toBeNull();
  });

  it.each([
    ['remaining counts the bonus', { limit: 100, used: 10, remaining: 95, bonus: 5 }],
    ['remaining clamped at zero past the limit', { limit: 25, used: 27, remaining: 0, bonus: null }],
    ['remaining rounded by the source', { limit: 100, used: 10.4, remaining: 90, bonus: null }],
  ])('accepts %s', (_name, integration) => {
    expect(validateReading({ ...reading, integration })?.integration).toEqual(integration);
  });
});

describe('validateObservation', () => {
  it('replaces the page-claimed time with ours', () => {
    expect(
      validateObservation(
        { kind: 'turnResult', appId: APP, start: 'message', outcome: 'settled', at: 1 },
        NOW,
      ),
    ).toEqual({ kind: 'turnResult', appId: APP, start: 'message', outcome: 'settled', at: NOW });
    expect(validateObservation({ kind: 'authFailed', at: 1 }, NOW)).toEqual({ kind: 'authFailed', at: NOW });
  });

  it('lowercases ids and copies only known fields', () => {
    expect(
      validateObservation(
        { kind: 'appInfo', appId: APP.toUpperCase(), workspaceId: WS.toUpperCase(), name: 'Box', evil: 1 },
        NOW,
      ),
    ).toEqual({ kind: 'appInfo', appId: APP, workspaceId: WS, name: 'Box' });
  });

  it("keeps a balance's workspace and url shape, and accepts a balance without them", () => {
    expect(
      validateObservation({ kind: 'balance', reading, workspaceId: WS, urlShape: '/api/x/:id' }, NOW),
    ).toEqual({
      kind: 'balance',
      reading,
      workspaceId: WS,
      urlShape: '/api/x/:id',
    });
    expect(validateObservation({ kind: 'balance', reading, workspaceId: null }, NOW)).toEqual({
      kind: 'balance',
      reading,
      workspaceId: null,
    });
  });

  it('turns statuses and model names that are not short tokens into null', () => {
    expect(
      validateObservation(
        {
          kind: 'conversation',
          appId: APP,
          users: [
            { id: 'm1', status: 'success_build' },
            { id: 'm2', status: '<script>' },
            { id: 'm3', status: 7 },
          ],
        },
        NOW,
      ),
    ).toEqual({
      kind: 'conversation',
      appId: APP,
      users: [
        { id: 'm1', status: 'success_build' },
        { id: 'm2', status: null },
        { id: 'm3', status: null },
      ],
      at: NOW,
    });
    expect(validateObservation({ kind: 'me', builderModel: 'gpt 5 <b>' }, NOW)).toEqual({
      kind: 'me',
      builderModel: null,
    });
    expect(validateObservation({ kind: 'me', builderModel: 'claude-opus-4.1' }, NOW)).toEqual({
      kind: 'me',
      builderModel: 'claude-opus-4.1',
    });
  });

  const users = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, status: null }));
  it.each([
    [{ kind: 'chatCost', appId: APP, cost: 1 }, true],
    [{ kind: 'chatCost', appId: APP, cost: -1 }, false],
    [{ kind: 'chatCost', appId: APP, cost: 1e9 }, false],
    [{ kind: 'chatCost', appId: 'abc', cost: 1 }, false],
    [{ kind: 'chatSend', appId: APP, text: 'hi' }, true],
    [{ kind: 'chatSend', appId: APP, text: 5 }, false],
    [{ kind: 'chatSend', appId: APP, text: 'x'.repeat(20_001) }, false],
    [{ kind: 'workspaces', workspaces: [{ id: WS, name: null, tier: 'pro' }] }, true],
    [{ kind: 'workspaces', workspaces: [{ id: 'w1', name: null, tier: 'pro' }] }, false],
    [{ kind: 'workspaces', workspaces: [{ id: 'w 1;drop', name: null, tier: null }] }, false],
    [{ kind: 'workspaces', workspaces: [] }, false],
    [{ kind: 'balance', reading, workspaceId: 'personal' }, false],
    [{ kind: 'balance', reading, urlShape: '/api/x?token=abc' }, false],
    [{ kind: 'balance', reading, urlShape: 'https://evil.example/' }, false],
    [{ kind: 'appCreated', appId: APP, workspaceId: WS, text: 'A quiz app' }, true],
    [{ kind: 'appCreated', appId: APP, workspaceId: null, text: 'A quiz app' }, true],
    [{ kind: 'appCreated', appId: APP, workspaceId: 'ws-1', text: 'A quiz app' }, false],
    [{ kind: 'appCreated', appId: APP, text: 'A quiz app' }, false],
    [{ kind: 'appCreated', appId: APP, workspaceId: null, text: null }, false],
    [{ kind: 'toolAnswer', appId: APP }, true],
    [{ kind: 'toolAnswer', appId: `${APP}0` }, false],
    [{ kind: 'turnStop', appId: APP }, true],
    [{ kind: 'turnStop' }, false],
    [{ kind: 'turnResult', appId: APP, start: 'toolAnswer', outcome: 'edgeTimeout' }, true],
    [{ kind: 'turnResult', appId: APP, start: 'initialMessage', outcome: 'paywalled' }, true],
    [{ kind: 'turnResult', appId: APP, start: 'message', outcome: 'exploded' }, false],
    [{ kind: 'turnResult', appId: APP, start: 'toString', outcome: 'settled' }, false],
    [{ kind: 'conversation', appId: APP, users: users(10) }, true],
    [{ kind: 'conversation', appId: APP, users: users(11) }, false],
    [{ kind: 'conversation', appId: APP, users: [{ id: 'a b', status: null }] }, false],
    [{ kind: 'conversation', appId: APP, users: 'm1' }, false],
    [{ kind: 'appInfo', appId: APP, workspaceId: null, name: null }, true],
    [{ kind: 'appInfo', appId: APP, workspaceId: 7, name: null }, false],
    [{ kind: 'appInfo', appId: APP, workspaceId: null, name: 'x'.repeat(201) }, false],
    [{ kind: 'me', builderModel: null }, true],
    [{ kind: 'authOk' }, true],
    [{ kind: 'unrecognised', urlShape: '/api/apps/:id', keys: ['id', 'name'] }, true],
    [{ kind: 'unrecognised', urlShape: '/api/apps/:id', keys: ['a value with spaces'] }, false],
    [
      {
        kind: 'unrecognised',
        urlShape: '/api/apps/:id',
        keys: Array.from({ length: 21 }, (_, i) => `k${i}`),
      },
      false,
    ],
    [{ kind: 'unrecognised', urlShape: '/api/apps/64b7f1a2?x=1', keys: [] }, false],
    [{ kind: 'unrecognised', urlShape: '/api/apps', keys: 'id' }, false],
    // Kinds the observer no longer sends (replaced by turnResult and authFailed) are refused.
    [{ kind: 'chatReply', appId: APP }, false],
    [{ kind: 'signedOut' }, false],
    [{ kind: 'somethingElse' }, false],
    ['balance', false],
    [null, false],
  ])('%j valid: %s', (raw, valid) => {
    expect(validateObservation(raw, NOW) !== null).toBe(valid);
  });
});

describe('acceptPageMessage (bridge checks)', () => {
  const self = { name: 'the window' };
  const data = { channel: PAGE_CHANNEL, v: 1, observation: { kind: 'balance', reading } };

  it('passes a valid message from this window and the Base44 origin', () => {
    expect(
      acceptPageMessage({ source: self as never, origin: 'https://app.base44.com', data }, self, NOW),
    ).toEqual({
      kind: 'balance',
      reading,
    });
  });

  it.each([
    ['another window', { source: {} as never, origin: 'https://app.base44.com', data }],
    ['another origin', { source: self as never, origin: 'https://evil.example', data }],
    ['a look-alike origin', { source: self as never, origin: 'https://app.base44.com.evil.example', data }],
    [
      'another channel',
      { source: self as never, origin: 'https://app.base44.com', data: { ...data, channel: 'x' } },
    ],
    [
      'a bad shape',
      {
        source: self as never,
        origin: 'https://app.base44.com',
        data: { ...data, observation: { kind: 'balance', reading: { message: 'lots' } } },
      },
    ],
    ['no data', { source: self as never, origin: 'https://app.base44.com', data: undefined }],
  ])('ignores a message from %s', (_name, event) => {
    expect(acceptPageMessage(event, self, NOW)).toBeNull();
  });
});
