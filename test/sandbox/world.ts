/** Everything the simulated Base44 remembers between requests, and the control API's view of it. */
import { Account } from './account';
import { FaultBook } from './faults';
import { RateLimiter } from './rate-limit';
import { DEFAULT_API_KEY, DEFAULT_APP_ID, SECOND_APP_ID } from './ids';
import type { PoolVariant } from './variants';
import type { ComposerKind, SandboxState } from './control-types';

const MAX_RECORDED_REQUESTS = 1000;

export class World {
  readonly account = new Account();
  readonly faults = new FaultBook();
  readonly limiter = new RateLimiter();
  variant: PoolVariant = 'canonical';
  apiKey = DEFAULT_API_KEY;
  reportCost = true;
  composer: ComposerKind = 'textarea';
  apps: { id: string; name: string }[] = [];
  requests: { method: string; path: string }[] = [];

  constructor() {
    this.reset();
  }

  reset(): void {
    this.account.reset();
    this.faults.clear();
    this.limiter.clear();
    this.variant = 'canonical';
    this.apiKey = DEFAULT_API_KEY;
    this.reportCost = true;
    this.composer = 'textarea';
    this.apps = [
      { id: DEFAULT_APP_ID, name: 'Task Tracker' },
      { id: SECOND_APP_ID, name: 'Recipe Box' },
    ];
    this.requests = [];
  }

  /** Method and path only: bodies and headers (which may hold keys or tokens) are never kept. */
  record(method: string, path: string): void {
    this.requests.push({ method, path });
    if (this.requests.length > MAX_RECORDED_REQUESTS) this.requests.shift();
  }

  appName(id: string): string {
    return this.apps.find((a) => a.id === id)?.name ?? 'Untitled App';
  }

  state(): SandboxState {
    const s = this.account.snapshot();
    return {
      plan: this.account.plan,
      message: s.message,
      integration: s.integration,
      daily: s.dailyLimit === null ? null : { used: s.dailyUsed, limit: s.dailyLimit },
      bonus: s.bonus,
      now: this.account.now(),
      periodStart: s.periodStart,
      periodEnd: s.periodEnd,
      messages: this.account.messages
        .filter((m) => m.role === 'user')
        .map((m) => ({ appId: m.appId, content: m.content, cost: m.cost, mode: m.mode })),
      requests: this.requests.map((r) => ({ ...r })),
    };
  }
}
