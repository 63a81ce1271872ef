/**
 * What Credit Meter has seen of the builder, for the "What Credit Meter sees" page: which sources are
 * live and the shapes of responses it could not read. Shapes only — URL patterns and key names —
 * never values, prompt text or keys.
 */
import { storage } from 'wxt/utils/storage';
import type { TurnChange } from '../credits/turns';
import type { SettledBy } from '../db/rows';

export interface SeenShape {
  urlShape: string;
  count: number;
  lastAt: number;
}

export interface UnrecognisedShape {
  urlShape: string;
  keys: string[];
  at: number;
}

export interface Diagnostics {
  composer: { found: boolean; at: number; route: string } | null;
  balanceShapes: SeenShape[];
  /** Balances seen whose workspace could not be told (several workspaces, none named). */
  unattributed: number;
  turns: { ended: number; by: Partial<Record<SettledBy, number>>; lastAt: number | null };
  unrecognised: UnrecognisedShape[];
  /** Page messages dropped because a tab sent more than the rate limit allows. */
  dropped?: number;
}

const EMPTY_DIAGNOSTICS: Diagnostics = {
  composer: null,
  balanceShapes: [],
  unattributed: 0,
  turns: { ended: 0, by: {}, lastAt: null },
  unrecognised: [],
};

export const diagnosticsItem = storage.defineItem<Diagnostics>('local:diagnostics', {
  fallback: EMPTY_DIAGNOSTICS,
});

const MAX_SHAPES = 8;
const MAX_UNRECOGNISED = 10;

async function update(fn: (d: Diagnostics) => Diagnostics): Promise<void> {
  const current = { ...EMPTY_DIAGNOSTICS, ...(await diagnosticsItem.getValue()) };
  await diagnosticsItem.setValue(fn(current));
}

/** The route with ids replaced, so the report names no app. */
function routeShape(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/[0-9a-f]{24}(?=\/|$)/gi, '/:id');
  } catch {
    return '';
  }
}

export function noteComposer(found: boolean, url: string, now: number): Promise<void> {
  return update((d) => ({ ...d, composer: { found, at: now, route: routeShape(url) } }));
}

export function noteBalanceSource(
  urlShape: string | null,
  kind: 'page' | 'pageText',
  now: number,
): Promise<void> {
  const shape = urlShape ?? (kind === 'pageText' ? '(visible text)' : '(unknown URL)');
  return update((d) => {
    const others = d.balanceShapes.filter((s) => s.urlShape !== shape);
    const prev = d.balanceShapes.find((s) => s.urlShape === shape);
    const next = { urlShape: shape, count: (prev?.count ?? 0) + 1, lastAt: now };
    return { ...d, balanceShapes: [next, ...others].slice(0, MAX_SHAPES) };
  });
}

export function noteUnattributed(): Promise<void> {
  return update((d) => ({ ...d, unattributed: d.unattributed + 1 }));
}

export async function noteTurnEnd(changes: TurnChange[], now: number): Promise<void> {
  const ended = changes.map((c) => c.patch.settledBy).filter((b): b is SettledBy => !!b);
  if (ended.length === 0) return;
  await update((d) => {
    const by = { ...d.turns.by };
    for (const b of ended) by[b] = (by[b] ?? 0) + 1;
    return { ...d, turns: { ended: d.turns.ended + ended.length, by, lastAt: now } };
  });
}

export function noteUnrecognised(urlShape: string, keys: string[], now: number): Promise<void> {
  return update((d) => {
    const others = d.unrecognised.filter((u) => u.urlShape !== urlShape);
    return {
      ...d,
      unrecognised: [{ urlShape, keys: keys.slice(0, 20), at: now }, ...others].slice(0, MAX_UNRECOGNISED),
    };
  });
}

export function noteDropped(count: number): Promise<void> {
  return update((d) => ({ ...d, dropped: (d.dropped ?? 0) + count }));
}
