import { describe, expect, it } from 'vitest';
import { classifyRefusal, readErrorBody, type Refusal } from '../../../lib/base44/monitoring-refusal';

const body = (b: unknown) => readErrorBody(JSON.stringify(b));

describe('readErrorBody', () => {
  it('reads the documented shape', () => {
    expect(
      body({
        message: 'You are not an owner or admin of this workspace.',
        error_type: 'authorization_error',
        extra_data: { reason: 'insufficient_role', errors: [] },
      }),
    ).toEqual({
      reason: 'insufficient_role',
      errorType: 'authorization_error',
      texts: ['You are not an owner or admin of this workspace.'],
    });
  });

  it.each([
    ['not JSON', 'Unauthorized'],
    ['empty', ''],
    ['an array', '[1,2]'],
    ['a string', '"no"'],
    ['null', 'null'],
    ['cut off', '{"message": "Invalid API'],
  ])('%s → nothing', (_name, raw) => {
    expect(readErrorBody(raw)).toEqual({ reason: null, errorType: null, texts: [] });
  });

  it('takes `detail` as text, object or FastAPI list, and camelCase or nested spellings', () => {
    expect(body({ detail: 'Invalid API key' }).texts).toEqual(['Invalid API key']);
    expect(body({ detail: { message: 'Enterprise only', reason: 'not_enterprise' } })).toMatchObject({
      reason: 'not_enterprise',
      texts: ['Enterprise only'],
    });
    expect(body({ detail: [{ msg: 'field required' }, 'x', { msg: 3 }] }).texts).toEqual(['field required']);
    expect(body({ errorType: 'forbidden', extraData: { reason: 'not_enterprise' } })).toMatchObject({
      reason: 'not_enterprise',
      errorType: 'forbidden',
    });
    expect(body({ error: { message: 'Invalid API key', type: 'authentication_error' } })).toMatchObject({
      errorType: 'authentication_error',
      texts: ['Invalid API key'],
    });
    expect(body({ error: 'unauthorized', message: 'Invalid API key.' })).toMatchObject({
      errorType: 'unauthorized',
      texts: ['Invalid API key.'],
    });
  });

  it('keeps a reason only when it looks like a code, never free text', () => {
    expect(body({ extra_data: { reason: 'Your key abc is wrong' } }).reason).toBeNull();
    expect(body({ extra_data: { reason: 'x'.repeat(65) } }).reason).toBeNull();
    expect(body({ extra_data: { reason: 42 } }).reason).toBeNull();
    expect(body({ extra_data: 'insufficient_role' }).reason).toBeNull();
  });
});

describe('classifyRefusal (status × body)', () => {
  const ROLE = {
    message: 'You are not an owner or admin of this workspace.',
    error_type: 'authorization_error',
    extra_data: { reason: 'insufficient_role' },
  };
  const PLAN = {
    message: 'The Monitoring API is available on Enterprise plans only.',
    error_type: 'forbidden',
    extra_data: { reason: 'not_enterprise' },
  };
  const KEY = { message: 'Invalid API key', error_type: 'authentication_error' };

  it.each<[string, number, unknown, Refusal['kind'], boolean]>([
    // The simulated Base44's three refusals.
    ['bad key', 401, KEY, 'keyRejected', true],
    ['role', 401, ROLE, 'roleDenied', true],
    ['not Enterprise', 403, PLAN, 'notEnterprise', true],
    // The body wins over the status: a real server may use the other code.
    ['role on 403', 403, ROLE, 'roleDenied', true],
    ['not Enterprise on 401', 401, PLAN, 'notEnterprise', true],
    ['bad key on 403', 403, KEY, 'keyRejected', true],
    // Each piece alone is enough.
    ['reason only: role', 401, { extra_data: { reason: 'insufficient_role' } }, 'roleDenied', true],
    ['reason only: plan', 401, { extra_data: { reason: 'not_enterprise' } }, 'notEnterprise', true],
    ['reason only: key', 403, { extra_data: { reason: 'invalid_api_key' } }, 'keyRejected', true],
    ['message only: role', 403, { message: ROLE.message }, 'roleDenied', true],
    ['detail only: plan', 401, { detail: 'Upgrade to Enterprise to use this.' }, 'notEnterprise', true],
    ['detail only: key', 403, { detail: 'Invalid API key' }, 'keyRejected', true],
    ['type only: authentication', 403, { error_type: 'authentication_error' }, 'keyRejected', true],
    ['type only: authorization', 401, { error_type: 'authorization_error' }, 'roleDenied', true],
    // The reason outranks a message that says something else.
    [
      'reason beats message',
      401,
      { message: 'Invalid API key', extra_data: { reason: 'insufficient_role' } },
      'roleDenied',
      true,
    ],
    // The older simulated Base44: `error: "unauthorized"` is only the status's name.
    [
      'old sandbox, bad key',
      401,
      { error: 'unauthorized', message: 'Invalid API key.' },
      'keyRejected',
      true,
    ],
    [
      'old sandbox, role',
      401,
      { error: 'unauthorized', message: 'You are not an owner or admin of this workspace.' },
      'roleDenied',
      true,
    ],
    ['a bare error code', 403, { error: 'invalid_api_key' }, 'keyRejected', true],
    // Nothing recognisable: the status decides.
    ['401 unauthorized only', 401, { error: 'unauthorized', message: 'Unauthorized' }, 'keyRejected', false],
    ['empty 401', 401, {}, 'keyRejected', false],
    ['empty 403', 403, {}, 'notEnterprise', false],
    [
      '403 forbidden, no reason',
      403,
      { message: 'Forbidden', error_type: 'forbidden' },
      'notEnterprise',
      false,
    ],
    ['unknown reason', 403, { extra_data: { reason: 'quota_exceeded_42' } }, 'notEnterprise', false],
    // Words that point two ways are not trusted.
    [
      'mixed message',
      403,
      { message: 'Only owners or admins of Enterprise workspaces may do this.' },
      'notEnterprise',
      false,
    ],
    ['mixed message on 401', 401, { message: 'Only admins of Enterprise plans.' }, 'keyRejected', false],
  ])('%s (%i)', (_name, status, b, kind, certain) => {
    expect(classifyRefusal(status, body(b))).toMatchObject({ kind, certain });
  });

  it('passes the reason code on', () => {
    expect(classifyRefusal(403, body(PLAN)).reason).toBe('not_enterprise');
    expect(classifyRefusal(401, body({})).reason).toBeNull();
  });
});
