/**
 * The popup's "where the credits went" card: the running session of the app open in the builder,
 * and this cycle's credits per app with the builder's names. Pure: rows, names and `now` passed in.
 */
import { appTotals, currentSession, type TimeWindow } from './sessions';
import type { CreditRow } from './row-credits';

export interface SessionCost {
  appId: string | null;
  name: string | null;
  start: number;
  credits: number;
  prompts: number;
  /** Prompts whose cost is still our estimate. */
  estimated: number;
}

export interface AppCost {
  appId: string | null;
  /** The builder's name for the app; null when not known yet (the page shows a short id). */
  name: string | null;
  credits: number;
  prompts: number;
}

export interface AppCosts {
  workspaceId: string;
  /** The app open in the builder tab used last; null for the home page or when none was seen. */
  focusedAppId: string | null;
  /** Its current session; null when none is running (no prompt within the session gap). */
  session: SessionCost | null;
  /** This cycle, most credits first. */
  apps: AppCost[];
  cycle: TimeWindow;
}

/** Credits are sums of estimates like 0.1 + 0.2: rounded so the page never shows 0.30000000000000004. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function appCostsView(args: {
  workspaceId: string;
  cycleRows: readonly CreditRow[];
  cycle: TimeWindow;
  sessionRows: readonly CreditRow[];
  focusedAppId: string | null;
  now: number;
  nameOf: (appId: string) => string | null | undefined;
}): AppCosts {
  const { cycleRows, cycle, sessionRows, focusedAppId, now, nameOf } = args;
  const name = (appId: string | null) => (appId === null ? null : nameOf(appId)?.trim() || null);
  const s = currentSession(sessionRows, focusedAppId, now);
  return {
    workspaceId: args.workspaceId,
    focusedAppId,
    session: s && {
      appId: s.appId,
      name: name(s.appId),
      start: s.start,
      credits: round(s.credits),
      prompts: s.prompts,
      estimated: s.estimated,
    },
    apps: appTotals(cycleRows, cycle).map((t) => ({
      appId: t.appId,
      name: name(t.appId),
      credits: round(t.credits),
      prompts: t.prompts,
    })),
    cycle,
  };
}
