import { browser } from 'wxt/browser';
import { BASE44_ORIGIN, CREDIT_USAGE_URL } from '../base44/urls';

/** Navigation from extension pages; each opens a tab (the popup then closes by itself). */
export function openLedgerPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/ledger.html') });
}

export function openDiagnosticsPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/diagnostics.html') });
}

export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage();
}

export function openBase44(): void {
  void browser.tabs.create({ url: `${BASE44_ORIGIN}/` });
}

export function openCreditUsage(): void {
  void browser.tabs.create({ url: CREDIT_USAGE_URL });
}
