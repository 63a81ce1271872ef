import type { Forecast } from '../credits/forecast';
import { formatDay, type Zone } from './time';

const DAY = 86_400_000;

/** One sentence about the pace, e.g. "At this pace the message pool runs out on Nov 28, 7 days before the reset." */
export function forecastText(f: Forecast, poolName: string, zone: Zone = {}): string {
  switch (f.kind) {
    case 'noData':
      return 'Not enough history yet to forecast the pace.';
    case 'exhausted':
      return `The ${poolName} pool is used up until the reset.`;
    case 'onTrack':
      return f.ratePerDay > 0
        ? `On track: at this pace the ${poolName} pool lasts until the reset.`
        : `On track: no ${poolName} credits used this cycle so far.`;
    case 'runsOut': {
      const day = formatDay(f.at, zone);
      if (f.beforeResetMs === null) return `At this pace the ${poolName} pool runs out on ${day}.`;
      const days = Math.floor(f.beforeResetMs / DAY);
      const lead = days >= 1 ? `${days} ${days === 1 ? 'day' : 'days'}` : 'less than a day';
      return `At this pace the ${poolName} pool runs out on ${day}, ${lead} before the reset.`;
    }
  }
}
