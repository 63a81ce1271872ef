/**
 * Fault injection per endpoint: an error status, a broken body, a delay, for N requests or until
 * cleared. Test controls, not Base44 behaviour; the HTML error page imitates the edge's (facts file).
 */
export type FaultEndpoint =
  'monitoring' | 'health' | 'chat' | 'conversation' | 'credits' | 'me' | 'workspaces' | 'apps';
export const FAULT_ENDPOINTS: readonly FaultEndpoint[] = [
  'monitoring',
  'health',
  'chat',
  'conversation',
  'credits',
  'me',
  'workspaces',
  'apps',
];

export interface Fault {
  endpoint: FaultEndpoint;
  status?: number;
  body?: 'malformed' | 'html';
  delayMs?: number;
  /** How many requests it affects; absent = every request until clearFaults(). */
  times?: number;
  retryAfter?: number;
}

export function isFaultEndpoint(v: unknown): v is FaultEndpoint {
  return typeof v === 'string' && (FAULT_ENDPOINTS as readonly string[]).includes(v);
}

export class FaultBook {
  private faults: Fault[] = [];

  add(f: Fault): void {
    this.faults.push({ ...f });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this request, if any; spends one of its `times`. */
  take(endpoint: FaultEndpoint): Fault | null {
    const i = this.faults.findIndex((f) => f.endpoint === endpoint);
    if (i < 0) return null;
    const f = this.faults[i]!;
    if (f.times !== undefined) {
      f.times -= 1;
      if (f.times <= 0) this.faults.splice(i, 1);
    }
    return f;
  }
}
