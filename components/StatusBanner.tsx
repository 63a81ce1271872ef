import type { StatusKind } from '../lib/credits/types';
import type { StatusAction, StatusView } from '../lib/ui/status-action';
import { useLocale } from '../lib/ui/locale';

interface Props {
  kind: StatusKind;
  view: StatusView | null;
  onAction: (action: Exclude<StatusAction, null>) => void;
}

/** What needs the person's attention, with the one action that fixes it. Always carries the status. */
export function StatusBanner({ kind, view, onAction }: Props) {
  const { t } = useLocale();
  if (!view) {
    return (
      <div data-testid="status" data-status={kind} className="sr-only" role="status">
        {t('status.upToDate')}
      </div>
    );
  }
  const { action, actionLabel } = view;
  return (
    <div data-testid="status" data-status={kind} className={`banner ${view.tone}`} role="status">
      <strong>{view.title}</strong>
      {view.detail && view.detail !== view.title && <span className="small">{view.detail}</span>}
      {action && actionLabel && (
        <div className="actions">
          <button type="button" data-testid="status-action" onClick={() => onAction(action)}>
            {actionLabel}
          </button>
        </div>
      )}
    </div>
  );
}
