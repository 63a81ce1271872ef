/**
 * The builder's session. Its API calls carry `Authorization: Bearer …` (facts file). Clients refresh
 * an expired token on a 401 and retry (facts file, from base44/cli); the refresh path and body
 * here are invented.
 */
import { isRecord, readJson, sendError, sendJson, type Req, type Res } from './http';
import { applyFault } from './faults-apply';
import { REFRESH_TOKEN, SESSION_TOKEN, USER_ID } from './ids';
import type { World } from './world';

/**
 * True when the request carries the current, unexpired token; otherwise answers 401 (facts file:
 * Bearer; one 401 is a token to refresh). invented: the message and the reasons.
 */
export function authorized(world: World, req: Req, res: Res): boolean {
  const s = world.session;
  if (s.valid && req.headers.authorization === `Bearer ${s.token}`) return true;
  const header = req.headers.authorization;
  const reason =
    header === undefined
      ? 'missing_token'
      : header === `Bearer ${s.token}`
        ? 'token_expired'
        : 'invalid_token';
  sendError(res, 401, 'Authentication required. Please sign in again.', 'authentication_error', reason);
  return false;
}

function newToken(world: World): string {
  const s = world.session;
  s.generation += 1;
  s.token = `${SESSION_TOKEN}-${s.generation}`;
  s.valid = true;
  return s.token;
}

export async function handleAuth(
  world: World,
  req: Req,
  res: Res,
  method: string,
  path: string,
): Promise<boolean> {
  if (method === 'GET' && path === '/api/auth/me') {
    if (await applyFault(world, 'me', res)) return true;
    if (!authorized(world, req, res)) return true;
    // facts file: `{id, email, full_name, …, builder_model}` (null = let Base44 choose). invented:
    // `role` and `created_date` (plausible user-record fields; nothing reads them).
    sendJson(res, 200, {
      id: USER_ID,
      email: 'sam@example.com',
      full_name: 'Sam Sandbox',
      role: 'user',
      builder_model: world.builderModel,
      created_date: '2025-03-01T10:00:00.000Z',
    });
    return true;
  }
  if (method === 'POST' && path === '/api/auth/refresh') {
    // invented: the page trades its refresh token for a new session token; signed out, it cannot.
    const body = await readJson(req);
    if (world.session.signedOut || !isRecord(body) || body.refresh_token !== REFRESH_TOKEN) {
      sendError(
        res,
        401,
        'Your session has ended. Please sign in again.',
        'authentication_error',
        'signed_out',
      );
      return true;
    }
    sendJson(res, 200, { access_token: newToken(world), token_type: 'bearer' });
    return true;
  }
  if (method === 'POST' && path === '/api/auth/sign-in') {
    // invented: the sandbox's sign-in page starts a new session with one click.
    world.session.signedOut = false;
    sendJson(res, 200, { access_token: newToken(world), token_type: 'bearer' });
    return true;
  }
  return false;
}
