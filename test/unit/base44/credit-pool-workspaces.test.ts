import { describe, expect, it } from 'vitest';
import { parseWorkspaces } from '../../../lib/base44/workspaces';

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
      { workspaces: [{ id: 'w1', name: 'A', subscriptionTier: 'pro' }] },
      [{ id: 'w1', name: 'A', tier: 'pro' }],
    ],
    ['a bare array', [{ id: 'w1', name: 'A', tier: 'elite' }], [{ id: 'w1', name: 'A', tier: 'elite' }]],
    ['a data envelope', { data: { workspaces: [{ id: 'w1' }] } }, [{ id: 'w1', name: null, tier: null }]],
    ['an empty list', { workspaces: [] }, []],
    [
      'duplicates',
      {
        workspaces: [
          { id: 'w1', name: 'A' },
          { id: 'w1', name: 'B' },
        ],
      },
      [{ id: 'w1', name: 'A', tier: null }],
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
          { id: 'ok', name: 42, tier: '' },
        ],
      },
      [{ id: 'ok', name: null, tier: null }],
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
