import { describe, expect, it } from 'vitest';
import {
  ageText,
  countdownText,
  formatDateTime,
  formatDay,
  formatTime,
  formatWhen,
} from '../../../lib/ui/time';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 21, 15, 30); // Sat Nov 21 2026 15:30 UTC

describe('countdownText', () => {
  it.each([
    [3 * DAY + 4 * HOUR + 20 * MIN, 'in 3 days 4 h'],
    [1 * DAY + 30 * MIN, 'in 1 day'],
    [2 * DAY, 'in 2 days'],
    [4 * HOUR + 12 * MIN, 'in 4 h 12 min'],
    [5 * HOUR, 'in 5 h'],
    [12 * MIN + 59_000, 'in 12 min'],
    [59_000, 'in under a minute'],
    [0, 'now'],
    [-5 * MIN, 'now'],
  ])('%i ms ahead → %s', (ahead, text) => {
    expect(countdownText(NOW + ahead, NOW)).toBe(text);
  });
});

describe('ageText', () => {
  it.each([
    [0, 'just now'],
    [-10_000, 'just now'],
    [30_000, 'just now'],
    [2 * MIN + 5_000, '2 min ago'],
    [3 * HOUR + 59 * MIN, '3 h ago'],
    [DAY + HOUR, '1 day ago'],
    [5 * DAY, '5 days ago'],
  ])('%i ms old → %s', (age, text) => {
    expect(ageText(NOW - age, NOW)).toBe(text);
  });
});

describe('local time formatting in two time zones', () => {
  // 2026-11-28 23:30 UTC is still Nov 28 in New York but already Nov 29 in Tokyo.
  const at = Date.UTC(2026, 10, 28, 23, 30);
  it.each([
    ['America/New_York', 'Sat, Nov 28, 6:30 PM', '6:30 PM', 'Nov 28'],
    ['Asia/Tokyo', 'Sun, Nov 29, 8:30 AM', '8:30 AM', 'Nov 29'],
    ['UTC', 'Sat, Nov 28, 11:30 PM', '11:30 PM', 'Nov 28'],
  ])('%s', (timeZone, dateTime, time, day) => {
    const zone = { timeZone, locale: 'en-US' };
    // Intl may use a narrow no-break space before AM/PM; compare with plain spaces.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatDateTime(at, zone))).toBe(dateTime);
    expect(plain(formatTime(at, zone))).toBe(time);
    expect(formatDay(at, zone)).toBe(day);
  });

  it('shows the time alone for the same local day, and the date otherwise — per zone', () => {
    const now = Date.UTC(2026, 10, 28, 20, 0);
    const plain = (s: string) => s.replace(/\s/g, ' ');
    // New York: 15:00 and 18:30 the same day. Tokyo: Nov 29 05:00 vs Nov 29 08:30 — same day too.
    expect(plain(formatWhen(at, now, { timeZone: 'America/New_York', locale: 'en-US' }))).toBe('6:30 PM');
    // Three hours earlier than `now` crosses midnight in Tokyo (Nov 29 02:00 vs Nov 28 …).
    const earlier = Date.UTC(2026, 10, 28, 14, 0); // Tokyo 23:00 Nov 28; New York 9:00 Nov 28
    expect(plain(formatWhen(earlier, now, { timeZone: 'Asia/Tokyo', locale: 'en-US' }))).toBe(
      'Nov 28, 11:00 PM',
    );
    expect(plain(formatWhen(earlier, now, { timeZone: 'America/New_York', locale: 'en-US' }))).toBe(
      '9:00 AM',
    );
  });
});
