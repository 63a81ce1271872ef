/**
 * The builder's own controls, seen by the extension: a model picked by hand (`builder_model` from
 * `/api/auth/me`) is named in the chip's details, and the Stop button ends the running turn as
 * stopped with the cost the balance shows for it.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../lib/db/rows';
import { builderWithLedger, CHIP, composer, ledger, send, waitForTurns } from './support/builder';
import { e2eSession } from './support/session';

const e2e = e2eSession({ resetBeforeEach: true });

async function chipDetails(page: import('playwright-core').Page): Promise<string> {
  await composer(page).fill('Change the button color to blue');
  const chip = page.locator(CHIP);
  await chip.waitFor();
  await chip.hover();
  const details = chip.locator('[role="tooltip"]');
  await details.waitFor({ state: 'visible' });
  return details.innerText();
}

describe('the builder’s own controls', () => {
  it('a model picked by hand is named in the chip’s details; “let Base44 choose” is not', async () => {
    const h = await e2e.launch();
    const auto = await h.openBuilder();
    expect(await chipDetails(auto)).not.toMatch(/picked by hand/);
    await auto.close();

    await e2e.sandbox.control.setModel('claude-opus-4');
    const picked = await h.openBuilder();
    await expect
      .poll(() => chipDetails(picked), { timeout: 15_000 })
      .toMatch(/claude-opus-4, picked by hand/);
  });

  it('Stop ends the running turn as stopped, with what the balance says the stop cost', async () => {
    const { control } = e2e.sandbox;
    await control.setPlan('pro');
    await control.setTurn({ durationMs: 8000 });
    const h = await e2e.launch();
    const { page, ext } = await builderWithLedger(h);
    await send(page, 'Add a due date field to tasks with a date picker');
    await expect
      .poll(async () => (await ledger(ext)).map((r) => r.state), { timeout: 10_000 })
      .toEqual(['sent']);
    await page.getByRole('button', { name: 'Stop' }).click();
    const [row] = await waitForTurns(ext, 1, (r: LedgerRow) => r.state === 'stopped' && r.actual !== null);
    const [turn] = (await control.state()).turns;
    expect(turn?.backendStatus).toBe('stopped');
    // What the balance says the stop cost (the simulation charges half, an invention), not an estimate.
    expect(row).toMatchObject({ state: 'stopped', actual: turn?.cost, actualSource: 'balanceDelta' });
    expect(turn?.cost).toBeGreaterThan(0);
  });
});
