/**
 * Watching and steering the extension's MV3 service worker over CDP.
 *
 * Playwright keeps one `Worker` object per registration: it emits no `close` when Chrome stops the
 * worker, and `evaluate` on a stopped worker hangs. So the running status comes from CDP's
 * `ServiceWorker.workerVersionUpdated` events, read from a session on an extension page.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping' | 'unknown';

interface VersionsEvent {
  versions: { scriptURL: string; runningStatus: string; status: string }[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ServiceWorkerControl {
  private status: RunningStatus = 'unknown';
  private listeners = new Set<() => void>();

  private constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
    private readonly cdp: CDPSession,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: VersionsEvent) => {
      // The extension has one registration; its newest activated version is the one that runs.
      const ours = e.versions.filter((v) => v.scriptURL.startsWith(origin));
      const active = ours.find((v) => v.status === 'activated') ?? ours[ours.length - 1];
      if (!active) return;
      this.status = active.runningStatus as RunningStatus;
      for (const l of this.listeners) l();
    });
  }

  /** `page` must show a document of the extension's origin (any will do; it is only a CDP anchor). */
  static async attach(context: BrowserContext, origin: string, page: Page): Promise<ServiceWorkerControl> {
    const cdp = await context.newCDPSession(page);
    const control = new ServiceWorkerControl(context, origin, cdp);
    await cdp.send('ServiceWorker.enable');
    // Enabling reports the current versions at once; wait for that so the status is known.
    await control.waitForAny(5_000);
    return control;
  }

  get runningStatus(): RunningStatus {
    return this.status;
  }

  private waitForAny(timeoutMs: number): Promise<void> {
    if (this.status !== 'unknown') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(done);
        reject(new Error(`no service worker status reported within ${timeoutMs} ms`));
      }, timeoutMs);
      this.listeners.add(done);
    });
  }

  private waitFor(want: RunningStatus, timeoutMs: number, what: string): Promise<void> {
    if (this.status === want) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.status !== want) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${what}: still '${this.status}' after ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.waitFor('stopped', timeoutMs, 'stopping the service worker');
  }

  /** The running worker; when stopped, starts it (wake) or waits for something else to (no wake). */
  async worker(wake: boolean, timeoutMs = 10_000): Promise<Worker> {
    if (this.status !== 'running') {
      if (wake && (this.status === 'stopped' || this.status === 'stopping')) {
        await this.waitFor('stopped', timeoutMs, 'waiting for the service worker to finish stopping');
        await this.cdp.send('ServiceWorker.startWorker', { scopeURL: `${this.origin}/` });
      }
      await this.waitFor('running', timeoutMs, 'waiting for the service worker to run');
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const w = this.context.serviceWorkers().find((x) => x.url().startsWith(this.origin));
      if (w) return w;
      if (Date.now() > deadline)
        throw new Error('the service worker runs but Playwright has not attached to it');
      await sleep(25);
    }
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
