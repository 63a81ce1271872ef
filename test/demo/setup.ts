/** What the demo needs from the e2e harness, in one place. */
export { launchExtension, SECOND_APP_ID, startSandbox, type Harness, type Sandbox } from '../e2e/harness';
export { ChromiumMissingError, requireChromium } from '../e2e/support/chromium';
