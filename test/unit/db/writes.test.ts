import { describe, expect, it } from 'vitest';
import { CreditMeterDb } from '../../../lib/db/database';
import { onWorkspaceWrite, type Touched } from '../../../lib/db/writes';

let n = 0;
function setup() {
  const db = new CreditMeterDb(`writes-test-${n++}`);
  const seen: Touched[] = [];
  onWorkspaceWrite(db, (t) => seen.push(t));
  const names = () => seen.map((t) => (t === 'all' ? 'all' : [...t].sort().join(',')));
  return { db, names };
}

const snap = (workspaceId: string, at: number) => ({
  workspaceId,
  at,
  source: 'page' as const,
  message: null,
  integration: null,
  daily: null,
  tier: null,
  periodEnd: null,
});

describe('workspace writes', () => {
  it('names the workspaces of added and modified rows', async () => {
    const { db, names } = setup();
    await db.snapshots.add(snap('a', 1));
    await db.snapshots.bulkAdd([snap('b', 2), snap('c', 3)]);
    await db.snapshots.where('[workspaceId+at]').between(['b', 0], ['b', 9]).modify({ workspaceId: 'd' });
    expect(names()).toEqual(['a', 'b,c', 'd']);
  });

  it('a delete by key cannot say whose rows went: every workspace', async () => {
    const { db, names } = setup();
    const id = await db.snapshots.add(snap('a', 1));
    await db.snapshots.delete(id);
    await db.snapshots.clear();
    expect(names()).toEqual(['a', 'all', 'all']);
  });

  it('events are not watched (they only record what was shown)', async () => {
    const { db, names } = setup();
    await db.events.add({ workspaceId: 'a', at: 1, kind: 'notification', key: 'k', detail: '' });
    expect(names()).toEqual([]);
  });
});
