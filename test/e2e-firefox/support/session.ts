import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../../e2e/harness';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { launchFirefox, type FirefoxHarness, type FirefoxLaunchOptions } from './firefox';

export interface FirefoxSession {
  /** One simulated Base44 (and its proxy) for the whole file. */
  readonly sandbox: Sandbox;
  /** Launch Firefox with the built extension; closed after the test. */
  launch(opts?: FirefoxLaunchOptions): Promise<FirefoxHarness>;
}

/** A sandbox per file, a fresh Firefox profile per test, nothing left running after a failure. */
export function firefoxSession(): FirefoxSession {
  let sandbox: Sandbox | undefined;
  let proxy: ConnectProxy | undefined;
  let harness: FirefoxHarness | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox();
    proxy = await startConnectProxy({ 'app.base44.com:443': sandbox.port });
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  afterAll(async () => {
    await proxy?.stop();
    await sandbox?.stop();
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox starts in beforeAll; use it inside a test or hook');
      return sandbox;
    },
    async launch(opts) {
      if (!proxy) throw new Error('The proxy starts in beforeAll');
      harness = await launchFirefox(proxy.port, opts);
      return harness;
    },
  };
}
