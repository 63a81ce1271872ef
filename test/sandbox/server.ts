/**
 * The simulated Base44 over HTTPS: builder page, Base44 API, Monitoring API and the `/__sandbox`
 * control API, all on one port. Chromium reaches it as https://app.base44.com through
 * `--host-resolver-rules`; the certificate is self-signed and made fresh at each start.
 *
 * HTTP/2 with HTTP/1.1 fallback: a CDN-fronted site speaks HTTP/2, and over HTTP/1.1 Chromium's six
 * connections per host would run out once a page holds a turn open and reads event streams.
 */
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { sandboxCertificate } from './cert';
import { handleApi } from './api-routes';
import { handleControl } from './control-routes';
import { sendError, sendText, type Req, type Res } from './http';
import { builderHtml, isPageRoute } from './page';
import { World } from './world';

export interface SandboxServer {
  port: number;
  /** PEM of the server certificate, for Node clients that want to verify it. */
  cert: string;
  world: World;
  stop(): Promise<void>;
}

const CONTROL_PREFIX = '/__sandbox/';

async function route(world: World, req: Req, res: Res): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://app.base44.com');
  const method = req.method ?? 'GET';
  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    return handleControl(world, req, res, url.pathname.slice(CONTROL_PREFIX.length));
  }
  // base44/cli reads X-Request-ID from every error response (core/errors.ts).
  res.setHeader('x-request-id', randomUUID());
  if (url.pathname !== '/favicon.ico') world.record(method, url.pathname + url.search);
  if (url.pathname.startsWith('/api/')) {
    if (await handleApi(world, req, res, url)) return;
    return sendError(res, 404, `No route for ${method} ${url.pathname}`, 'not_found');
  }
  if (method === 'GET' && isPageRoute(url.pathname)) {
    return sendText(res, 200, 'text/html; charset=utf-8', builderHtml(world));
  }
  sendText(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

export async function startSandboxServer(
  opts: { port?: number; host?: string } = {},
): Promise<SandboxServer> {
  const { key, cert } = await sandboxCertificate();
  const world = new World();
  const server: Http2SecureServer = createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
    const r = res as unknown as Res;
    route(world, req as unknown as Req, r).catch((err: unknown) => {
      console.error('[sandbox] handler error', err);
      if (!r.headersSent) sendError(r, 500, 'Sandbox error', 'internal_error');
      else r.end();
    });
  });
  const sockets = new Set<Socket>();
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
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
        world.dispose();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
