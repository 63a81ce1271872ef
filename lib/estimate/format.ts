import { formatCredits as formatCreditsIn } from '../ui/format';
import { RUBRIC } from './rubric';
import type { Estimate } from './types';

/** The CLI writes English. */
const formatCredits = (value: number) => formatCreditsIn(value, 'en');

/** One line for people: "≈ 1 credit (0.5–1.5) · small feature · behaviour change (filter)". */
export function formatEstimate(e: Estimate): string {
  const credits = formatCredits(e.credits);
  const unit = credits === '1' ? 'credit' : 'credits';
  const range = e.low === e.high ? '' : ` (${formatCredits(e.low)}–${formatCredits(e.high)})`;
  const reasons = e.reasons.length > 0 ? ` · ${e.reasons.join(', ')}` : '';
  return `≈ ${credits} ${unit}${range} · ${RUBRIC[e.scope].label}${reasons}`;
}
