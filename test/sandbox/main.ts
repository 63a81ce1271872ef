/**
 * `npm run sandbox`: the simulated Base44 on its own, for clicking around or pointing a browser at.
 * PORT (default 8443) picks the port; Ctrl+C stops it.
 */
import { resolve } from 'node:path';
import { startSandboxServer } from './server';
import { DEFAULT_API_KEY, DEFAULT_APP_ID, DEFAULT_WORKSPACE_ID, TEAM_WORKSPACE_ID } from './ids';

const port = Number(process.env.PORT ?? 8443);
const server = await startSandboxServer({ port, host: '127.0.0.1' });
const ext = resolve('.output/chrome-mv3');

console.log(`Simulated Base44 listening on https://127.0.0.1:${server.port} (self-signed, made at start)

Reach it as https://app.base44.com by starting Chromium with:
  chromium --user-data-dir=$(mktemp -d) \\
    --host-resolver-rules="MAP app.base44.com 127.0.0.1:${server.port}" \\
    --ignore-certificate-errors \\
    --load-extension=${ext} --disable-extensions-except=${ext} \\
    https://app.base44.com/apps/${DEFAULT_APP_ID}/editor/preview

Workspaces ${DEFAULT_WORKSPACE_ID} (personal, free) and ${TEAM_WORKSPACE_ID} (team, pro).
Monitoring API key "${DEFAULT_API_KEY}" (Enterprise workspaces only: POST enterprise {"workspaceId": …, "on": true}).
Control API: curl -k https://127.0.0.1:${server.port}/__sandbox/state
             curl -k -X POST -d '{"plan":"pro"}' https://127.0.0.1:${server.port}/__sandbox/plan
Ctrl+C to stop.`);

const shutdown = () => {
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
