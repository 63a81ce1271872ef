import type { DraftFieldsProps } from '../lib/ui/settings-form';
import { useLocale } from '../lib/ui/locale';
import { TextField } from './Field';
import { Toggle } from './Toggle';

/** The stop-loss for fix loops: on or off, and when it warns. */
export function FixLoopFields({ draft, errors, set }: DraftFieldsProps) {
  const { t } = useLocale();
  return (
    <fieldset>
      <legend>{t('options.fixLoop')}</legend>
      <Toggle
        label={t('options.fixLoopOn')}
        checked={draft.fixLoopEnabled}
        onChange={(v) => set('fixLoopEnabled', v)}
        hint={t('options.fixLoopHint')}
        testId="fix-loop-enabled"
      />
      {draft.fixLoopEnabled && (
        <div className="inline-fields">
          <TextField
            id="fix-streak"
            testId="fix-loop-streak"
            label={t('options.fixStreak')}
            error={errors.fixStreak}
            numeric
            size={4}
            value={draft.fixStreak}
            onChange={(v) => set('fixStreak', v)}
          />
          <TextField
            id="fix-credits"
            testId="fix-loop-credits"
            label={t('options.fixCredits')}
            error={errors.fixCredits}
            type="number"
            step="any"
            size={6}
            value={draft.fixCredits}
            onChange={(v) => set('fixCredits', v)}
          />
        </div>
      )}
    </fieldset>
  );
}
