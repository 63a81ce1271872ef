/**
 * Balances read from the builder's visible text (the logo menu, Settings → Credit usage) when no JSON
 * balance is seen. Text gives what is left; the limit comes from the text when it says "X of Y", else
 * from the workspace's last reading or its plan.
 */
import { planForTier } from '../base44/plans';
import type { BalanceReading } from '../credits/types';
import { latestSnapshot } from '../db/repo';
import type { PageText } from '../messaging/protocol';
import type { RuntimeDeps } from './deps';
import { knownWorkspace } from './workspace';

export async function textReading(
  deps: RuntimeDeps,
  workspaceId: string,
  text: Extract<PageText, { kind: 'textBalance' }>,
): Promise<BalanceReading | null> {
  const latest = await latestSnapshot(deps.db, workspaceId);
  const tier = latest?.tier ?? (await knownWorkspace(workspaceId))?.tier ?? null;
  const plan = planForTier(tier);
  const limit = text.limit ?? latest?.message?.limit ?? plan?.messagePerMonth ?? null;
  if (limit === null || limit < text.remaining) return null;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    message: { limit, used: round(limit - text.remaining), remaining: text.remaining, bonus: null },
    integration: null,
    daily: text.daily
      ? { limit: text.daily.limit, used: round(text.daily.limit - text.daily.remaining) }
      : null,
    tier,
    periodStart: latest?.periodStart ?? null,
    periodEnd: latest?.periodEnd ?? null,
    dailyResetAt: latest?.dailyResetAt ?? null,
  };
}
