/**
 * Tells the background when the composer cannot be found on an editor route for a while (Base44
 * probably changed its page) and when it is found again. Reports transitions only, never per scan.
 */
import type { Timers } from './text-watcher';

export interface HealthReporterOptions {
  timers: Timers;
  report: (composerFound: boolean) => void;
  /** How long the composer may be missing before reporting. */
  graceMs?: number;
}

export class HealthReporter {
  private missingTimer: number | null = null;
  private reportedMissing = false;
  private readonly graceMs: number;

  constructor(private readonly opts: HealthReporterOptions) {
    this.graceMs = opts.graceMs ?? 4000;
  }

  /** Call after every scan. `expected` is false off editor routes (home page, settings…). */
  update(expected: boolean, found: boolean): void {
    if (found || !expected) {
      this.clearTimer();
      if (found && this.reportedMissing) {
        this.reportedMissing = false;
        this.opts.report(true);
      }
      return;
    }
    if (this.missingTimer !== null || this.reportedMissing) return;
    this.missingTimer = this.opts.timers.setTimeout(() => {
      this.missingTimer = null;
      this.reportedMissing = true;
      this.opts.report(false);
    }, this.graceMs);
  }

  private clearTimer(): void {
    if (this.missingTimer !== null) this.opts.timers.clearTimeout(this.missingTimer);
    this.missingTimer = null;
  }

  cancel(): void {
    this.clearTimer();
  }
}
