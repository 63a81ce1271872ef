/**
 * Where the credits went: work sessions per app, per-app totals for a cycle, and the ledger page's
 * grouping by app. Pure: rows, windows and `now` are passed in; each function reads the rows once
 * (20k rows is a few milliseconds), in whatever `at` order the ledger returned them.
 */
import { activityEnd, isMeasured, isPaywalled, oldestFirst, rowCredits, type CreditRow } from './row-credits';
import { MINUTE } from './schedule';

/** A pause longer than this between one turn's end and the next send ends a session. */
export const SESSION_GAP_MS = 30 * MINUTE;

export interface SessionOptions {
  gapMs?: number;
}

/** A run of prompts on one app with no pause longer than the gap. */
export interface Session {
  appId: string | null;
  /** Epoch ms of the first send. */
  start: number;
  /** Epoch ms the last turn ended (or `now` for one still running). */
  end: number;
  prompts: number;
  /** Actual where known, else the estimate. */
  credits: number;
  /** Prompts whose cost is still our estimate (shown as "≈"). */
  estimated: number;
}

/**
 * The session `appId` is in at `now`, or null when its last activity is more than the gap ago (or
 * it has no prompts). A pause is measured from the end of a turn, not its send: waiting minutes for
 * a long build is not a break.
 */
export function currentSession(
  rows: readonly CreditRow[],
  appId: string | null,
  now: number,
  opts: SessionOptions = {},
): Session | null {
  const gap = opts.gapMs ?? SESSION_GAP_MS;
  const mine: CreditRow[] = [];
  for (const row of rows) if (row.appId === appId && row.at <= now) mine.push(row);
  let session: Session | null = null;
  for (const row of oldestFirst(mine)) {
    if (!session || row.at - session.end > gap) session = emptySession(appId, row.at);
    addTo(session, row, now);
  }
  return session && now - session.end <= gap ? session : null;
}

/** Every session of every app, oldest first (for a timeline or the ledger's "sessions" view). */
export function splitSessions(rows: readonly CreditRow[], now: number, opts: SessionOptions = {}): Session[] {
  const gap = opts.gapMs ?? SESSION_GAP_MS;
  const open = new Map<string | null, Session>();
  const out: Session[] = [];
  for (const row of oldestFirst(rows)) {
    if (row.at > now) continue;
    let s = open.get(row.appId);
    if (!s || row.at - s.end > gap) {
      s = emptySession(row.appId, row.at);
      open.set(row.appId, s);
      out.push(s);
    }
    addTo(s, row, now);
  }
  return out;
}

function emptySession(appId: string | null, start: number): Session {
  return { appId, start, end: start, prompts: 0, credits: 0, estimated: 0 };
}

function addTo(s: Session, row: CreditRow, now: number): void {
  s.prompts++;
  s.credits += rowCredits(row);
  if (!isMeasured(row)) s.estimated++;
  s.end = Math.max(s.end, activityEnd(row, now));
}

/** Epoch ms, start inclusive, end exclusive. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface AppTotals {
  appId: string | null;
  /** Credits in the window: actual where known, else the estimate. */
  credits: number;
  /** Prompts that ran (paywalled ones are counted apart: nothing ran, nothing was charged). */
  prompts: number;
  paywalled: number;
  /** credits ÷ prompts; 0 with no prompts. */
  averagePerPrompt: number;
  /** Prompts with Base44's own cost. */
  measured: number;
  /** Mean |actual − estimate| over measured prompts; null when none is measured. */
  estimateError: number | null;
  /** Epoch ms of the newest prompt. */
  lastAt: number;
}

/**
 * Per-app totals for a window (a credit cycle, a day), most credits first. Paywalled turns say
 * nothing about the estimator, so they are left out of the estimate error.
 */
export function appTotals(rows: readonly CreditRow[], window: TimeWindow): AppTotals[] {
  const acc = new Map<string | null, AppTotals & { errorSum: number }>();
  for (const row of rows) {
    if (row.at < window.start || row.at >= window.end) continue;
    let t = acc.get(row.appId);
    if (!t) {
      t = {
        appId: row.appId,
        credits: 0,
        prompts: 0,
        paywalled: 0,
        averagePerPrompt: 0,
        measured: 0,
        estimateError: null,
        lastAt: row.at,
        errorSum: 0,
      };
      acc.set(row.appId, t);
    }
    t.lastAt = Math.max(t.lastAt, row.at);
    if (isPaywalled(row)) {
      t.paywalled++;
      continue;
    }
    t.prompts++;
    t.credits += rowCredits(row);
    if (row.actual !== null) {
      t.measured++;
      t.errorSum += Math.abs(row.actual - row.estimate);
    }
  }
  const out: AppTotals[] = [];
  for (const { errorSum, ...t } of acc.values()) {
    t.averagePerPrompt = t.prompts > 0 ? t.credits / t.prompts : 0;
    t.estimateError = t.measured > 0 ? errorSum / t.measured : null;
    out.push(t);
  }
  return out.sort(byCreditsThenRecent);
}

function byCreditsThenRecent(a: { credits: number; lastAt: number }, b: typeof a): number {
  return b.credits - a.credits || b.lastAt - a.lastAt;
}

/** An app's name as the builder reported it; null when not (yet) known. */
export type AppNameLookup = (appId: string) => string | null | undefined;

export interface AppGroup<R extends CreditRow = CreditRow> {
  appId: string | null;
  /** What to show: the app's name, else a short id, else "New app (home page)". */
  label: string;
  /** True when `label` is the builder's name for the app. */
  named: boolean;
  credits: number;
  prompts: number;
  /** Prompts whose cost is still our estimate. */
  estimated: number;
  lastAt: number;
  /** The group's rows in the order they were given. */
  rows: R[];
}

/**
 * Rows grouped by app for the ledger page, most credits first. Names come from `nameOf` (the
 * background's app → {workspaceId, name} map), asked once per app.
 */
export function groupByApp<R extends CreditRow>(rows: readonly R[], nameOf: AppNameLookup): AppGroup<R>[] {
  const groups = new Map<string | null, AppGroup<R>>();
  for (const row of rows) {
    let g = groups.get(row.appId);
    if (!g) {
      const name = row.appId === null ? null : (nameOf(row.appId) ?? null);
      g = {
        appId: row.appId,
        label: appLabel(row.appId, name),
        named: Boolean(name?.trim()),
        credits: 0,
        prompts: 0,
        estimated: 0,
        lastAt: row.at,
        rows: [],
      };
      groups.set(row.appId, g);
    }
    g.rows.push(row);
    g.prompts++;
    g.credits += rowCredits(row);
    if (!isMeasured(row)) g.estimated++;
    g.lastAt = Math.max(g.lastAt, row.at);
  }
  return [...groups.values()].sort(byCreditsThenRecent);
}

/**
 * A label for an app: its name, else the start of its id ("App 64f1a2…"); prompts typed on the home
 * page have no app yet (their turn creates one).
 */
export function appLabel(appId: string | null, name: string | null | undefined): string {
  const n = name?.trim();
  if (n) return n;
  if (appId === null) return 'New app (home page)';
  return `App ${appId.length > 8 ? appId.slice(0, 6) + '…' : appId}`;
}
