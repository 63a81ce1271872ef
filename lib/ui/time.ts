/**
 * Time text for people. Pure: `now` and the zone/locale are passed in, so tests can pin them;
 * the UI leaves zone and locale undefined to get the browser's own.
 */

import type { Locale } from '../i18n/locales';
import { uiT } from '../i18n/ui-messages';
import { MINUTE, HOUR, DAY } from '../credits/schedule';

export interface Zone {
  timeZone?: string;
  locale?: string;
}

/** "in 3 days 4 h", "in 4 h 12 min", "in 12 min", "in under a minute"; "now" once passed. */
export function countdownText(target: number, now: number, locale: Locale = 'en'): string {
  const t = uiT(locale);
  const ms = target - now;
  if (ms <= 0) return t('time.now');
  if (ms < MINUTE) return t('time.underMinute');
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  let span: string;
  if (days > 0) {
    const d = t('days', { count: days });
    span = hours > 0 ? t('time.daysHours', { days: d, hours }) : d;
  } else if (hours > 0) {
    span = minutes > 0 ? t('time.hoursMinutes', { hours, minutes }) : t('time.hours', { hours });
  } else {
    span = t('time.minutes', { minutes });
  }
  return t('time.in', { span });
}

/** "just now", "2 min ago", "3 h ago", "2 days ago". A reading from the future counts as now. */
export function ageText(at: number, now: number, locale: Locale = 'en'): string {
  const t = uiT(locale);
  const ms = now - at;
  if (ms < MINUTE) return t('time.justNow');
  const span =
    ms < HOUR
      ? t('time.minutes', { minutes: Math.floor(ms / MINUTE) })
      : ms < DAY
        ? t('time.hours', { hours: Math.floor(ms / HOUR) })
        : t('days', { count: Math.floor(ms / DAY) });
  return t('time.ago', { span });
}

/** "Sat, Nov 28, 2:05 PM" style: weekday, date and time in the person's zone. */
export function formatDateTime(at: number, zone: Zone = {}): string {
  return new Intl.DateTimeFormat(zone.locale, {
    timeZone: zone.timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** "Nov 28" in the person's zone. */
export function formatDay(at: number, zone: Zone = {}): string {
  return new Intl.DateTimeFormat(zone.locale, {
    timeZone: zone.timeZone,
    month: 'short',
    day: 'numeric',
  }).format(at);
}

/** "2:05 PM" (or "14:05", by locale) in the person's zone. */
export function formatTime(at: number, zone: Zone = {}): string {
  return new Intl.DateTimeFormat(zone.locale, {
    timeZone: zone.timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** "Nov 28, 2:05 PM": compact, for table rows. */
export function formatShortDateTime(at: number, zone: Zone = {}): string {
  return new Intl.DateTimeFormat(zone.locale, {
    timeZone: zone.timeZone,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** Time only when `at` is the same local day as `now`, else day and time. */
export function formatWhen(at: number, now: number, zone: Zone = {}): string {
  return sameLocalDay(at, now, zone) ? formatTime(at, zone) : formatShortDateTime(at, zone);
}

function sameLocalDay(a: number, b: number, zone: Zone): boolean {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return f.format(a) === f.format(b);
}
