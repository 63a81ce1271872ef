import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppCosts } from '../../../components/AppCosts';
import type { AppCosts as AppCostsData } from '../../../lib/credits/app-costs';

const A = 'a'.repeat(24);
const B = 'b'.repeat(24);

function tags(html: string, id: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<[a-z]+[^>]*data-testid="${id}"[^>]*>`, 'g'))].map((m) =>
    Object.fromEntries([...m[0].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

const base: AppCostsData = {
  workspaceId: 'ws',
  focusedAppId: A,
  session: { appId: A, name: 'Task tracker', start: 0, credits: 1.5, prompts: 2, estimated: 1 },
  apps: [
    { appId: A, name: 'Task tracker', credits: 4, prompts: 5 },
    { appId: B, name: null, credits: 1, prompts: 1 },
  ],
  cycle: { start: 0, end: 1 },
};

describe('AppCosts', () => {
  it('carries the session and per-app figures, with names, else a short id', () => {
    const html = renderToStaticMarkup(<AppCosts costs={base} />);
    expect(tags(html, 'session-cost')).toEqual([
      expect.objectContaining({ 'data-credits': '1.5', 'data-prompts': '2', 'data-app-id': A }),
    ]);
    expect(tags(html, 'app-cost')).toEqual([
      expect.objectContaining({ 'data-app-id': A, 'data-credits': '4' }),
      expect.objectContaining({ 'data-app-id': B, 'data-credits': '1' }),
    ]);
    expect(html).toContain('This session on Task tracker');
    expect(html).toContain('Task tracker</span>');
    expect(html).toContain('App bbbbbb…');
    expect(html).toContain('1 credit ·');
    expect(html).not.toContain(A.slice(0, 6) + '…');
  });

  it('shows zero figures when no session runs', () => {
    const html = renderToStaticMarkup(<AppCosts costs={{ ...base, session: null }} />);
    expect(tags(html, 'session-cost')[0]).toMatchObject({ 'data-credits': '0', 'data-prompts': '0' });
    expect(html).toContain('No session running on Task tracker.');
    const none = renderToStaticMarkup(
      <AppCosts costs={{ ...base, session: null, focusedAppId: null, apps: [] }} />,
    );
    expect(none).toContain('Open an app in the builder');
    expect(none).toContain('No prompts this cycle yet.');
  });
});
