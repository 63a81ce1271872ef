/** The popup's per-app choices: a budget for this cycle and how the chip shows. */
import { settingsItem } from '../settings/items';
import { withAppBudget, withChipDisplay, type ChipDisplay } from '../settings/settings';

/** A budget as typed: a positive number ("2.5", "2,5"), null for empty, NaN for anything else. */
export function parseAppBudget(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  const n = /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
  return n > 0 && n <= 1_000_000 ? n : NaN;
}

/** Store both choices for `appId` in one write (null display = follow the options). */
export async function saveAppPrefs(
  appId: string,
  budget: number | null,
  display: ChipDisplay | null,
): Promise<void> {
  const s = await settingsItem.getValue();
  await settingsItem.setValue(withChipDisplay(withAppBudget(s, appId, budget), appId, display));
}
