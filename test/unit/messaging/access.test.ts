import { describe, expect, it, vi } from 'vitest';
import { ACCESS, senderKind } from '../../../lib/messaging/access';
import type { MessageName } from '../../../lib/messaging/protocol';
import { dispatch, type Handlers } from '../../../lib/messaging/server';

const SELF = { id: 'me', origin: 'chrome-extension://me/' };
const POPUP = { id: 'me', url: 'chrome-extension://me/popup.html' };
const OPTIONS_TAB = { id: 'me', url: 'chrome-extension://me/options.html', tab: { id: 3 } };
const BUILDER = { id: 'me', url: 'https://app.base44.com/apps/x/editor/preview', tab: { id: 7 } };
const EVIL = { id: 'me', url: 'https://evil.example/', tab: { id: 8 } };
const LOOKALIKE = { id: 'me', url: 'https://app.base44.com.evil.example/', tab: { id: 9 } };
const OTHER_EXTENSION = { id: 'them', url: 'chrome-extension://them/popup.html' };

/** Every handler answers with its own name, so a test sees which one ran. */
function handlers(): Handlers {
  return Object.fromEntries(
    (Object.keys(ACCESS) as MessageName[]).map((name) => [name, vi.fn(async () => name)]),
  ) as unknown as Handlers;
}

const send = (h: Handlers, name: string, sender: object) =>
  dispatch(h, { cm: 1, name, data: {} }, sender, SELF);

describe('senderKind', () => {
  it.each([
    [POPUP, 'extension'],
    [OPTIONS_TAB, 'extension'],
    [BUILDER, 'builder'],
    [EVIL, 'other'],
    [LOOKALIKE, 'other'],
    [OTHER_EXTENSION, 'other'],
    [{ id: 'me', url: 'https://app.base44.com/apps/x/editor' }, 'other'],
    [{ id: 'me' }, 'other'],
  ])('%j → %s', (sender, kind) => {
    expect(senderKind(sender, SELF.id, SELF.origin)).toBe(kind);
  });
});

describe('dispatch', () => {
  it('a builder page cannot read the key, test it, read per-app costs or delete anything', async () => {
    const h = handlers();
    const privileged = [
      'getCredentialsInfo',
      'testConnection',
      'setCredentials',
      'getAppCosts',
      'deleteAllData',
      'getDiagnostics',
    ] as const;
    for (const name of privileged) {
      expect(await send(h, name, BUILDER)).toEqual({
        ok: false,
        error: `Message ${name} is not allowed here`,
      });
      expect(h[name]).not.toHaveBeenCalled();
    }
  });

  it('extension pages cannot pose as the builder page', async () => {
    const h = handlers();
    expect(await send(h, 'promptSent', POPUP)).toMatchObject({ ok: false });
    expect(await send(h, 'pageObservation', OPTIONS_TAB)).toMatchObject({ ok: false });
  });

  it('each side gets its own messages', async () => {
    const h = handlers();
    expect(await send(h, 'deleteAllData', OPTIONS_TAB)).toEqual({ ok: true, value: 'deleteAllData' });
    expect(await send(h, 'pageObservation', BUILDER)).toEqual({ ok: true, value: 'pageObservation' });
    expect(await send(h, 'getSummary', BUILDER)).toEqual({ ok: true, value: 'getSummary' });
  });

  it('other origins and other extensions get no answer at all; unknown names an error', async () => {
    const h = handlers();
    expect(send(h, 'getSummary', EVIL)).toBeUndefined();
    expect(send(h, 'getSummary', OTHER_EXTENSION)).toBeUndefined();
    // getLedger is gone: pages read the ledger from the extension's database, not by message.
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'nope', 'getLedger'])
      expect(await send(h, name, POPUP)).toMatchObject({ ok: false });
    expect(dispatch(h, { name: 'getSummary' }, POPUP, SELF)).toBeUndefined();
  });
});
