import { describe, expect, it } from 'vitest';
import { acceptPageMessage } from '../../../lib/page-observer/bridge';
import { PAGE_CHANNEL } from '../../../lib/page-observer/channel';
import { validateObservation, validateReading } from '../../../lib/page-observer/validate';

const NOW = Date.UTC(2026, 10, 21, 12);
const APP = '64b7f1a2c3d4e5f60718293a';
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
  ])('rejects %s', (_name, patch) => {
    expect(validateReading({ ...reading, ...patch })).toBeNull();
  });
});

describe('validateObservation', () => {
  it('replaces the page-claimed time with ours', () => {
    expect(validateObservation({ kind: 'chatReply', appId: APP, at: 1 }, NOW)).toEqual({
      kind: 'chatReply',
      appId: APP,
      at: NOW,
    });
  });

  it.each([
    [{ kind: 'chatCost', appId: APP, cost: 1 }, true],
    [{ kind: 'chatCost', appId: APP, cost: -1 }, false],
    [{ kind: 'chatCost', appId: APP, cost: 1e9 }, false],
    [{ kind: 'chatCost', appId: 'abc', cost: 1 }, false],
    [{ kind: 'chatSend', appId: APP, text: 'hi' }, true],
    [{ kind: 'chatSend', appId: APP, text: 5 }, false],
    [{ kind: 'workspaces', workspaces: [{ id: 'w1', name: null, tier: 'pro' }] }, true],
    [{ kind: 'workspaces', workspaces: [{ id: 'w 1;drop', name: null, tier: null }] }, false],
    [{ kind: 'workspaces', workspaces: [] }, false],
    [{ kind: 'signedOut' }, true],
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
