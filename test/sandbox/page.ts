/** The builder page's HTML: one shell for every route; the inline script renders the route client-side. */
import { readFileSync } from 'node:fs';
import { REFRESH_TOKEN } from './ids';
import type { World } from './world';

const css = readFileSync(new URL('./page/builder.css', import.meta.url), 'utf8');
const js = readFileSync(new URL('./page/builder.js', import.meta.url), 'utf8');

/**
 * Page routes: home and editor (facts file), Settings (facts file: Settings → Credit usage; its path is
 * invented) and the (invented) sign-in page.
 */
export function isPageRoute(path: string): boolean {
  return (
    path === '/' ||
    path === '/login' ||
    /^\/apps\/[^/]+(\/.*)?$/.test(path) ||
    /^\/settings(\/.*)?$/.test(path)
  );
}

// JSON inside <script>: escape "<" so a name like "</script>" cannot end the element.
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function pageConfig(world: World) {
  const config: Record<string, unknown> = {
    // Signed out, the page has no session and shows the sign-in page.
    token: world.session.signedOut ? null : world.session.token,
    refreshToken: REFRESH_TOKEN,
    composer: world.composer,
    apps: world.apps.map((a) => ({ id: a.id, name: a.name, organization_id: a.workspaceId })),
    follow: world.pageFollow,
    balanceEndpoint: world.balanceEndpoint,
  };
  if (world.balanceEndpoint === 'none') {
    // invented: with no JSON balance endpoint, the numbers arrive only as text in the page.
    const balances: Record<string, unknown> = {};
    for (const w of world.workspaces) {
      const s = w.account.snapshot();
      balances[w.id] = {
        message: s.message,
        integration: s.integration,
        dailyLimit: s.dailyLimit,
        dailyUsed: s.dailyUsed,
      };
    }
    config.balances = balances;
  }
  return config;
}

export function builderHtml(world: World): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Base44</title>
<style>${css}</style>
</head>
<body>
<div id="root"></div>
<script>window.__SANDBOX__ = ${scriptJson(pageConfig(world))};</script>
<script>${js}</script>
</body>
</html>`;
}

const REASONS: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An HTML error page like a CDN edge's (facts file: the edge may answer 502/503/504). */
export function EDGE_ERROR_PAGE(status: number): string {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  return `<!doctype html>
<html><head><title>${title}</title></head>
<body><center><h1>${title}</h1></center><hr><center>sandbox-edge</center></body></html>`;
}
