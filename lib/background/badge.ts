import { browser } from 'wxt/browser';
import type { Summary } from '../credits/types';
import type { Locale } from '../i18n/locales';
import type { Settings } from '../settings/settings';
import { badgeFor, DEFAULT_BADGE_PREFS, type BadgePrefs } from './badge-model';

/** Firefox MV2 has browserAction instead of action. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function applyBadge(
  summary: Summary,
  thresholds: Settings['thresholds'],
  locale: Locale = 'en',
  prefs: BadgePrefs = DEFAULT_BADGE_PREFS,
): Promise<void> {
  const model = badgeFor(summary, thresholds, locale, prefs);
  const action = actionApi();
  await action.setBadgeText({ text: model.text });
  await action.setBadgeBackgroundColor({ color: model.color });
  try {
    await action.setTitle({ title: model.title });
  } catch {
    // Not every implementation (e.g. test fakes) supports titles; the badge itself is what matters.
  }
}
