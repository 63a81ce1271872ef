/**
 * The simulated Base44 over HTTPS: builder page, Base44 API, Monitoring API and the `/__sandbox`
 * control API, all on one port. Chromium reaches it as https://app.base44.com through
 * `--host-resolver-rules`; the certificate is self-signed and made fresh at each start.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxCertificate } from './cert';
import { handleApi } from './api-routes';
import { handleControl } from './control-routes';
import { sendJson, sendText } from './http';
import { builderHtml } from './page';
import { SESSION_TOKEN } from './ids';
import { World } from './world';

export interface SandboxServer {
  port: number;
  /** PEM of the server certificate, for Node clients that want to verify it. */
  cert: string;
  world: World;
  stop(): Promise<void>;
}

const CONTROL_PREFIX = '/__sandbox/';

function isPageRoute(path: string): boolean {
  return path === '/' || /^\/apps\/[^/]+(\/.*)?$/.test(path);
}

async function route(world: World, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://app.base44.com');
  const method = req.method ?? 'GET';
  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    return handleControl(world, req, res, url.pathname.slice(CONTROL_PREFIX.length));
  }
  if (url.pathname !== '/favicon.ico') world.record(method, url.pathname + url.search);
  if (url.pathname.startsWith('/api/')) {
    if (await handleApi(world, req, res, url)) return;
    return sendJson(res, 404, { error: 'not_found', message: `No route for ${method} ${url.pathname}` });
  }
  if (method === 'GET' && isPageRoute(url.pathname)) {
    return sendText(
      res,
      200,
      'text/html; charset=utf-8',
      builderHtml({ token: SESSION_TOKEN, composer: world.composer, apps: world.apps }),
    );
  }
  sendText(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

export async function startSandboxServer(
  opts: { port?: number; host?: string } = {},
): Promise<SandboxServer> {
  const { key, cert } = await sandboxCertificate();
  const world = new World();
  const server: Server = createServer({ key, cert }, (req, res) => {
    route(world, req, res).catch((err: unknown) => {
      console.error('[sandbox] handler error', err);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal', message: 'Sandbox error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    cert,
    world,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
