/**
 * The one way a change reaches the user: writes mark the workspaces they touched; when the event
 * that caused them has been handled (a message, an alarm, a settings change, start-up), each marked
 * workspace's summary is computed once and published — stored for extension pages, pushed to
 * builder tabs — with the badge and notifications derived from the same summary.
 */
import { browser } from 'wxt/browser';
import { BASE44_ORIGIN, editorAppId } from '../base44/urls';
import { summaryValidUntil } from '../credits/summary';
import type { PoolName, Summary } from '../credits/types';
import { onWorkspaceWrite } from '../db/writes';
import { extensionLocale } from '../i18n/browser-locale';
import type { ContextPush } from '../messaging/protocol';
import { settingsItem } from '../settings/items';
import { DEFAULT_SETTINGS, displayOf, type Settings } from '../settings/settings';
import type { BudgetsNow } from '../credits/budget';
import { readBudgets } from './budget-use';
import { applyBadge } from './badge';
import { dailyCapResetNotices } from './cap-reset';
import { composerContext } from './composer-context';
import type { RuntimeDeps } from './deps';
import { exclusive } from './lock';
import { sendOnce } from './notifications';
import { dueNotices, resetNotice } from './notify-model';
import { publishedItem, type Published } from './published';
import { isUnavailableError } from './storage-fault';
import { buildSummary } from './summary';
import { activeWorkspaceId, resolveWorkspace } from './workspace';

/** A pool whose counter was reset (its reset notice is due). */
export type ResetPool = PoolName;

/** Wakes the worker when a published summary expires by itself (a daily or monthly reset). */
export const REPUBLISH_ALARM = 'republish';
/** Workspaces kept in the published map (the shown one always stays). */
const MAX_PUBLISHED = 20;
/** Marks made while publishing (e.g. the storage status it found) get a further round, at most this many. */
const MAX_ROUNDS = 3;

interface Pending {
  all: boolean;
  workspaces: Set<string>;
  resets: Map<string, Set<ResetPool>>;
}

const fresh = (): Pending => ({ all: false, workspaces: new Set(), resets: new Map() });
// Module state, not storage: marks live between a write and the end of the event that made it, in
// the same worker; a worker stopped in between republishes everything at start-up.
let pending = fresh();

/** A write changed what `workspaceId`'s summary says ('all': every published workspace's). */
export function markChanged(workspaceId: string | 'all', resets: readonly ResetPool[] = []): void {
  if (workspaceId === 'all') {
    pending.all = true;
    return;
  }
  pending.workspaces.add(workspaceId);
  if (resets.length) {
    const set = pending.resets.get(workspaceId) ?? new Set<ResetPool>();
    for (const r of resets) set.add(r);
    pending.resets.set(workspaceId, set);
  }
}

const watched = new WeakSet<object>();

/** Mark the workspaces each database write touches (once per database). */
export function watchWrites(deps: RuntimeDeps): void {
  if (watched.has(deps.db)) return;
  watched.add(deps.db);
  onWorkspaceWrite(deps.db, (touched) => {
    if (touched === 'all') markChanged('all');
    else for (const ws of touched) markChanged(ws);
  });
}

function hasPending(): boolean {
  return pending.all || pending.workspaces.size > 0;
}

/** Publish what the writes so far changed. Call when an event has been handled. */
export async function publishChanges(deps: RuntimeDeps): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS && hasPending(); round++) {
    await exclusive('publish', async () => {
      if (!hasPending()) return;
      const taken = pending;
      pending = fresh();
      await publish(deps, taken);
    });
  }
}

async function publish(deps: RuntimeDeps, taken: Pending): Promise<void> {
  const now = deps.now();
  const [stored, active, before] = await Promise.all([
    settingsItem.getValue(),
    activeWorkspaceId(),
    publishedItem.getValue(),
  ]);
  // Settings written by hand (or by an older version) may lack keys: the defaults stand in.
  const settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  const targets = new Set(taken.workspaces);
  if (taken.all) for (const ws of [active, ...Object.keys(before.summaries)]) targets.add(ws);
  // A switch of the shown workspace: the badge and the popup move to it.
  const activeMoved = active !== before.active;
  if (activeMoved && !before.summaries[active]) targets.add(active);

  const built = new Map<string, Summary>();
  for (const ws of targets) built.set(ws, await buildSummary(deps, ws));

  const summaries: Record<string, Summary> = { ...before.summaries, ...Object.fromEntries(built) };
  const next: Published = { active, summaries: keepNewest(summaries, active) };
  await publishedItem.setValue(next);

  // Each output on its own: a badge the browser refuses must not keep the numbers from the tabs.
  const locale = extensionLocale(settings.uiLanguage);
  const budgets = new Map<string, BudgetsNow | null>();
  const budgetsOf = async (ws: string) => {
    if (!budgets.has(ws)) budgets.set(ws, await budgetsFor(deps, ws, settings, now));
    return budgets.get(ws) ?? null;
  };
  const shown = next.summaries[active];
  if (shown && (built.has(active) || activeMoved)) {
    const prefs = { ...displayOf(settings).badge, dailyBudget: (await budgetsOf(active))?.daily ?? null };
    await output('badge', applyBadge(shown, settings.thresholds, locale, prefs));
  }
  for (const [ws, summary] of built) {
    const resets = [...(taken.resets.get(ws) ?? [])];
    await output('notifications', notify(deps, ws, summary, settings, resets, now, await budgetsOf(ws)));
  }
  await output('push', pushToBuilderTabs(deps, built, active));
  await scheduleRepublish(next, now);
}

