/** A balance reading and the workspace shape, as they may cross from the builder page. */
import * as v from 'valibot';
import { MAX_TIER, plausibleUse, poolConsistent } from '../credits/pool-rules';
import { credits, instant, text, workspaceId } from './basics';

/** One pool: limit, used and remaining must agree (lib/credits/pool-rules.ts). */
export const pool = v.pipe(
  v.object({ limit: credits, used: credits, remaining: credits, bonus: v.nullable(credits) }),
  v.check(poolConsistent),
);

export const dailyCap = v.pipe(
  v.object({ used: credits, limit: credits }),
  v.check((d) => plausibleUse(d.used, d.limit)),
);

const tier = v.nullable(text(MAX_TIER));

export const balanceReading = v.pipe(
  v.object({
    message: v.nullable(pool),
    integration: v.nullable(pool),
    daily: v.nullable(dailyCap),
    tier,
    periodStart: v.nullable(instant),
    periodEnd: v.nullable(instant),
    dailyResetAt: v.nullable(instant),
  }),
  v.check((r) => !!(r.message || r.integration || r.daily), 'a reading has at least one pool'),
);

/** A workspace as the builder lists it; the personal one comes first. */
export const workspace = v.object({
  id: workspaceId,
  name: v.nullable(text(200)),
  tier,
});
export type Workspace = v.InferOutput<typeof workspace>;
