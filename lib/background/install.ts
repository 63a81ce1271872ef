import { browser } from 'wxt/browser';
import { welcomedItem, whatsNewItem } from '../settings/whats-new';
import { installPlan, type InstallDetails } from './install-plan';

/** The welcome page, at the build root next to popup.html, options.html and ledger.html. */
export const WELCOME_PAGE = '/welcome.html';

/** First install: the welcome tab. Update: the popup's "what's new" note. Anything else: nothing. */
export async function onInstalled(details: InstallDetails): Promise<void> {
  const plan = installPlan(details, browser.runtime.getManifest().version, await welcomedItem.getValue());
  if (plan.whatsNew) await whatsNewItem.setValue(plan.whatsNew);
  if (plan.openWelcome) {
    // Marked first: a second install event while the tab opens must not open another.
    await welcomedItem.setValue(true);
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  }
}
