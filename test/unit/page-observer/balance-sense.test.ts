/** Balances are read by shape only where something says they are credits. */
import { describe, expect, it } from 'vitest';
import { recogniseResponse } from '../../../lib/page-observer/recognise';

const NOW = Date.UTC(2026, 10, 21, 12);
const WS = '64b7f1a2c3d4e5f607180000';

function balances(url: string, json: unknown) {
  return recogniseResponse({ method: 'GET', url, status: 200, body: { json } }, NOW).filter(
    (o) => o.kind === 'balance',
  );
}

describe('balances by shape', () => {
  const appData = { records: [{ messages: { total: 50, used: 10 } }] };

  it("an app's own data shaped like a pool is not a balance", () => {
    expect(
      balances(`https://app.base44.com/api/apps/${WS.replace('0000', '1111')}/entities/Thread`, appData),
    ).toEqual([]);
  });

  it('the same shape from a credit endpoint is one', () => {
    const [b] = balances(`https://app.base44.com/api/workspace/${WS}/credit-balance`, appData);
    expect(b).toMatchObject({
      kind: 'balance',
      workspaceId: WS,
      reading: { message: { limit: 50, used: 10 } },
    });
  });

  it('under a credit-named key anywhere it is one', () => {
    const [b] = balances('https://app.base44.com/api/user/profile', {
      plan: { credits: appData.records[0] },
    });
    expect(b).toMatchObject({ reading: { message: { limit: 50, used: 10, remaining: 40 } } });
  });
});
