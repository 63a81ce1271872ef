// Every language's words, for the badge and notifications in the user's language.
import '../i18n/ui-all';
import { browser } from 'wxt/browser';
import { db } from '../db/instance';
import { migrateLegacyKey } from '../db/secret-key';
import { handleMessages } from '../messaging/server';
import { settingsItem } from '../settings/items';
import { ensureAlarms, onAlarm } from './alarms';
import type { RuntimeDeps } from './deps';
import { createHandlers } from './handlers';
import { onInstalled } from './install';
import { markChanged, publishChanges, watchWrites } from './publish';
import { resumeInterruptedPoll } from './poller';
import { restrictToTrustedContexts } from './trusted-storage';

/** The real world: the extension's database, the global fetch, the wall clock. */
function defaultDeps(): RuntimeDeps {
  return {
    db,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
  };
}

function report(what: string): (error: unknown) => void {
  return (error) => console.warn(`[credit-meter] ${what} failed:`, error);
}

/**
 * Register every listener synchronously (a message or alarm that wakes a stopped worker must find
 * its listener), then do the start-up work in the background.
 */
export function startBackground(deps: RuntimeDeps = defaultDeps()): void {
  handleMessages(createHandlers(deps));
  browser.alarms.onAlarm.addListener((alarm) => {
    void onAlarm(deps, alarm.name).catch(report(`alarm ${alarm.name}`));
  });
  browser.runtime.onInstalled.addListener((details) => {
    void ensureAlarms().catch(report('alarms'));
    void onInstalled(details).catch(report('install'));
  });
  browser.runtime.onStartup.addListener(() => void ensureAlarms().catch(report('alarms')));
  // Thresholds, plan or workspace changed on the options page: every summary is published again.
  settingsItem.watch(() => {
    markChanged('all');
    void publishChanges(deps).catch(report('publish'));
  });

  // Settings and statuses stay with the extension's own pages where the browser allows it (Chrome);
  // the API key is in the extension's IndexedDB, closed to content scripts everywhere.
  void restrictToTrustedContexts(browser.storage.local).then((r) => {
    if (r !== 'restricted') console.info(`[credit-meter] storage.local access level: ${r}`);
  });
  // An update from a release that kept the key in storage.local moves it out at once.
  void migrateLegacyKey().catch(report('moving the API key'));
  void ensureAlarms().catch(report('alarms'));
  // Marks are not kept across a stop: a new worker publishes everything once.
  watchWrites(deps);
  markChanged('all');
  void resumeInterruptedPoll(deps)
    .then(() => publishChanges(deps))
    .catch(report('start-up'));
}
