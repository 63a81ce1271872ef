import type { ReactNode } from 'react';
import type { AppCosts as AppCostsData } from '../lib/credits/app-costs';
import { formatMoney, type CreditPrice } from '../lib/credits/money';
import { useLocale } from '../lib/ui/locale';

interface Props {
  costs: AppCostsData;
  /** The user's price per credit: totals in money too. */
  price?: CreditPrice | null;
  /** Budgets per app this cycle, by app id. */
  budgets?: Readonly<Record<string, number>>;
  /** The focused app's own settings (budget, chip), shown under its session. */
  children?: ReactNode;
}

/** The session running on the app open in the builder, and this cycle's credits per app. */
export function AppCosts({ costs, price, budgets = {}, children }: Props) {
  const { t, intl } = useLocale();
  const money = (credits: number) => (price ? ` · ${formatMoney(credits, price, intl)}` : '');
  const label = (appId: string | null, name: string | null) => {
    if (name) return name;
    if (appId === null) return t('apps.home');
    return t('apps.unnamed', { id: appId.length > 8 ? appId.slice(0, 6) + '…' : appId });
  };
  const focusedName =
    costs.session?.name ?? costs.apps.find((a) => a.appId === costs.focusedAppId)?.name ?? null;
  const s = costs.session;
  return (
    <section className="card" aria-labelledby="apps-title" data-testid="app-costs">
      <div
        className="small"
        data-testid="session-cost"
        data-app-id={costs.focusedAppId ?? ''}
        data-credits={s?.credits ?? 0}
        data-prompts={s?.prompts ?? 0}
      >
        {costs.focusedAppId === null ? (
          <span className="muted">{t('apps.noApp')}</span>
        ) : s ? (
          <>
            <strong>{t('apps.session', { app: label(costs.focusedAppId, focusedName) })}</strong>
            {': '}
            {s.estimated > 0 ? '≈' : ''}
            {t('apps.credits', { count: s.credits })}
            {money(s.credits)} · {t('apps.prompts', { count: s.prompts })}
          </>
        ) : (
          <span className="muted">
            {t('apps.noSession', { app: label(costs.focusedAppId, focusedName) })}
          </span>
        )}
      </div>
      {children}
      <h2 id="apps-title">{t('apps.title')}</h2>
      {costs.apps.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>
          {t('apps.none')}
        </p>
      ) : (
        <ul className="recent">
          {costs.apps.map((a) => (
            <li
              key={a.appId ?? ''}
              data-testid="app-cost"
              data-app-id={a.appId ?? ''}
              data-credits={a.credits}
              data-prompts={a.prompts}
            >
              <span className="excerpt">{label(a.appId, a.name)}</span>
              <span>
                {t('apps.credits', { count: a.credits })}
                {money(a.credits)} · {t('apps.prompts', { count: a.prompts })}
                {a.appId !== null && budgets[a.appId] !== undefined && (
                  <span className="muted" data-testid="app-budget-use" data-budget={budgets[a.appId]}>
                    {' · '}
                    {t('apps.budgetUse', { spent: a.credits, budget: budgets[a.appId]! })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* No Base44 response seen so far splits integration use by app (lib/base44 facts). */}
      <p className="small muted" style={{ margin: 0 }}>
        {t('integration.perApp')}
      </p>
    </section>
  );
}
