/** Answers a request with an injected fault (control `fault`), if one is set for its endpoint. */
import { sendError, sendText, sleep, type Res } from './http';
import { EDGE_ERROR_PAGE } from './page';
import type { FaultEndpoint } from './faults';
import type { World } from './world';

/** True when the fault already answered the request (a delay alone answers nothing). */
export async function applyFault(world: World, endpoint: FaultEndpoint, res: Res): Promise<boolean> {
  const f = world.faults.take(endpoint);
  if (!f) return false;
  if (f.delayMs) await sleep(f.delayMs);
  if (f.status === undefined && f.body === undefined) return false;
  const headers: Record<string, string> = {};
  if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
  if (f.body === 'malformed') {
    sendText(
      res,
      f.status ?? 200,
      'application/json',
      '{"credit_pool": {"messages": {"limit": 25, "us',
      headers,
    );
  } else if (f.body === 'html') {
    const status = f.status ?? 502;
    sendText(res, status, 'text/html; charset=utf-8', EDGE_ERROR_PAGE(status), headers);
  } else {
    const status = f.status ?? 500;
    sendError(res, status, `Sandbox fault: HTTP ${status}`, 'injected_fault', null, headers);
  }
  return true;
}
