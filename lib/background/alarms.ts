import { browser } from 'wxt/browser';
import { thinSnapshots } from '../db/repo';
import type { RuntimeDeps } from './deps';
import { capResetAlarmWorkspace } from './cap-reset';
import { pollOnce } from './poller';
import { markChanged, publishChanges, REPUBLISH_ALARM } from './publish';
import { expireStaleTurns } from './turns';

export const POLL_ALARM = 'poll';
export const MAINTENANCE_ALARM = 'maintenance';

/** Wakes the worker every minute; pollOnce decides whether a request is due (active vs idle, backoff). */
const WANTED: Record<string, number> = { [POLL_ALARM]: 1, [MAINTENANCE_ALARM]: 360 };

/** Create the alarms only when missing or their period changed (re-creating resets their timers). */
export async function ensureAlarms(): Promise<string[]> {
  const created: string[] = [];
  for (const [name, periodInMinutes] of Object.entries(WANTED)) {
    const existing = await browser.alarms.get(name);
    if (existing && existing.periodInMinutes === periodInMinutes) continue;
    await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes === 1 ? 1 : 5 });
    created.push(name);
  }
  return created;
}

/** An alarm is an event like a message: what it wrote is published when it is done. */
export async function onAlarm(deps: RuntimeDeps, name: string): Promise<void> {
  try {
    if (name === POLL_ALARM) {
      await expireStaleTurns(deps);
      await pollOnce(deps);
    } else if (name === MAINTENANCE_ALARM) await thinSnapshots(deps.db, deps.now());
    // A published summary's day or month ended: its numbers and windows are computed again.
    else if (name === REPUBLISH_ALARM) markChanged('all');
    else {
      // A capped day's reset: announce it even when no new reading arrives then.
      const ws = capResetAlarmWorkspace(name);
      if (ws !== null) markChanged(ws);
    }
  } finally {
    await publishChanges(deps);
  }
}
