/** A typed client for the sandbox's `/__sandbox/*` control API, over HTTPS from Node. */
import { request } from 'node:https';
import type { SandboxControl, SandboxState } from './control-types';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One HTTPS request to the sandbox on 127.0.0.1:port, verified against its own certificate
 * (presented for app.base44.com, as Chromium sees it).
 */
export function sandboxRequest(
  port: number,
  ca: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? 'GET',
        headers: { host: 'app.base44.com', ...init.headers },
        servername: 'app.base44.com',
        ca,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

export function createControlClient(port: number, ca: string): SandboxControl {
  async function post(name: string, body: unknown = {}): Promise<void> {
    const res = await sandboxRequest(port, ca, `/__sandbox/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 200)
      throw new Error(`sandbox control '${name}' failed: HTTP ${res.status} ${res.text}`);
  }
  const ws = (o?: { workspaceId?: string }) => (o?.workspaceId ? { workspaceId: o.workspaceId } : {});
  return {
    reset: () => post('reset'),
    setPlan: (plan, opts) => post('plan', { plan, ...ws(opts) }),
    setTier: (spec) => post('tier', spec),
    setBalances: (b) => post('balances', b),
    setClock: (c) => post('clock', c),
    setAnchor: (a) => post('anchor', a),
    setVariant: (variant) => post('variant', { variant }),
    fault: (f) => post('fault', f),
    clearFaults: () => post('clear-faults'),
    setNextCost: (cost) => post('next-cost', { cost }),
    setApiKey: (key) => post('api-key', { key }),
    setReportCost: (on) => post('report-cost', { on }),
    setComposer: (kind) => post('composer', { kind }),
    setTurn: (t) => post('turn', t),
    setEdge: (e) => post('edge', e),
    setTurnOutcome: (status) => post('turn-outcome', { status }),
    setPark: (on) => post('park', { on }),
    setPageFollow: (mode) => post('page-follow', { mode }),
    setBalanceEndpoint: (shape) => post('balance-endpoint', { shape }),
    setModel: (model) => post('model', { model }),
    expireToken: () => post('expire-token'),
    signOut: () => post('sign-out'),
    setEnterprise: (workspaceId, on) => post('enterprise', { workspaceId, on }),
    setWorkspaceKey: (workspaceId, key) => post('workspace-key', { workspaceId, key }),
    setWorkspace: (patch) => post('workspace', patch),
    state: async (opts) => {
      const q = opts?.workspaceId ? `?workspaceId=${encodeURIComponent(opts.workspaceId)}` : '';
      const res = await sandboxRequest(port, ca, `/__sandbox/state${q}`);
      if (res.status !== 200) throw new Error(`sandbox state failed: HTTP ${res.status} ${res.text}`);
      return JSON.parse(res.text) as SandboxState;
    },
  };
}
