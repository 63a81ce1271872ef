import { SCOPES } from '../lib/estimate/types';
import type { LedgerFilterForm } from '../lib/ui/ledger-filter';
import { appLabel } from '../lib/ui/app-label';
import { useLocale } from '../lib/ui/locale';

interface Props {
  value: LedgerFilterForm;
  onChange: (next: LedgerFilterForm) => void;
  /** Apps to choose from, with the builder's names where known. */
  apps?: readonly { appId: string; name: string | null }[];
}

/** Narrow the ledger by app, mode, scope, dates and whether the actual cost is known. */
export function LedgerFilters({ value, onChange, apps = [] }: Props) {
  const { t } = useLocale();
  const set = <K extends keyof LedgerFilterForm>(key: K, v: LedgerFilterForm[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <div className="filters" role="group" aria-label={t('filters.aria')}>
      <label>
        {t('filters.app')}
        <select data-testid="filter-app" value={value.app} onChange={(e) => set('app', e.target.value)}>
          <option value="">{t('filters.allApps')}</option>
          {apps.map((a) => (
            <option key={a.appId} value={a.appId}>
              {appLabel(t, a.appId, a.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.mode')}
        <select
          data-testid="filter-mode"
          value={value.mode}
          onChange={(e) => set('mode', e.target.value as LedgerFilterForm['mode'])}
        >
          <option value="">{t('filters.all')}</option>
          <option value="build">{t('filters.build')}</option>
          <option value="discuss">{t('filters.discuss')}</option>
          <option value="answer">{t('filters.answer')}</option>
        </select>
      </label>
      <label>
        {t('filters.scope')}
        <select
          data-testid="filter-scope"
          value={value.scope}
          onChange={(e) => set('scope', e.target.value as LedgerFilterForm['scope'])}
        >
          <option value="">{t('filters.all')}</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`scope.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.from')}
        <input
          type="date"
          data-testid="filter-from"
          value={value.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        {t('filters.to')}
        <input
          type="date"
          data-testid="filter-to"
          value={value.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      <label>
        {t('filters.actual')}
        <select
          data-testid="filter-actual"
          value={value.actual}
          onChange={(e) => set('actual', e.target.value as LedgerFilterForm['actual'])}
        >
          <option value="">{t('filters.all')}</option>
          <option value="known">{t('filters.known')}</option>
          <option value="unknown">{t('filters.unknown')}</option>
        </select>
      </label>
    </div>
  );
}
