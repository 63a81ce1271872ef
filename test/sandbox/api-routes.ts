/** The simulated Base44 HTTP API under /api/: each area's routes in its own file. */
import { handleAccount } from './routes-account';
import { handleApps } from './routes-chat';
import { handleAuth } from './routes-auth';
import { handleMonitoring } from './routes-monitoring';
import type { Req, Res } from './http';
import type { World } from './world';

/** Routes /api/**; false when no route matched. */
export async function handleApi(world: World, req: Req, res: Res, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  return (
    (await handleMonitoring(world, req, res, method, url)) ||
    (await handleAuth(world, req, res, method, url.pathname)) ||
    (await handleAccount(world, req, res, method, url)) ||
    (await handleApps(world, req, res, method, url))
  );
}
