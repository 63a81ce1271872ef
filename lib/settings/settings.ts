/** User settings: plain data and defaults. Storage lives in ./items.ts. */
import { NO_BUDGETS, type Budgets } from '../credits/budget';
import type { MoneySetting } from '../credits/money';
import type { UiLanguage } from '../i18n/locales';

/** How the free plan's daily cap window is counted; Base44 does not document the instant. */
export type DailyWindowRule = 'utcMidnight' | 'localMidnight' | 'rolling24h';

export interface BillingAnchor {
  /** Day of month 1..31 (clamped to short months), hour and minute in UTC. */
  day: number;
  hour: number;
  minute: number;
}

/** What the toolbar badge shows: credits left, percent used, or nothing. */
export type BadgeShow = 'remaining' | 'percent' | 'none';
/** Which pool the badge follows; 'auto' = the one that binds first (daily cap or budget, else month). */
export type BadgePool = 'auto' | 'message' | 'daily' | 'integration';
/** The chip on the builder: full line, the figure only, or hidden (the send guard still asks). */
export type ChipDisplay = 'full' | 'compact' | 'hidden';

export interface FixLoopSettings {
  /** The stop-loss warning is on. */
  enabled: boolean;
  /** Fix prompts in a row on one app (before the draft) that make the next fix warn. */
  streak: number;
  /** Credits spent on fixes on one app within an hour above which the next fix warns. */
  credits: number;
}

export interface MeterDisplay {
  badge: { show: BadgeShow; pool: BadgePool };
  /** The chip everywhere, and per app (by app id) where the user chose otherwise. */
  chip: { display: Exclude<ChipDisplay, 'hidden'>; perApp: Readonly<Record<string, ChipDisplay>> };
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
  /** Stop-loss for fix loops. Optional like the above: read it with `fixLoopOf`. */
  fixLoop?: FixLoopSettings;
  /** Price per credit, to show money beside credits; null = credits only. Read with `moneyOf`. */
  money?: MoneySetting | null;
  /** Badge and chip display. Read with `displayOf`. */
  display?: MeterDisplay;
}

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
