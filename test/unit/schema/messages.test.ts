import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { REQUESTS, type RequestName } from '../../../lib/schema/messages';

const WS = '64b7f1a2c3d4e5f607180000';
const APP = '64b7f1a2c3d4e5f60718293a';
const parse = (name: RequestName, data: unknown) => {
  const r = v.safeParse(REQUESTS[name], data);
  return r.success ? r.output : null;
};

describe('message requests', () => {
  it.each([
    ['a balance', { kind: 'textBalance', remaining: 10, limit: 25, daily: { remaining: 2, limit: 5 } }, true],
    ['a balance without a limit', { kind: 'textBalance', remaining: 10, limit: null, daily: null }, true],
    ['more left than the limit', { kind: 'textBalance', remaining: 30, limit: 25, daily: null }, false],
    [
      'more left today than the cap',
      { kind: 'textBalance', remaining: 3, limit: 25, daily: { remaining: 6, limit: 5 } },
      false,
    ],
    ['a negative balance', { kind: 'textBalance', remaining: -1, limit: null, daily: null }, false],
    ['a prompt cost', { kind: 'creditsUsed', messageId: 'm-1', cost: 1.5 }, true],
    ['an implausible prompt cost', { kind: 'creditsUsed', messageId: 'm-1', cost: 51 }, false],
    ['a message id with markup', { kind: 'creditsUsed', messageId: '<b>', cost: 1 }, false],
  ])('pageText: %s', (_name, data, ok) => {
    expect(parse('pageText', data) !== null).toBe(ok);
  });

  it('setCredentials trims the key and applies the one workspace-id rule', () => {
    expect(parse('setCredentials', { apiKey: '  k  ', workspaceId: ` ${WS.toUpperCase()} ` })).toEqual({
      apiKey: 'k',
      workspaceId: WS,
    });
    expect(parse('setCredentials', { apiKey: '', workspaceId: '' })).toEqual({ apiKey: '', workspaceId: '' });
    expect(parse('setCredentials', { apiKey: 'k', workspaceId: 'ws-1' })).toBeNull();
    expect(parse('setCredentials', { apiKey: 'k'.repeat(501), workspaceId: WS })).toBeNull();
  });

  it('estimate ignores a mode or language tag it does not know, and refuses a text too long', () => {
    expect(parse('estimate', { text: 'hi', mode: 'shout', locale: '<script>' })).toEqual({
      text: 'hi',
      mode: 'build',
      locale: undefined,
    });
    expect(parse('estimate', { text: 'hi', mode: 'discuss', locale: 'pt-BR' })).toEqual({
      text: 'hi',
      mode: 'discuss',
      locale: 'pt-BR',
    });
    expect(parse('estimate', { text: 'x'.repeat(20_001), mode: 'build' })).toBeNull();
  });

  it('promptSent copies only known fields and lowercases the app id', () => {
    const sent = { sendId: 's1', at: 5, appId: APP.toUpperCase(), mode: 'build', text: 'hi', extra: 1 };
    expect(parse('promptSent', sent)).toEqual({ sendId: 's1', at: 5, appId: APP, mode: 'build', text: 'hi' });
    expect(parse('promptSent', { ...sent, start: 'toString' })).toBeNull();
    expect(parse('promptSent', { ...sent, sendId: '' })).toBeNull();
  });

  it('requests without data accept nothing more than an empty object', () => {
    expect(parse('refreshNow', undefined)).toEqual({});
    expect(parse('refreshNow', { evil: 1 })).toEqual({});
    expect(parse('getSummary', { workspaceId: 'x'.repeat(65) })).toBeNull();
  });
});
