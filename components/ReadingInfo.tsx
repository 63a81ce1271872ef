import { planForTier } from '../lib/base44/plans';
import type { BalanceSource } from '../lib/credits/types';
import { ageText } from '../lib/ui/time';

interface Props {
  tier: string | null;
  workspaceName: string | null;
  source: BalanceSource;
  readAt: number | null;
  now: number;
}

const SOURCE_LABEL: Record<BalanceSource, string> = {
  api: 'account API',
  page: 'builder page',
  estimated: 'estimated',
};

/** Plan, workspace, where the numbers come from and how old they are. */
export function ReadingInfo({ tier, workspaceName, source, readAt, now }: Props) {
  const plan = planForTier(tier)?.label ?? tier ?? 'Plan unknown';
  return (
    <div className="small muted" data-testid="reading-info" data-source={source}>
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
