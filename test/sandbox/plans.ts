/**
 * The sandbox's own copy of Base44's plan table (docs.base44.com, "Billing and plans").
 * Deliberately not imported from the extension's lib/: the sandbox simulates Base44 independently.
 */
export type SandboxPlan = 'free' | 'starter' | 'builder' | 'pro' | 'elite';

export interface SandboxPlanLimits {
  message: number;
  integration: number;
  /** Free workspaces are also capped per day (docs: 5 a day); per UTC day is invented (period.ts). */
  daily: number | null;
}

export const SANDBOX_PLANS: Record<SandboxPlan, SandboxPlanLimits> = {
  free: { message: 25, integration: 100, daily: 5 },
  starter: { message: 100, integration: 2000, daily: null },
  builder: { message: 250, integration: 10000, daily: null },
  pro: { message: 500, integration: 20000, daily: null },
  elite: { message: 1200, integration: 50000, daily: null },
};

export function isSandboxPlan(v: unknown): v is SandboxPlan {
  return typeof v === 'string' && Object.hasOwn(SANDBOX_PLANS, v);
}
