import { usePopupShortcut } from '../lib/ui/shortcut';
import { useLocale } from '../lib/ui/locale';

/** The keyboard shortcut that opens the popup, as the browser has it now. */
export function ShortcutHint() {
  const { t } = useLocale();
  const keys = usePopupShortcut();
  if (keys === undefined) return null;
  return (
    <p className="small" data-testid="shortcut-hint" data-keys={keys ?? ''}>
      {keys ? t('shortcut.keys', { keys }) : t('shortcut.none')}
    </p>
  );
}
