/** User settings: plain data and defaults. Storage lives in ./items.ts. */
import { NO_BUDGETS, type Budgets } from '../credits/budget';
import type { UiLanguage } from '../i18n/locales';

/** How the free plan's daily cap window is counted; Base44 does not document the instant. */
export type DailyWindowRule = 'utcMidnight' | 'localMidnight' | 'rolling24h';

export interface BillingAnchor {
  /** Day of month 1..31 (clamped to short months), hour and minute in UTC. */
  day: number;
  hour: number;
  minute: number;
}

export interface Settings {
  /** Workspace id for the Monitoring API (the key itself is stored apart, see items.ts). */
  workspaceId: string;
  /** Plan key from lib/base44/plans.ts; null = use what Base44 reports, else Free. */
  planOverride: string | null;
  billingAnchor: BillingAnchor | null;
  dailyWindow: DailyWindowRule;
  /** Percent of a pool used at which to warn and to alarm. */
  thresholds: { warn: number; critical: number };
  confirmBeforeSend: boolean;
  storeExcerpts: boolean;
  notify: { thresholds: boolean; capReached: boolean; reset: boolean };
  /**
   * The extension's own pages and notifications: 'auto' follows the browser. Optional because
   * settings saved before it existed lack it; read it as `uiLanguage ?? 'auto'`. (The chip on the
   * builder page always follows the page's language.)
   */
  uiLanguage?: UiLanguage;
  /** The user's own budgets. Optional for the same reason: read it with `budgetsOf`. */
  budgets?: Budgets;
}

export const DEFAULT_SETTINGS: Settings = {
  workspaceId: '',
  planOverride: null,
  billingAnchor: null,
  dailyWindow: 'utcMidnight',
  thresholds: { warn: 80, critical: 95 },
  confirmBeforeSend: true,
  storeExcerpts: true,
  notify: { thresholds: true, capReached: true, reset: true },
  uiLanguage: 'auto',
  budgets: NO_BUDGETS,
};

/** The budgets of settings saved before budgets existed are none. */
export function budgetsOf(s: Settings): Budgets {
  return s.budgets ?? NO_BUDGETS;
}
