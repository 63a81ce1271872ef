import { describe, expect, it } from 'vitest';
import { keyKind, keyKindLabel, WORKSPACE_KEY_PREFIX } from '../../../lib/base44/api-keys';

describe('keyKind', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    ['b44k_3f9a0c1d2e', 'workspace'],
    ['  b44k_3f9a0c1d2e  ', 'workspace'],
    ['b44k_', 'workspace'],
    ['sandbox-api-key', 'personal'],
    ['a1b2c3d4e5f6a7b8c9d0', 'personal'],
    // The prefix must lead: elsewhere in the key, or misspelt, it is a personal key.
    ['xb44k_3f9a', 'personal'],
    ['b44k3f9a', 'personal'],
    ['b44_3f9a', 'personal'],
    ['B44K_3F9A', 'personal'],
  ] as const)('%j → %s', (key, kind) => {
    expect(keyKind(key)).toBe(kind);
  });

  it('names each kind without ever needing the key', () => {
    expect(keyKindLabel('workspace')).toBe(`Workspace key (${WORKSPACE_KEY_PREFIX}…)`);
    expect(keyKindLabel('personal')).toBe('Personal API key');
    expect(keyKindLabel('empty')).toBeNull();
  });
});
