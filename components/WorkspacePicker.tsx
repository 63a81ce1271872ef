import type { ObservedWorkspace } from '../lib/page-observer/types';

interface Props {
  /** The workspace whose numbers are shown. */
  active: string;
  activeName: string | null;
  workspaces: readonly ObservedWorkspace[];
  onChange: (workspaceId: string) => void;
}

/** Which workspace the popup shows (the builder tab used last), and a switch when there are several. */
export function WorkspacePicker({ active, activeName, workspaces, onChange }: Props) {
  const known = workspaces.some((w) => w.id === active);
  return (
    <div className="small workspace" data-testid="workspace" data-workspace-id={active}>
      {workspaces.length > 1 ? (
        <label>
          Workspace{' '}
          <select value={known ? active : ''} onChange={(e) => onChange(e.target.value)}>
            {!known && <option value="">{activeName ?? 'Not known yet'}</option>}
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name ?? `…${w.id.slice(-6)}`}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="muted">{activeName ?? workspaces[0]?.name ?? 'Workspace not known yet'}</span>
      )}
    </div>
  );
}
