import { storage } from 'wxt/utils/storage';
import type { Summary } from '../credits/types';

/**
 * What the background last published: each workspace's summary, and which one is shown. Only the
 * background writes it (lib/background/publish.ts); extension pages `watch()` it (content scripts
 * cannot read extension storage: they get the same summary pushed by message).
 */
export interface Published {
  /** The workspace the popup and badge show. */
  active: string;
  summaries: Record<string, Summary>;
}

export const EMPTY_PUBLISHED: Published = { active: '', summaries: {} };

export const publishedItem = storage.defineItem<Published>('local:published', { fallback: EMPTY_PUBLISHED });

/** The shown workspace's summary, if one was published. */
export function activeSummary(p: Published | null | undefined): Summary | null {
  return (p?.active && p.summaries[p.active]) || null;
}
