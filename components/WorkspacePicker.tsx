import type { Workspace } from '../lib/schema/reading';
import { useLocale } from '../lib/ui/locale';

interface Props {
  /** The workspace whose numbers are shown. */
  active: string;
  activeName: string | null;
  workspaces: readonly Workspace[];
  onChange: (workspaceId: string) => void;
}

/** Which workspace the popup shows (the builder tab used last), and a switch when there are several. */
export function WorkspacePicker({ active, activeName, workspaces, onChange }: Props) {
  const { t } = useLocale();
  const known = workspaces.some((w) => w.id === active);
  return (
    <div className="small workspace" data-testid="workspace" data-workspace-id={active}>
      {workspaces.length > 1 ? (
        <label>
          {t('workspace.label')}{' '}
          <select value={known ? active : ''} onChange={(e) => onChange(e.target.value)}>
            {!known && <option value="">{activeName ?? t('workspace.notKnownYet')}</option>}
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name ?? `…${w.id.slice(-6)}`}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="muted">{activeName ?? workspaces[0]?.name ?? t('workspace.unknown')}</span>
      )}
    </div>
  );
}
