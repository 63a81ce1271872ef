import { describe, expect, it } from 'vitest';
import { parseWorkspaces } from '../../../lib/base44/workspaces';

const W1 = '64b7f1a2c3d4e5f6071800a1';

describe('parseWorkspaces', () => {
  it('reads the builder’s workspaces list', () => {
    expect(
      parseWorkspaces({
        workspaces: [
          {
            id: '64b7f1a2c3d4e5f607180000',
            name: 'Personal',
            user_role: 'owner',
            subscription_tier: 'builder',
          },
          { id: '64b7f1a2c3d4e5f607180001', name: 'Team', is_enterprise: false },
        ],
      }),
    ).toEqual([
      { id: '64b7f1a2c3d4e5f607180000', name: 'Personal', tier: 'builder' },
      { id: '64b7f1a2c3d4e5f607180001', name: 'Team', tier: null },
    ]);
  });

  it.each([
    [
      'camelCase tier',
      { workspaces: [{ id: W1, name: 'A', subscriptionTier: 'pro' }] },
      [{ id: W1, name: 'A', tier: 'pro' }],
    ],
    ['a bare array', [{ id: W1, name: 'A', tier: 'elite' }], [{ id: W1, name: 'A', tier: 'elite' }]],
    ['a data envelope', { data: { workspaces: [{ id: W1 }] } }, [{ id: W1, name: null, tier: null }]],
    ['an empty list', { workspaces: [] }, []],
    [
      'duplicates',
      {
        workspaces: [
          { id: W1, name: 'A' },
          { id: W1, name: 'B' },
        ],
      },
      [{ id: W1, name: 'A', tier: null }],
    ],
    [
      'bad entries dropped',
      {
        workspaces: [
          null,
          5,
          { name: 'no id' },
          { id: 7 },
          { id: '<script>' },
          // Not an object id: one rule for workspace ids everywhere (lib/base44/urls.ts).
          { id: 'w1', name: 'short id' },
          { id: W1.toUpperCase(), name: 42, tier: '' },
        ],
      },
      [{ id: W1, name: null, tier: null }],
    ],
  ])('%s', (_name, json, expected) => {
    expect(parseWorkspaces(json)).toEqual(expected);
  });

  it.each([
    [null],
    [undefined],
    ['<html>'],
    [42],
    [{}],
    [{ workspaces: 'x' }],
    [[1, 2, 3]],
    [{ data: null }],
  ])('returns null for %j', (json) => {
    expect(parseWorkspaces(json)).toBeNull();
  });
});
