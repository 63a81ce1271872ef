/**
 * Which workspaces a write touched, seen where every write passes (a Dexie middleware), so the
 * background publishes after writes without each caller having to say so.
 */
import type { DBCore, DBCoreMutateRequest, Dexie, Middleware } from 'dexie';

/** Workspace ids written, or 'all' when a write does not say (a delete by key, a clear). */
export type Touched = ReadonlySet<string> | 'all';
export type WriteListener = (touched: Touched) => void;

/** The tables a summary is computed from (events only record what was already shown). */
const WATCHED = new Set(['snapshots', 'ledger']);

const listeners = new WeakMap<Dexie, Set<WriteListener>>();

/** Call `fn` after each successful write to snapshots or the ledger of `db`; returns the unsubscribe. */
export function onWorkspaceWrite(db: Dexie, fn: WriteListener): () => void {
  const set = listeners.get(db) ?? new Set<WriteListener>();
  listeners.set(db, set);
  set.add(fn);
  return () => set.delete(fn);
}

function touchedBy(req: DBCoreMutateRequest): Touched {
  if (req.type === 'delete' || req.type === 'deleteRange') return 'all';
  const ids = new Set<string>();
  for (const row of req.values as readonly { workspaceId?: unknown }[]) {
    if (typeof row?.workspaceId !== 'string') return 'all';
    ids.add(row.workspaceId);
  }
  // An update by key alone names no workspace.
  return ids.size === 0 && req.type === 'put' && req.updates ? 'all' : ids;
}

/** The middleware itself (installed by the database class). */
export function workspaceWrites(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'workspaceWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate: async (req) => {
            const res = await table.mutate(req);
            const fns = listeners.get(db);
            if (fns?.size) {
              const touched = touchedBy(req);
              for (const fn of fns) fn(touched);
            }
            return res;
          },
        };
      },
    }),
  };
}
