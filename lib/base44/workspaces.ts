/**
 * `GET /api/workspace/workspaces` → `{workspaces: [{id, name, subscription_tier?, …}]}` (seen in
 * public extensions; the first entry is the personal workspace). Spellings live in ./fields.ts.
 */
import {
  ENVELOPE_KEYS,
  normalizeKey,
  TIER_KEYS,
  WORKSPACE_ID_KEYS,
  WORKSPACE_NAME_KEYS,
  WORKSPACES_LIST_KEYS,
} from './fields';
import { workspaceIdOf } from './urls';
import type { Workspace } from '../schema/reading';
import { isObj } from './json';

function field(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const [k, v] of Object.entries(o)) {
    if (keys.includes(normalizeKey(k))) return v;
  }
  return undefined;
}

function shortText(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 && t.length <= max ? t : null;
}

function listOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) return null;
  const list = field(json, WORKSPACES_LIST_KEYS);
  if (Array.isArray(list)) return list;
  for (const key of ENVELOPE_KEYS) {
    const inner: unknown = json[key];
    if (inner !== undefined && inner !== json) {
      const found = Array.isArray(inner) ? inner : isObj(inner) ? field(inner, WORKSPACES_LIST_KEYS) : null;
      if (Array.isArray(found)) return found;
    }
  }
  return null;
}

/**
 * The workspaces the user belongs to, or null when the body is not a workspaces list. Entries
 * without a usable id are dropped; name and tier are null when absent or not plain strings.
 */
export function parseWorkspaces(json: unknown): Workspace[] | null {
  const list = listOf(json);
  if (!list) return null;
  const out: Workspace[] = [];
  const seen = new Set<string>();
  for (const item of list.slice(0, 500)) {
    if (!isObj(item)) continue;
    const id = workspaceIdOf(field(item, WORKSPACE_ID_KEYS));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      name: shortText(field(item, WORKSPACE_NAME_KEYS), 200),
      tier: shortText(field(item, TIER_KEYS), 64),
    });
  }
  // A bare array of non-workspace things is not a workspaces list.
  if (out.length === 0 && list.length > 0) return null;
  return out;
}
