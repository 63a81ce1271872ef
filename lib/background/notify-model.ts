import type { PoolName, Summary } from '../credits/types';
import type { Settings } from '../settings/settings';
import type { Locale } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';
import type { BudgetsNow } from '../credits/budget';
import { percentUsed, roundCredits } from '../ui/format';

/** A notification to show once per key; `key` includes the window so it fires again next window. */
export interface Notice {
  key: string;
  title: string;
  message: string;
  /** Lower thresholds passed at the same time: recorded as sent without showing them. */
  alsoMark: string[];
  /**
   * The same notice (pool and threshold) on the same UTC day: shown at most once under it, however
   * often the window moves (a page can send a new period end with every balance).
   */
  dayKey: string;
}

/** A pool or budget notices are about; `win` names its window so a new window notifies again. */
interface Gauge {
  id: string;
  label: string;
  used: number;
  limit: number;
  win: string;
  usedUp: string;
}

function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function utcMonth(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** The window a pool's notices belong to: its reset instant when known, else the UTC day/month. */
function windowKey(pool: PoolName, summary: Summary, now: number): string {
  if (pool === 'daily') return summary.daily?.resetAt ? String(summary.daily.resetAt) : utcDay(now);
  return summary.nextReset ? String(summary.nextReset) : utcMonth(now);
}

/** Which threshold / cap notices the numbers call for now (before checking what was sent). */
export function dueNotices(
  summary: Summary,
  settings: Settings,
  now: number,
  locale: Locale = 'en',
  budgets?: BudgetsNow,
): Notice[] {
  const t = uiT(locale);
  const out: Notice[] = [];
  const gauges: Gauge[] = [];
  for (const [name, pool] of [
    ['message', summary.message],
    ['integration', summary.integration],
    ['daily', summary.daily],
  ] as const) {
    if (!pool) continue;
    gauges.push({
      id: name,
      label: t(`notify.pool.${name}`),
      used: pool.used,
      limit: pool.limit,
      win: windowKey(name, summary, now),
      usedUp: t(name === 'integration' ? 'notify.usedUp.integration' : 'notify.usedUp.message'),
    });
  }
  // The user's own budgets count like caps (their window: the day, or the app's cycle).
  if (budgets?.daily) {
    gauges.push({
      id: 'budget',
      label: t('notify.pool.budget'),
      used: budgets.daily.spent,
      limit: budgets.daily.budget,
      win: String(budgets.day.start),
      usedUp: t('notify.usedUp.budget'),
    });
  }
  for (const a of budgets?.apps ?? []) {
    gauges.push({
      id: `app-${a.appId}`,
      label: t('notify.pool.appBudget', { app: a.name ?? a.appId }),
      used: a.use.spent,
      limit: a.use.budget,
      win: String(budgets!.cycle.start),
      usedUp: t('notify.usedUp.budget'),
    });
  }
  const { warn, critical } = settings.thresholds;
  for (const { id: name, label, used, limit, win, usedUp } of gauges) {
    if (limit <= 0) continue;
    const pool = { used, limit };
    const pct = percentUsed(pool.used, pool.limit);
    const k = (what: string) => `notify:${what}:${name}:${win}`;
    const day = (what: string) => `notify-day:${what}:${name}:${utcDay(now)}`;
    const passed = [warn, critical].filter((t) => pct >= t).sort((a, b) => a - b);
    const capped = pool.used >= pool.limit;
    if (capped && settings.notify.capReached) {
      out.push({
        key: k('cap'),
        title: t('notify.usedUp', { pool: label }),
        message: usedUp,
        alsoMark: settings.notify.thresholds ? passed.map((t) => k(`threshold-${t}`)) : [],
        dayKey: day('cap'),
      });
      continue;
    }
    const top = passed[passed.length - 1];
    if (top !== undefined && settings.notify.thresholds) {
      out.push({
        key: k(`threshold-${top}`),
        title: t('notify.threshold', { pool: label, pct: Math.floor(pct) }),
        message: t('notify.left', {
          left: roundCredits(Math.max(0, pool.limit - pool.used)),
          limit: roundCredits(pool.limit),
        }),
        alsoMark: passed.slice(0, -1).map((t) => k(`threshold-${t}`)),
        dayKey: day(`threshold-${top}`),
      });
    }
  }
  return out;
}

export function resetNotice(pool: PoolName, summary: Summary, now: number, locale: Locale = 'en'): Notice {
  const t = uiT(locale);
  return {
    key: `notify:reset:${pool}:${windowKey(pool, summary, now)}`,
    title: t('notify.reset', { pool: t(`notify.pool.${pool}`) }),
    message: t('notify.reset.body'),
    alsoMark: [],
    dayKey: `notify-day:reset:${pool}:${utcDay(now)}`,
  };
}

/** Keys of "daily credits are back" notices: this prefix and the reset instant announced. */
export const CAP_RESET_NOTICE_PREFIX = 'notify:cap-reset:daily:';

/** The daily cap reset after a day it was reached (lib/credits/cap-reset.ts decides when). */
export function capResetNotice(resetAt: number, now: number, locale: Locale = 'en'): Notice {
  const t = uiT(locale);
  return {
    key: CAP_RESET_NOTICE_PREFIX + resetAt,
    title: t('notify.capReset'),
    message: t('notify.capReset.body'),
    alsoMark: [],
    dayKey: `notify-day:cap-reset:daily:${utcDay(now)}`,
  };
}
