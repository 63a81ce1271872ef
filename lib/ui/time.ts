/**
 * Time text for people. Pure: `now` and the zone/locale are passed in, so tests can pin them;
 * the UI leaves zone and locale undefined to get the browser's own.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Zone {
  timeZone?: string;
  locale?: string;
}

/** "in 3 days 4 h", "in 4 h 12 min", "in 12 min", "in under a minute"; "now" once passed. */
export function countdownText(target: number, now: number): string {
  const ms = target - now;
  if (ms <= 0) return 'now';
  if (ms < MINUTE) return 'in under a minute';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) {
    const d = `${days} ${days === 1 ? 'day' : 'days'}`;
    return hours > 0 ? `in ${d} ${hours} h` : `in ${d}`;
  }
  if (hours > 0) return minutes > 0 ? `in ${hours} h ${minutes} min` : `in ${hours} h`;
  return `in ${minutes} min`;
}

/** "just now", "2 min ago", "3 h ago", "2 days ago". A reading from the future counts as now. */
export function ageText(at: number, now: number): string {
  const ms = now - at;
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h ago`;
  const days = Math.floor(ms / DAY);
  return `${days} ${days === 1 ? 'day' : 'days'} ago`;
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
