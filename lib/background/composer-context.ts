import type { Summary } from '../credits/types';
import type { ComposerContext } from '../messaging/protocol';
import { creditPrice } from '../credits/money';
import { settingsItem } from '../settings/items';
import { chipDisplayFor, DEFAULT_SETTINGS, moneyOf } from '../settings/settings';
import type { RuntimeDeps } from './deps';
import { calibrationFor } from './estimates';
import { builderModelItem } from './items';

/**
 * What the chip needs next to a workspace's summary (content scripts never read storage); `appId`:
 * the app the chip's tab shows (its own display choice).
 */
export async function composerContext(
  deps: RuntimeDeps,
  summary: Summary,
  appId: string | null,
): Promise<ComposerContext> {
  const [calibration, builderModel, stored] = await Promise.all([
    calibrationFor(deps, summary.workspaceId),
    builderModelItem.getValue(),
    settingsItem.getValue(),
  ]);
  // Settings written by hand (or by an older version) may lack keys: the defaults stand in.
  const settings = { ...DEFAULT_SETTINGS, ...stored };
  return {
    summary,
    calibration,
    builderModel,
    settings: { thresholds: settings.thresholds, confirmBeforeSend: settings.confirmBeforeSend },
    price: creditPrice(moneyOf(settings)),
    display: chipDisplayFor(settings, appId),
  };
}
