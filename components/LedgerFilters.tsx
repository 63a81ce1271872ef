import { SCOPES } from '../lib/estimate/types';
import type { LedgerFilterForm } from '../lib/ui/ledger-filter';

interface Props {
  value: LedgerFilterForm;
  onChange: (next: LedgerFilterForm) => void;
}

/** Narrow the ledger by mode, scope, dates and whether the actual cost is known. */
export function LedgerFilters({ value, onChange }: Props) {
  const set = <K extends keyof LedgerFilterForm>(key: K, v: LedgerFilterForm[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <div className="filters" role="group" aria-label="Filters">
      <label>
        Mode
        <select
          data-testid="filter-mode"
          value={value.mode}
          onChange={(e) => set('mode', e.target.value as LedgerFilterForm['mode'])}
        >
          <option value="">All</option>
          <option value="build">Build</option>
          <option value="discuss">Discuss</option>
          <option value="answer">Answers to questions</option>
        </select>
      </label>
      <label>
        Scope
        <select
          data-testid="filter-scope"
          value={value.scope}
          onChange={(e) => set('scope', e.target.value as LedgerFilterForm['scope'])}
        >
          <option value="">All</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          data-testid="filter-from"
          value={value.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        To (inclusive)
        <input
          type="date"
          data-testid="filter-to"
          value={value.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      <label>
        Actual cost
        <select
          data-testid="filter-actual"
          value={value.actual}
          onChange={(e) => set('actual', e.target.value as LedgerFilterForm['actual'])}
        >
          <option value="">All</option>
          <option value="known">Known</option>
          <option value="unknown">Unknown</option>
        </select>
      </label>
    </div>
  );
}
