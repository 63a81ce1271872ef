/** User settings: plain data and defaults. Storage lives in ./items.ts. */
import { NO_BUDGETS, type Budgets } from '../credits/budget';
import type { MoneySetting } from '../credits/money';
import type { StoredSettings } from '../schema/settings';

/** User settings; what each field means is said in the schema (lib/schema/settings.ts). */
export type Settings = StoredSettings;
export type DailyWindowRule = Settings['dailyWindow'];
export type BillingAnchor = NonNullable<Settings['billingAnchor']>;
export type FixLoopSettings = NonNullable<Settings['fixLoop']>;
export type MeterDisplay = NonNullable<Settings['display']>;
/** What the toolbar badge shows: credits left, percent used, or nothing. */
export type BadgeShow = MeterDisplay['badge']['show'];
/** Which pool the badge follows; 'auto' = the one that binds first (daily cap or budget, else month). */
export type BadgePool = MeterDisplay['badge']['pool'];
/** The chip on the builder: full line, the figure only, or hidden (the send guard still asks). */
export type ChipDisplay = MeterDisplay['chip']['perApp'][string];

// The same numbers as FIX_LOOP_DEFAULTS (a test says so); not imported, so the content script that
// reads DEFAULT_SETTINGS does not bundle the fix-word lists.
export const DEFAULT_FIX_LOOP: FixLoopSettings = { enabled: true, streak: 3, credits: 3 };

export const DEFAULT_DISPLAY: MeterDisplay = {
  badge: { show: 'remaining', pool: 'auto' },
  chip: { display: 'full', perApp: {} },
};

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
  fixLoop: DEFAULT_FIX_LOOP,
  money: null,
  display: DEFAULT_DISPLAY,
};

/** The budgets of settings saved before budgets existed are none. */
export function budgetsOf(s: Settings): Budgets {
  return s.budgets ?? NO_BUDGETS;
}

/** Settings saved before the stop-loss existed have it on, with the defaults. */
export function fixLoopOf(s: Settings): FixLoopSettings {
  return s.fixLoop ?? DEFAULT_FIX_LOOP;
}

export function moneyOf(s: Settings): MoneySetting | null {
  return s.money ?? null;
}

export function displayOf(s: Settings): MeterDisplay {
  const d = s.display;
  return {
    badge: { ...DEFAULT_DISPLAY.badge, ...d?.badge },
    chip: { ...DEFAULT_DISPLAY.chip, ...d?.chip },
  };
}

/** How the chip shows on `appId`: the app's own choice, else the general one. */
export function chipDisplayFor(s: Settings, appId: string | null): ChipDisplay {
  const chip = displayOf(s).chip;
  return (appId !== null ? chip.perApp[appId] : undefined) ?? chip.display;
}

/** `s` with `appId`'s budget set (a positive number) or removed (null). */
export function withAppBudget(s: Settings, appId: string, budget: number | null): Settings {
  const b = budgetsOf(s);
  const perApp = { ...b.perApp };
  if (budget !== null && Number.isFinite(budget) && budget > 0) perApp[appId] = budget;
  else delete perApp[appId];
  return { ...s, budgets: { ...b, perApp } };
}

/** `s` with the chip on `appId` shown as chosen; null = follow the general choice. */
export function withChipDisplay(s: Settings, appId: string, display: ChipDisplay | null): Settings {
  const d = displayOf(s);
  const perApp = { ...d.chip.perApp };
  if (display === null) delete perApp[appId];
  else perApp[appId] = display;
  return { ...s, display: { ...d, chip: { ...d.chip, perApp } } };
}
