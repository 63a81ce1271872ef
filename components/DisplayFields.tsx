import type { BadgePool, BadgeShow } from '../lib/settings/settings';
import type { DraftFieldsProps, SettingsDraft } from '../lib/ui/settings-form';
import { useLocale } from '../lib/ui/locale';
import { Field, fieldAria } from './Field';

const SHOWS: readonly BadgeShow[] = ['remaining', 'percent', 'none'];
const POOLS: readonly BadgePool[] = ['auto', 'message', 'daily', 'integration'];
const CHIP: readonly SettingsDraft['chipDisplay'][] = ['full', 'compact'];

/** What the toolbar badge shows and for which pool; how the chip shows (per app: the popup). */
export function DisplayFields({ draft, set }: DraftFieldsProps) {
  const { t } = useLocale();
  return (
    <fieldset>
      <legend>{t('options.display')}</legend>
      <div className="inline-fields">
        <Field id="badge-show" label={t('options.badgeShow')}>
          <select
            {...fieldAria('badge-show', undefined)}
            data-testid="badge-show"
            value={draft.badgeShow}
            onChange={(e) => set('badgeShow', e.target.value as BadgeShow)}
          >
            {SHOWS.map((s) => (
              <option key={s} value={s}>
                {t(`badgeShow.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="badge-pool" label={t('options.badgePool')} hint={t('options.badgeHint')}>
          <select
            {...fieldAria('badge-pool', undefined, true)}
            data-testid="badge-pool"
            value={draft.badgePool}
            onChange={(e) => set('badgePool', e.target.value as BadgePool)}
          >
            {POOLS.map((p) => (
              <option key={p} value={p}>
                {t(`badgePool.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="chip-display" label={t('options.chipDisplay')} hint={t('options.chipDisplayHint')}>
        <select
          {...fieldAria('chip-display', undefined, true)}
          data-testid="chip-display"
          value={draft.chipDisplay}
          onChange={(e) => set('chipDisplay', e.target.value as SettingsDraft['chipDisplay'])}
        >
          {CHIP.map((c) => (
            <option key={c} value={c}>
              {t(`chipDisplay.${c}`)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
