import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The manifest commands that open the popup: MV3's name, then MV2's (Firefox). */
const OPEN_POPUP = ['_execute_action', '_execute_browser_action'];

/**
 * The keys that open the popup as the browser assigned them (the person may have changed them, or
 * another extension may hold the suggested ones); null when none is set.
 */
export function popupShortcut(commands: readonly { name?: string; shortcut?: string }[]): string | null {
  const c = commands.find((x) => x.name !== undefined && OPEN_POPUP.includes(x.name));
  return c?.shortcut?.trim() || null;
}

/** `undefined` while asking the browser, then the keys or null. */
export function usePopupShortcut(): string | null | undefined {
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => setKeys(popupShortcut(all)),
      () => setKeys(null),
    );
  }, []);
  return keys;
}
