import { useState } from 'react';
import type { ChipDisplay } from '../lib/settings/settings';
import { useLocale } from '../lib/ui/locale';
import { parseAppBudget } from '../lib/ui/app-prefs';
import { Field, fieldAria } from './Field';

interface Props {
  appId: string;
  /** The app's budget this cycle; null = none. */
  budget: number | null;
  /** The app's own chip choice; null = as in the options. */
  display: ChipDisplay | null;
  /** The options' choice, named in the "as in the options" entry. */
  general: ChipDisplay;
  onSave: (budget: number | null, display: ChipDisplay | null) => Promise<void>;
}

const DISPLAYS: readonly ChipDisplay[] = ['full', 'compact', 'hidden'];

/** The app open in the builder: its budget this cycle and how its chip shows. */
export function AppPrefs({ appId, budget, display, general, onSave }: Props) {
  const { t } = useLocale();
  const [text, setText] = useState(budget === null ? '' : String(budget));
  const [chip, setChip] = useState<ChipDisplay | 'default'>(display ?? 'default');
  const [note, setNote] = useState<'saved' | 'error' | null>(null);
  const parsed = parseAppBudget(text);
  const invalid = parsed !== null && Number.isNaN(parsed);
  const save = async () => {
    if (invalid) return setNote('error');
    await onSave(parsed, chip === 'default' ? null : chip);
    setNote('saved');
  };
  const id = `app-budget-${appId}`;
  const error = invalid && note === 'error' ? t('err.appBudget') : undefined;
  return (
    <form
      className="app-prefs"
      data-testid="app-prefs"
      data-app-id={appId}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <h3>{t('apps.thisApp')}</h3>
      <div className="inline-fields">
        <Field id={id} label={t('apps.budget')} hint={t('apps.budgetHint')} error={error}>
          <input
            {...fieldAria(id, error, true)}
            data-testid="app-budget"
            type="number"
            step="any"
            size={6}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setNote(null);
            }}
          />
        </Field>
        <Field id="app-chip-display" label={t('apps.chip')}>
          <select
            {...fieldAria('app-chip-display', undefined)}
            data-testid="app-chip-display"
            value={chip}
            onChange={(e) => {
              setChip(e.target.value as ChipDisplay | 'default');
              setNote(null);
            }}
          >
            <option value="default">
              {t('chipDisplay.default', { display: t(`chipDisplay.${general}`) })}
            </option>
            {DISPLAYS.map((d) => (
              <option key={d} value={d}>
                {t(`chipDisplay.${d}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <button type="submit" data-testid="save-app-prefs">
          {t('apps.save')}
        </button>
        {note === 'saved' && (
          <span className="small" role="status" data-testid="app-prefs-result">
            {t('apps.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