async function output(what: string, done: Promise<void>): Promise<void> {
  try {
    await done;
  } catch (error) {
    console.warn(`[credit-meter] ${what} failed:`, error);
  }
}

/** The shown workspace and the most recently published others. */
function keepNewest(summaries: Record<string, Summary>, active: string): Record<string, Summary> {
  const ids = Object.keys(summaries);
  if (ids.length <= MAX_PUBLISHED) return summaries;
  const kept = ids.filter((id) => id !== active).slice(-(MAX_PUBLISHED - 1));
  return Object.fromEntries(
    [active, ...kept].filter((id) => summaries[id]).map((id) => [id, summaries[id]!]),
  );
}

/** Where the user's budgets stand; null without any, or without the database (the status says why). */
async function budgetsFor(
  deps: RuntimeDeps,
  ws: string,
  settings: Settings,
  now: number,
): Promise<BudgetsNow | null> {
  try {
    return await readBudgets(deps, ws, settings, now);
  } catch (error) {
    if (isUnavailableError(error)) return null;
    throw error;
  }
}

async function notify(
  deps: RuntimeDeps,
  ws: string,
  summary: Summary,
  settings: Settings,
  resets: ResetPool[],
  now: number,
  budgets: BudgetsNow | null,
): Promise<void> {
  const locale = extensionLocale(settings.uiLanguage);
  const notices = dueNotices(summary, settings, now, locale, budgets ?? undefined);
  if (settings.notify.reset)
    // The daily cap's reset is announced only after a day the cap was reached (below).
    for (const pool of resets) if (pool !== 'daily') notices.unshift(resetNotice(pool, summary, now, locale));
  try {
    // Remembers a capped day and wakes at its reset, whether or not a notice is due now.
    const capReset = await dailyCapResetNotices(deps, ws, summary, locale);
    if (settings.notify.reset) notices.unshift(...capReset);
    await sendOnce(deps.db, ws, notices, now);
  } catch (error) {
    // Without the database a notice cannot be marked as sent, so it is not shown (it would repeat);
    // the summary's status already says storage is unavailable.
    if (!isUnavailableError(error)) throw error;
  }
}

/**
 * Each builder tab gets its workspace's new context (the workspace of the app it shows, else the
 * shown one). Tabs without our content script refuse the message; that is fine.
 */
async function pushToBuilderTabs(
  deps: RuntimeDeps,
  built: Map<string, Summary>,
  active: string,
): Promise<void> {
  let tabs: { id?: number; url?: string }[];
  try {
    tabs = await browser.tabs.query({ url: `${BASE44_ORIGIN}/*` });
  } catch {
    return;
  }
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const ws = (await resolveWorkspace(editorAppId(tab.url ?? ''))) ?? active;
    const summary = built.get(ws);
    if (!summary) continue;
    const data = await composerContext(deps, summary, editorAppId(tab.url ?? ''));
    const push: ContextPush = { cm: 1, push: 'composerContext', data };
    // Not awaited: a tab that does not answer must not hold up the next publish. A tab without our
    // content script (yet) refuses; it asks for its context when it starts.
    void browser.tabs.sendMessage(tab.id, push).catch(() => undefined);
  }
}

/** Wake up to republish when the earliest published summary expires by itself. */
async function scheduleRepublish(published: Published, now: number): Promise<void> {
  const ends = Object.values(published.summaries)
    .map(summaryValidUntil)
    .filter((t): t is number => t !== null && t > now);
  try {
    if (ends.length) await browser.alarms.create(REPUBLISH_ALARM, { when: Math.min(...ends) });
    else await browser.alarms.clear(REPUBLISH_ALARM);
  } catch {
    // No alarms (tests' fake browser): the next event republishes.
  }
}
