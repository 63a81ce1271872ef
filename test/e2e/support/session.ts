import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchExtension, startSandbox, type Harness, type LaunchOptions, type Sandbox } from '../harness';

export interface E2eSession {
  /** One simulated Base44 for the whole file. */
  readonly sandbox: Sandbox;
  /** The browser of the current test, if it launched one; closed after each test. */
  harness: Harness | undefined;
  /** Launch Chromium with the built extension against this file's sandbox. */
  launch(opts?: LaunchOptions): Promise<Harness>;
}

/**
 * The lifecycle every e2e file shares: a sandbox per file, a fresh browser per test, nothing left
 * running after a failure. Call at the top level of a test file.
 */
export function e2eSession(opts: { resetBeforeEach?: boolean } = {}): E2eSession {
  let sandbox: Sandbox | undefined;
  const session: E2eSession = {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox starts in beforeAll; use it inside a test or hook');
      return sandbox;
    },
    harness: undefined,
    async launch(launchOpts) {
      session.harness = await launchExtension(session.sandbox, launchOpts);
      return session.harness;
    },
  };
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  if (opts.resetBeforeEach) beforeEach(() => session.sandbox.control.reset());
  afterEach(async () => {
    await session.harness?.close();
    session.harness = undefined;
  });
  return session;
}
