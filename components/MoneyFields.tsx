import { PLANS } from '../lib/base44/plans';
import { creditPrice, formatMoney } from '../lib/credits/money';
import { draftPrice, type DraftFieldsProps, type SettingsDraft } from '../lib/ui/settings-form';
import { useLocale } from '../lib/ui/locale';
import { Field, fieldAria, TextField } from './Field';

const SOURCES: readonly SettingsDraft['moneySource'][] = ['none', 'plan', 'topUp'];

/** Price per credit, from the plan's price or a top-up's, in the user's currency. */
export function MoneyFields({ draft, errors, set }: DraftFieldsProps) {
  const { t, intl } = useLocale();
  const price = creditPrice(draftPrice(draft));
  return (
    <fieldset>
      <legend>{t('options.money')}</legend>
      <Field id="money-source" label={t('options.moneySource')}>
        <select
          {...fieldAria('money-source', undefined)}
          data-testid="money-source"
          value={draft.moneySource}
          onChange={(e) => set('moneySource', e.target.value as SettingsDraft['moneySource'])}
        >
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`money.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.moneySource !== 'none' && (
        <div className="inline-fields">
          <TextField
            id="currency"
            testId="money-currency"
            label={t('options.currency')}
            hint={t('options.currencyHint')}
            error={errors.currency}
            size={5}
            value={draft.currency}
            onChange={(v) => set('currency', v)}
          />
          {draft.moneySource === 'plan' ? (
            <>
              <Field id="money-plan" label={t('options.moneyPlanName')} error={errors.moneyPlan}>
                <select
                  {...fieldAria('money-plan', errors.moneyPlan)}
                  data-testid="money-plan"
                  value={draft.moneyPlan}
                  onChange={(e) => set('moneyPlan', e.target.value)}
                >
                  <option value="">—</option>
                  {PLANS.filter((p) => p.key !== 'free').map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </Field>
              <TextField
                id="monthly-price"
                testId="money-monthly-price"
                label={t('options.monthlyPrice')}
                error={errors.monthlyPrice}
                type="number"
                step="any"
                size={7}
                value={draft.monthlyPrice}
                onChange={(v) => set('monthlyPrice', v)}
              />
            </>
          ) : (
            <>
              <TextField
                id="top-up-price"
                testId="money-top-up-price"
                label={t('options.topUpPrice')}
                error={errors.topUpPrice}
                type="number"
                step="any"
                size={7}
                value={draft.topUpPrice}
                onChange={(v) => set('topUpPrice', v)}
              />
              <TextField
                id="top-up-credits"
                testId="money-top-up-credits"
                label={t('options.topUpCredits')}
                error={errors.topUpCredits}
                type="number"
                step="any"
                size={7}
                value={draft.topUpCredits}
                onChange={(v) => set('topUpCredits', v)}
              />
            </>
          )}
        </div>
      )}
      {price && (
        <p className="small muted" style={{ margin: 0 }} data-testid="money-example">
          {t('options.moneyExample', { example: formatMoney(1, price, intl) })}
        </p>
      )}
    </fieldset>
  );
}
