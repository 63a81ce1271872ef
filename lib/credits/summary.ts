/**
 * One workspace's glanceable numbers. Pure: the caller loads the latest snapshot and the ledger
 * sums; this decides which source to trust and fills gaps from the plan table.
 */
import { FREE_PLAN, planForTier, type PlanLimits } from '../base44/plans';
import { lastSeen, type SnapshotRow } from '../db/rows';
import type { Settings } from '../settings/settings';
import { currentPeriod, dailyWindow, nextMonthlyReset } from './schedule';
import type { BalanceSource, Pool, Status, Summary } from './types';

function estimatedPool(limit: number, used: number): Pool {
  const u = Math.max(0, used);
  return { limit, used: u, remaining: Math.max(0, limit - u), bonus: null };
}

/** The override wins when set; else what the source reported; else Free. */
export function planFor(latestTier: string | null | undefined, settings: Settings): PlanLimits {
  return planForTier(settings.planOverride) ?? planForTier(latestTier) ?? FREE_PLAN;
}

/**
 * A tier Base44 names that the plan table does not know (enterprise, a new credit level): its limits
 * are whatever Base44 last reported for the workspace, never Free's.
 */
function unknownPlan(tier: string, latest: SnapshotRow | undefined): PlanLimits {
  return {
    key: tier,
    label: 'Unknown plan',
    messagePerMonth: latest?.message?.limit ?? 0,
    integrationPerMonth: latest?.integration?.limit ?? 0,
    messagePerDay: latest?.daily?.limit ?? null,
  };
}

/**
 * The reading whose numbers can be shown as measured. A reading from a period that has ended says
 * nothing about this one: the summary estimates instead, keeping its limits (they are the
 * workspace's own numbers) but not its `used`.
 */
export function measuredReading(latest: SnapshotRow | undefined, now: number): SnapshotRow | undefined {
  const expired = latest?.periodEnd != null && latest.periodEnd <= now;
  return latest && latest.source !== 'estimated' && !expired ? latest : undefined;
}

export function computeSummary(args: {
  workspaceId: string;
  workspaceName: string | null;
  latest: SnapshotRow | undefined;
  settings: Settings;
  /** Ledger spend (actual ?? estimate) in the current monthly period. */
  spentThisPeriod: number;
  /** Ledger spend in the current daily window. */
  spentToday: number;
  status: Status;
  now: number;
  firstUseToday?: number | null;
  /** The tier the builder's workspaces list names, for when no reading names one. */
  workspaceTier?: string | null;
}): Summary {
  const { latest, settings, now } = args;
  const tier = latest?.tier ?? args.workspaceTier ?? null;
  const planKnown = !tier || planForTier(settings.planOverride) !== null || planForTier(tier) !== null;
  const plan = planKnown ? planFor(tier, settings) : unknownPlan(tier, latest);
  const measured = measuredReading(latest, now);
  const source: BalanceSource = measured ? measured.source : 'estimated';

  // Limits for estimates: the user's override, else the workspace's last known limits, else the plan.
  const overridden = planForTier(settings.planOverride) !== null;
  const messageLimit = overridden ? plan.messagePerMonth : (latest?.message?.limit ?? plan.messagePerMonth);
  const integrationLimit = overridden
    ? plan.integrationPerMonth
    : (latest?.integration?.limit ?? plan.integrationPerMonth);
  const message = measured?.message ?? estimatedPool(messageLimit, args.spentThisPeriod);
  // The ledger records prompts only, so an estimated integration pool shows the plan with no use.
  const integration = measured?.integration ?? estimatedPool(integrationLimit, 0);

  const window = dailyWindow(settings.dailyWindow, now, {
    resetAt: latest?.dailyResetAt ?? null,
    firstUseAt: args.firstUseToday ?? null,
  });
  let daily: Summary['daily'] = null;
  if (measured?.daily && lastSeen(measured) >= window.start) {
    daily = { ...measured.daily, resetAt: window.end };
  } else {
    const cap = overridden ? plan.messagePerDay : (latest?.daily?.limit ?? plan.messagePerDay);
    if (cap != null) daily = { limit: cap, used: Math.max(0, args.spentToday), resetAt: window.end };
  }

  return {
    workspaceId: args.workspaceId,
    workspaceName: args.workspaceName,
    // Measured: what the source says. Estimated: the plan whose limits were used.
    tier: measured ? (measured.tier ?? settings.planOverride) : plan.key,
    planKnown,
    source,
    readAt: measured ? lastSeen(measured) : null,
    message,
    integration,
    daily,
    nextReset: nextMonthlyReset({
      now,
      periodEnd: latest?.periodEnd ?? null,
      anchor: settings.billingAnchor,
    }),
    periodStart: currentPeriod({
      now,
      periodStart: latest?.periodStart ?? null,
      periodEnd: latest?.periodEnd ?? null,
      anchor: settings.billingAnchor,
    }).start,
    status: args.status,
  };
}

/**
 * The first instant at which a summary computed earlier says something false without any new data:
 * its daily window or its monthly period ends. null: nothing in it expires by itself.
 */
export function summaryValidUntil(summary: Summary): number | null {
  const ends = [summary.daily?.resetAt ?? null, summary.nextReset].filter((t): t is number => t !== null);
  return ends.length ? Math.min(...ends) : null;
}
