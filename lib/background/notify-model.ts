import type { Summary } from '../credits/types';
import type { Settings } from '../settings/settings';

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

type PoolName = 'message' | 'integration' | 'daily';

const LABEL: Record<PoolName, string> = {
  message: 'Message credits',
  integration: 'Integration credits',
  daily: "Today's message credits",
};

function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function utcMonth(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** The window a pool's notices belong to: its reset instant when known, else the UTC day/month. */
export function windowKey(pool: PoolName, summary: Summary, now: number): string {
  if (pool === 'daily') return summary.daily?.resetAt ? String(summary.daily.resetAt) : utcDay(now);
  return summary.nextReset ? String(summary.nextReset) : utcMonth(now);
}

/** Which threshold / cap notices the numbers call for now (before checking what was sent). */
export function dueNotices(summary: Summary, settings: Settings, now: number): Notice[] {
  const out: Notice[] = [];
  const pools: [PoolName, { used: number; limit: number } | null][] = [
    ['message', summary.message],
    ['integration', summary.integration],
    ['daily', summary.daily],
  ];
  const { warn, critical } = settings.thresholds;
  for (const [name, pool] of pools) {
    if (!pool || pool.limit <= 0) continue;
    const pct = (pool.used / pool.limit) * 100;
    const win = windowKey(name, summary, now);
    const k = (what: string) => `notify:${what}:${name}:${win}`;
    const day = (what: string) => `notify-day:${what}:${name}:${utcDay(now)}`;
    const passed = [warn, critical].filter((t) => pct >= t).sort((a, b) => a - b);
    const capped = pool.used >= pool.limit;
    if (capped && settings.notify.capReached) {
      out.push({
        key: k('cap'),
        title: `${LABEL[name]} used up`,
        message:
          name === 'integration'
            ? 'Your app’s Base44 services (AI calls, email, uploads) stop until the reset or a top-up.'
            : 'Prompts to the builder stop until the reset or a top-up.',
        alsoMark: settings.notify.thresholds ? passed.map((t) => k(`threshold-${t}`)) : [],
        dayKey: day('cap'),
      });
      continue;
    }
    const top = passed[passed.length - 1];
    if (top !== undefined && settings.notify.thresholds) {
      out.push({
        key: k(`threshold-${top}`),
        title: `${LABEL[name]}: ${Math.floor(pct)}% used`,
        message: `${formatCredits(Math.max(0, pool.limit - pool.used))} of ${formatCredits(pool.limit)} left.`,
        alsoMark: passed.slice(0, -1).map((t) => k(`threshold-${t}`)),
        dayKey: day(`threshold-${top}`),
      });
    }
  }
  return out;
}

export function resetNotice(pool: PoolName, summary: Summary, now: number): Notice {
  return {
    key: `notify:reset:${pool}:${windowKey(pool, summary, now)}`,
    title: `${LABEL[pool]} reset`,
    message: 'A new credit window has started.',
    alsoMark: [],
    dayKey: `notify-day:reset:${pool}:${utcDay(now)}`,
  };
}

function formatCredits(n: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n);
}
