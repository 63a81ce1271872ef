import { planForTier } from '../lib/base44/plans';
import type { BalanceSource } from '../lib/credits/types';
import { needsRefresh } from '../lib/ui/freshness';
import { ageText } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

interface Props {
  tier: string | null;
  /** False for a tier the plan table does not know: say so, with Base44's own numbers. */
  planKnown?: boolean;
  workspaceName: string | null;
  source: BalanceSource;
  readAt: number | null;
  now: number;
}

/** Plan, workspace, where the numbers come from and how old they are. */
export function ReadingInfo({ tier, planKnown = true, workspaceName, source, readAt, now }: Props) {
  const { locale, t } = useLocale();
  const plan = planKnown
    ? (planForTier(tier)?.label ?? tier ?? t('reading.planUnknown'))
    : tier
      ? t('reading.unknownPlanTier', { tier })
      : t('reading.unknownPlan');
  const fromPage = source === 'page' || source === 'pageText';
  return (
    <div
      className="small muted"
      data-testid="reading-info"
      data-source={source}
      data-plan-known={planKnown ? 'true' : 'false'}
    >
      <span>{plan}</span>
      {workspaceName && <span> · {workspaceName}</span>}
      <span> · {t('reading.from')} </span>
      <span className={source === 'estimated' ? 'estimated' : undefined}>
        {t(`source.${source}`)}
        {source === 'estimated' && ` ${t('reading.notRead')}`}
      </span>
      {readAt !== null && <span> · {t('reading.updated', { age: ageText(readAt, now, locale) })}</span>}
      {/* Without a Monitoring API key nothing can be asked for: the page's next load is the update. */}
      {fromPage && needsRefresh(readAt, now) && (
        <span data-testid="reading-page-waits"> · {t('reading.pageWaits')}</span>
      )}
    </div>
  );
}
