import type { Forecast } from '../credits/forecast';
import type { Locale } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';
import { formatDay, type Zone } from './time';
import { DAY } from '../credits/schedule';
import type { PoolName } from '../credits/types';

/** One sentence about the pace, e.g. "At this pace the message pool runs out on Nov 28, 7 days before the reset." */
export function forecastText(
  f: Forecast,
  poolName: Exclude<PoolName, 'daily'>,
  zone: Zone = {},
  locale: Locale = 'en',
): string {
  const t = uiT(locale);
  const pool = t(`forecast.pool.${poolName}`);
  switch (f.kind) {
    case 'noData':
      return t('forecast.noData');
    case 'exhausted':
      return t('forecast.exhausted', { pool });
    case 'onTrack':
      return f.ratePerDay > 0 ? t('forecast.onTrack', { pool }) : t('forecast.onTrackIdle', { pool });
    case 'runsOut': {
      const day = formatDay(f.at, zone);
      if (f.beforeResetMs === null) return t('forecast.runsOut', { pool, day });
      const days = Math.floor(f.beforeResetMs / DAY);
      const lead = days >= 1 ? t('days', { count: days }) : t('forecast.lessThanDay');
      return t('forecast.runsOutBefore', { pool, day, lead });
    }
  }
}
