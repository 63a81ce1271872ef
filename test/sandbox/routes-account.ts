/** Workspaces and the page's balance endpoints. */
import { sendError, sendJson, type Req, type Res } from './http';
import { applyFault } from './faults-apply';
import { authorized } from './routes-auth';
import { poolKey, spellCreditPool } from './variants';
import type { World } from './world';

export async function handleAccount(
  world: World,
  req: Req,
  res: Res,
  method: string,
  url: URL,
): Promise<boolean> {
  const p = url.pathname;
  let m: RegExpExecArray | null;
  if (method === 'GET' && p === '/api/workspace/workspaces') {
    if (await applyFault(world, 'workspaces', res)) return true;
    if (!authorized(world, req, res)) return true;
    // facts file: {workspaces: [{id, name, user_role?, subscription_tier?, is_enterprise?}]}, personal first.
    const list = [...world.workspaces].sort((a, b) => Number(b.personal) - Number(a.personal));
    sendJson(res, 200, {
      workspaces: list.map((w) => ({
        id: w.id,
        name: w.name,
        user_role: w.userRole,
        subscription_tier: w.account.tier,
        is_enterprise: w.isEnterprise,
      })),
    });
    return true;
  }
  // invented: the real endpoint behind the logo menu's balance is not known (facts file, "Not known").
  if (method === 'GET' && (m = /^\/api\/workspace\/([^/]+)\/credit-balance$/.exec(p))) {
    if (await applyFault(world, 'credits', res)) return true;
    if (!authorized(world, req, res)) return true;
    const ws = world.workspace(m[1]);
    if (!ws) return (sendError(res, 404, 'Workspace not found', 'not_found', 'workspace_not_found'), true);
    sendJson(res, 200, {
      workspace_id: ws.id,
      credits: spellCreditPool(ws.account.snapshot(), world.variant),
    });
    return true;
  }
  // invented: a second plausible shape (control balance-endpoint "billing").
  if (method === 'GET' && p === '/api/billing/credits') {
    if (await applyFault(world, 'credits', res)) return true;
    if (!authorized(world, req, res)) return true;
    const ws = world.workspace(url.searchParams.get('workspace_id') ?? undefined);
    if (!ws) return (sendError(res, 404, 'Workspace not found', 'not_found', 'workspace_not_found'), true);
    sendJson(res, 200, {
      data: {
        organization_id: ws.id,
        [poolKey(world.variant)]: spellCreditPool(ws.account.snapshot(), world.variant),
      },
    });
    return true;
  }
  return false;
}
