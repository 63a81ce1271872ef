import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onInstalled, WELCOME_PAGE } from '../../../lib/background/install';
import { compareVersions, installPlan } from '../../../lib/background/install-plan';
import { whatsNewItem } from '../../../lib/settings/whats-new';

describe('installPlan', () => {
  it.each([
    ['a fresh install', { reason: 'install' }, true, null],
    [
      'an update to a newer version',
      { reason: 'update', previousVersion: '0.1.0' },
      false,
      { from: '0.1.0', to: '0.2.0' },
    ],
    ['a reload of the same version', { reason: 'update', previousVersion: '0.2.0' }, false, null],
    ['a downgrade', { reason: 'update', previousVersion: '0.3.0' }, false, null],
    ['an update without the old version', { reason: 'update' }, false, null],
    ['the browser updated itself', { reason: 'chrome_update' }, false, null],
    ['Firefox updated itself', { reason: 'browser_update' }, false, null],
    ['a shared module updated', { reason: 'shared_module_update' }, false, null],
  ] as const)('%s', (_, details, openWelcome, whatsNew) => {
    expect(installPlan(details, '0.2.0')).toEqual({ openWelcome, whatsNew });
  });
});

it('a repeated install event in a profile that was welcomed already opens nothing', () => {
  expect(installPlan({ reason: 'install' }, '0.2.0', true)).toEqual({ openWelcome: false, whatsNew: null });
});

describe('compareVersions', () => {
  it.each([
    ['0.10.0', '0.9.9', 1],
    ['1.0', '1.0.0', 0],
    ['0.1.0', '0.2.0', -1],
    ['2.0.1', '2.0', 1],
  ] as const)('%s vs %s', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
  });
});

describe('onInstalled', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '0.2.0',
    });
  });

  it('opens the welcome page on install, and only then', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await onInstalled({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toBe(browser.runtime.getURL(WELCOME_PAGE));
    await onInstalled({ reason: 'update', previousVersion: '0.0.1' });
    await onInstalled({ reason: 'chrome_update' });
    // Reported as installed again while storage survived (an unpacked extension at browser start).
    await onInstalled({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('an update leaves a "what\'s new" note for the popup', async () => {
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '0.2.0',
    });
    await onInstalled({ reason: 'update', previousVersion: '0.1.0' });
    expect(await whatsNewItem.getValue()).toEqual({ from: '0.1.0', to: '0.2.0' });
  });
});
