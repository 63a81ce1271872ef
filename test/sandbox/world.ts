/** Everything the simulated Base44 remembers between requests, and the control API's view of it. */
import { SandboxClock } from './clock';
import { FaultBook } from './faults';
import { RateLimiter } from './rate-limit';
import { seededRandom } from './cost';
import { ChatEngine } from './turns';
import { defaultWorkspaces, type App, type Workspace } from './workspaces';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID, SESSION_TOKEN } from './ids';
import type { StoredMessage, TerminalStatus } from './conversation';
import type { PoolVariant } from './variants';
import type {
  BalanceEndpointShape,
  ComposerKind,
  PageFollowMode,
  SandboxState,
  StreamRecord,
} from './control-types';

const MAX_RECORDED_REQUESTS = 1000;
const SEED = 44;
/** Short by default so tests stay fast; real turns often take minutes (facts file). */
export const DEFAULT_TURN_MS = 1500;
/** facts file: the edge may answer 502/503/504 after ~100 s. */
export const DEFAULT_EDGE_TIMEOUT_MS = 100_000;

export class World {
  readonly clock = new SandboxClock();
  readonly faults = new FaultBook();
  readonly limiter = new RateLimiter();
  workspaces: Workspace[] = [];
  apps: App[] = [];
  conversations = new Map<string, StoredMessage[]>();
  engine: ChatEngine;
  variant: PoolVariant = 'canonical';
  apiKey = DEFAULT_API_KEY;
  reportCost = false;
  composer: ComposerKind = 'textarea';
  turnDurationMs = DEFAULT_TURN_MS;
  edgeTimeoutMs = DEFAULT_EDGE_TIMEOUT_MS;
  nextOutcome: TerminalStatus | null = null;
  park = false;
  nextCost: number | null = null;
  pageFollow: PageFollowMode = 'poll';
  balanceEndpoint: BalanceEndpointShape = 'workspace';
  builderModel: string | null = null;
  /** The page's session: the current token, whether it still works, whether refresh still works. */
  session = { token: SESSION_TOKEN, valid: true, signedOut: false, generation: 0 };
  requests: { method: string; path: string }[] = [];
  streams: StreamRecord[] = [];
  /** Ends every response still open (event streams, held turns) on reset and stop. */
  readonly openResponses = new Set<() => void>();
  /** Timers of held requests (edge timeouts), cleared on reset. */
  readonly timers = new Set<NodeJS.Timeout>();
  /** Listeners for conversation changes (the page's event stream). */
  readonly listeners = new Set<(appId: string) => void>();
  private random = seededRandom(SEED);

  constructor() {
    this.engine = this.newEngine();
    this.reset();
  }

  private newEngine(): ChatEngine {
    return new ChatEngine({
      clock: this.clock,
      random: () => this.random(),
      accountOf: (ws) => this.workspace(ws)!.account,
      appName: (id) => this.appName(id),
      conversation: (appId) => this.conversation(appId),
      takeTurnSettings: () => {
        const s = {
          durationMs: this.turnDurationMs,
          outcome: this.nextOutcome ?? 'success_build',
          park: this.park,
          nextCost: this.nextCost,
        };
        this.nextOutcome = null;
        this.park = false;
        this.nextCost = null;
        return s;
      },
      changed: (appId) => {
        for (const l of this.listeners) l(appId);
      },
    });
  }

  reset(): void {
    this.dispose();
    this.clock.reset();
    this.faults.clear();
    this.limiter.clear();
    const d = defaultWorkspaces(this.clock);
    this.workspaces = d.workspaces;
    this.apps = d.apps;
    this.conversations = new Map();
    this.engine = this.newEngine();
    this.random = seededRandom(SEED);
    this.variant = 'canonical';
    this.apiKey = DEFAULT_API_KEY;
    this.reportCost = false;
    this.composer = 'textarea';
    this.turnDurationMs = DEFAULT_TURN_MS;
    this.edgeTimeoutMs = DEFAULT_EDGE_TIMEOUT_MS;
    this.nextOutcome = null;
    this.park = false;
    this.nextCost = null;
    this.pageFollow = 'poll';
    this.balanceEndpoint = 'workspace';
    this.builderModel = null;
    this.session = { token: SESSION_TOKEN, valid: true, signedOut: false, generation: 0 };
    this.requests = [];
    this.streams = [];
  }

  /** Ends running turns, held requests and open streams. */
  dispose(): void {
    this.engine?.dispose();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const close of [...this.openResponses]) close();
    this.openResponses.clear();
    this.listeners.clear();
  }

  later(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
    return t;
  }

  /** Method and path only: bodies and headers (which may hold keys or tokens) are never kept. */
  record(method: string, path: string): void {
    this.requests.push({ method, path });
    if (this.requests.length > MAX_RECORDED_REQUESTS) this.requests.shift();
  }

  workspace(id: string | undefined): Workspace | undefined {
    return this.workspaces.find((w) => w.id === (id ?? DEFAULT_WORKSPACE_ID));
  }

  app(id: string): App | undefined {
    return this.apps.find((a) => a.id === id);
  }

  appName(id: string): string {
    return this.app(id)?.name ?? 'Untitled App';
  }

  conversation(appId: string): StoredMessage[] {
    let c = this.conversations.get(appId);
    if (!c) {
      c = [];
      this.conversations.set(appId, c);
    }
    return c;
  }

  /** Moves the shared clock; every account first notes its windows, then rolls into the new ones. */
  setClock(c: { now?: number; advanceMs?: number; freeze?: boolean }): void {
    for (const w of this.workspaces) w.account.roll();
    this.clock.set(c);
    for (const w of this.workspaces) w.account.roll();
  }

  state(workspaceId?: string): SandboxState | null {
    const ws = this.workspace(workspaceId);
    if (!ws) return null;
    const s = ws.account.snapshot();
    const turns = this.engine.turns;
    return {
      workspaceId: ws.id,
      plan: ws.account.tier,
      message: s.message,
      integration: s.integration,
      daily: s.dailyLimit === null ? null : { used: s.dailyUsed, limit: s.dailyLimit },
      bonus: s.bonus,
      now: this.clock.now(),
      periodStart: s.periodStart,
      periodEnd: s.periodEnd,
      messages: turns
        .filter((t) => t.kind !== 'toolAnswer' && t.backendStatus !== 'error_paywall')
        .map((t) => ({ appId: t.appId, content: t.content, cost: t.cost, mode: t.mode })),
      turns: turns.map((t) => ({
        id: t.id,
        appId: t.appId,
        workspaceId: t.workspaceId,
        kind: t.kind,
        state: t.state,
        backendStatus: t.backendStatus,
        cost: t.cost,
        startedAt: t.startedAt,
        settledAt: t.settledAt,
      })),
      streams: this.streams.map((r) => ({ ...r })),
      apps: this.apps.map((a) => ({ ...a })),
      workspaces: this.workspaces.map((w) => ({
        id: w.id,
        name: w.name,
        role: w.userRole,
        tier: w.account.tier,
        isEnterprise: w.isEnterprise,
      })),
      session: { valid: this.session.valid, signedOut: this.session.signedOut },
      requests: this.requests.map((r) => ({ ...r })),
    };
  }
}
