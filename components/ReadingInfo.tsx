import { planForTier } from '../lib/base44/plans';
import type { BalanceSource } from '../lib/credits/types';
import { ageText } from '../lib/ui/time';

interface Props {
  tier: string | null;
  /** False for a tier the plan table does not know: say so, with Base44's own numbers. */
  planKnown?: boolean;
  workspaceName: string | null;
  source: BalanceSource;
  readAt: number | null;
  now: number;
}

const SOURCE_LABEL: Record<BalanceSource, string> = {
  api: 'account API',
  page: 'builder page',
  pageText: "builder page's text",
  estimated: 'estimated',
};

/** Plan, workspace, where the numbers come from and how old they are. */
export function ReadingInfo({ tier, planKnown = true, workspaceName, source, readAt, now }: Props) {
  const plan = planKnown
    ? (planForTier(tier)?.label ?? tier ?? 'Plan unknown')
    : `Unknown plan${tier ? ` (${tier})` : ''}`;
  return (
    <div
      className="small muted"
      data-testid="reading-info"
      data-source={source}
      data-plan-known={planKnown ? 'true' : 'false'}
    >
      <span>{plan}</span>
      {workspaceName && <span> · {workspaceName}</span>}
      <span> · from </span>
      <span className={source === 'estimated' ? 'estimated' : undefined}>
        {SOURCE_LABEL[source]}
        {source === 'estimated' && ' (not read from Base44)'}
      </span>
      {readAt !== null && <span> · updated {ageText(readAt, now)}</span>}
    </div>
  );
}
