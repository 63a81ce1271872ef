/**
 * Base44 plan limits (docs.base44.com, "Billing and plans", 2026). Data, not constants spread
 * through the code: the API's numbers win over this table, and the user can override the plan.
 */
export interface PlanLimits {
  key: string;
  label: string;
  messagePerMonth: number;
  integrationPerMonth: number;
  /** Free workspaces are also capped per day. */
  messagePerDay: number | null;
}

export const PLANS: readonly PlanLimits[] = [
  { key: 'free', label: 'Free', messagePerMonth: 25, integrationPerMonth: 100, messagePerDay: 5 },
  { key: 'starter', label: 'Starter', messagePerMonth: 100, integrationPerMonth: 2000, messagePerDay: null },
  { key: 'builder', label: 'Builder', messagePerMonth: 250, integrationPerMonth: 10000, messagePerDay: null },
  { key: 'pro', label: 'Pro', messagePerMonth: 500, integrationPerMonth: 20000, messagePerDay: null },
  { key: 'elite', label: 'Elite', messagePerMonth: 1200, integrationPerMonth: 50000, messagePerDay: null },
];

export const FREE_PLAN: PlanLimits = PLANS[0]!;

/** Base44's tier strings are free text ("Pro", "pro_yearly", "builder"…); match them loosely. */
export function planForTier(tier: string | null | undefined): PlanLimits | null {
  if (!tier) return null;
  const t = tier.toLowerCase();
  return (
    PLANS.find(
      (p) =>
        t === p.key || t.startsWith(p.key + '_') || t.startsWith(p.key + '-') || t.startsWith(p.key + ' '),
    ) ?? null
  );
}

/**
 * No single prompt costs more than this. Third-party guides report 20–25 for the largest builds;
 * a bigger number in a response or a balance delta is something else (a reset, a top-up).
 */
export const MAX_PROMPT_COST = 50;
