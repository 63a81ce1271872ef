import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { contextFromPush, subscribeContext } from '../../../lib/content/summary-feed';
import type { ComposerContext, ContextPush } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const context: ComposerContext = {
  summary: {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'free',
    planKnown: true,
    source: 'page',
    readAt: 1,
    message: { limit: 25, used: 3, remaining: 22, bonus: null },
    integration: { limit: 100, used: 0, remaining: 100, bonus: null },
    daily: { used: 1, limit: 5, resetAt: 2 },
    nextReset: null,
    periodStart: 0,
    status: { kind: 'ok', message: '', at: 0 },
  },
  calibration: { perScope: {} },
  builderModel: null,
  settings: { thresholds: DEFAULT_SETTINGS.thresholds, confirmBeforeSend: true },
};
const push: ContextPush = { cm: 1, push: 'composerContext', data: context };

beforeEach(() => fakeBrowser.reset());

describe('contextFromPush', () => {
  it('takes a well-formed push', () => {
    expect(contextFromPush(push)).toEqual(context);
  });

  it.each([
    ['not ours', { ...push, cm: 2 }],
    ['another push', { ...push, push: 'other' }],
    ['no summary', { ...push, data: { ...context, summary: null } }],
    [
      'a pool without numbers',
      { ...push, data: { ...context, summary: { ...context.summary, message: { limit: '25' } } } },
    ],
    [
      'no period start',
      { ...push, data: { ...context, summary: { ...context.summary, periodStart: undefined } } },
    ],
    [
      'Infinity used',
      { ...push, data: { ...context, summary: { ...context.summary, daily: { used: Infinity, limit: 5 } } } },
    ],
    [
      'thresholds as text',
      { ...push, data: { ...context, settings: { thresholds: 'x', confirmBeforeSend: true } } },
    ],
    ['a model that is not text', { ...push, data: { ...context, builderModel: 3 } }],
    ['a string', 'composerContext'],
  ])('refuses %s', (_name, message) => {
    expect(contextFromPush(message)).toBeNull();
  });
});

describe('subscribeContext', () => {
  const background = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/background.js') });

  it('applies pushes from our background until aborted', async () => {
    const got: ComposerContext[] = [];
    const stop = new AbortController();
    subscribeContext(stop.signal, (c) => got.push(c));
    await fakeBrowser.runtime.onMessage.trigger(push, background());
    expect(got).toEqual([context]);
    stop.abort();
    await fakeBrowser.runtime.onMessage.trigger(push, background());
    expect(got).toHaveLength(1);
  });

  it('ignores the same message from a tab, another extension or another origin', async () => {
    const got: ComposerContext[] = [];
    subscribeContext(new AbortController().signal, (c) => got.push(c));
    await fakeBrowser.runtime.onMessage.trigger(push, { ...background(), tab: { id: 3 } as never });
    await fakeBrowser.runtime.onMessage.trigger(push, { ...background(), id: 'someone-else' });
    await fakeBrowser.runtime.onMessage.trigger(push, {
      id: browser.runtime.id,
      url: 'https://app.base44.com/x',
    });
    expect(got).toEqual([]);
  });
});
