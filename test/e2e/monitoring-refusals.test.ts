/**
 * "Test connection" on the options page tells apart each way the Monitoring API refuses (the
 * simulation refuses as docs.base44.com describes, or as marked invented in test/sandbox/README.md):
 * a workspace that is not Enterprise, a role that may not use it, an unknown workspace, a rate limit,
 * and a workspace key used outside its workspace.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectionText } from '../../lib/i18n/connection-text';
import type { ConnectionNote } from '../../lib/messaging/protocol';
import { DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID, TEAM_WORKSPACE_ID } from './harness';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

async function testConnection(apiKey: string, workspaceId: string): Promise<Page> {
  const options = await (await e2e.launch()).openOptions();
  await options.getByTestId('api-key').fill(apiKey);
  await options.getByTestId('workspace-id').fill(workspaceId);
  await options.getByTestId('test-connection').click();
  await options.getByTestId('connection-result').waitFor();
  return options;
}

async function expectOutcome(options: Page, status: string, note: ConnectionNote): Promise<void> {
  const result = options.getByTestId('connection-result');
  expect(await result.getAttribute('data-ok')).toBe('false');
  expect(await result.getAttribute('data-status')).toBe(status);
  expect(await result.innerText()).toBe(connectionText(note, 'en'));
}

describe('the Monitoring API refuses, and the options page says how', () => {
  it('a workspace that is not Enterprise', async () => {
    const options = await testConnection(DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID);
    await expectOutcome(options, 'apiRefused', { code: 'notEnterprise', certain: true });
    expect(await options.getByTestId('monitoring-note').innerText()).toMatch(/Enterprise/);
  });

  it('an Enterprise workspace where the user is only a member', async () => {
    await e2e.sandbox.control.setWorkspace({
      workspaceId: TEAM_WORKSPACE_ID,
      enterprise: true,
      role: 'member',
    });
    const options = await testConnection(DEFAULT_API_KEY, TEAM_WORKSPACE_ID);
    await expectOutcome(options, 'apiRefused', { code: 'roleDenied' });
  });

  it('a workspace id Base44 does not know', async () => {
    const options = await testConnection(DEFAULT_API_KEY, '64b7f1a2c3d4e5f6071800ff');
    await expectOutcome(options, 'keyRejected', { code: 'notFound', workspaceKey: false });
  });

  it('a rate limit', async () => {
    await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    await e2e.sandbox.control.fault({ endpoint: 'monitoring', status: 429, retryAfter: 60, times: 1 });
    const options = await testConnection(DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID);
    await expectOutcome(options, 'rateLimited', { code: 'rateLimited' });
  });

  it('a workspace key (b44k_) used for another workspace', async () => {
    const key = 'b44k_team_only_0123456789';
    await e2e.sandbox.control.setWorkspace({
      workspaceId: TEAM_WORKSPACE_ID,
      enterprise: true,
      role: 'owner',
    });
    await e2e.sandbox.control.setEnterprise(DEFAULT_WORKSPACE_ID, true);
    await e2e.sandbox.control.setWorkspaceKey(TEAM_WORKSPACE_ID, key);
    const options = await testConnection(key, DEFAULT_WORKSPACE_ID);
    expect(await options.getByTestId('api-key-kind').getAttribute('data-kind')).toBe('workspace');
    await expectOutcome(options, 'keyRejected', { code: 'keyRejected', workspaceKey: true });

    // In its own workspace it works.
    await options.getByTestId('workspace-id').fill(TEAM_WORKSPACE_ID);
    await options.getByTestId('test-connection').click();
    await expect.poll(() => options.getByTestId('connection-result').getAttribute('data-ok')).toBe('true');
  });
});
