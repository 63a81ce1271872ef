import { describe, expect, it } from 'vitest';
import {
  builderEndpoint,
  editorAppId,
  isBuilderApiUrl,
  isTurnStartRequest,
  urlShape,
  workspaceIdInUrl,
} from '../../../lib/base44/urls';

const APP = '64b7f1a2c3d4e5f60718293a';

describe('Base44 URL patterns', () => {
  it.each([
    [`https://app.base44.com/api/apps/${APP}/chat/message`, APP],
    [`/api/apps/${APP.toUpperCase()}/chat/message`, APP],
    [`https://app.base44.com/api/apps/${APP}/chat/message?x=1`, APP],
    [`https://app.base44.com/api/apps/${APP}/chat/messages`, null],
    [`https://app.base44.com/api/apps/${APP}x/chat/message`, null],
    [`https://base44.com.evil.example/api/apps/${APP}/chat/message`, null],
    ['not a url at all %%%', null],
  ])('chat message %s → %s', (url, id) => {
    expect(builderEndpoint('POST', url)).toEqual(id === null ? null : { kind: 'chatMessage', appId: id });
  });

  it.each([
    [`https://app.base44.com/apps/${APP}/editor/preview`, APP],
    [`https://app.base44.com/apps/${APP}/editor`, APP],
    [`https://app.base44.com/apps/${APP}/editor/workspace/code?filePath=a.tsx`, APP],
    [`https://app.base44.com/apps/${APP}/editorial`, null],
    ['https://app.base44.com/', null],
  ])('editor route %s → %s', (url, id) => {
    expect(editorAppId(url)).toBe(id);
  });

  it('the builder API excludes the Monitoring API and other origins', () => {
    expect(isBuilderApiUrl('https://app.base44.com/api/auth/me')).toBe(true);
    expect(isBuilderApiUrl('https://app.base44.com/api/v1/monitoring/health')).toBe(false);
    expect(isBuilderApiUrl('https://example.com/api/auth/me')).toBe(false);
    expect(isBuilderApiUrl('https://app.base44.com/apps/x')).toBe(false);
  });

  it('workspaces endpoint', () => {
    expect(builderEndpoint('GET', '/api/workspace/workspaces')).toEqual({ kind: 'workspaces' });
    expect(builderEndpoint('GET', 'https://app.base44.com/api/workspace/workspaces/')).toEqual({
      kind: 'workspaces',
    });
    expect(builderEndpoint('GET', 'https://app.base44.com/api/workspace/members/list')).toBeNull();
  });

  it.each([
    [
      'POST',
      `/api/apps/${APP}/chat/message?conversation_messages=current_turn`,
      { kind: 'chatMessage', appId: APP },
    ],
    [
      'post',
      `https://app.base44.com/api/apps/${APP.toUpperCase()}/chat/message/`,
      { kind: 'chatMessage', appId: APP },
    ],
    ['POST', `/api/apps/${APP}/chat/submit-tool-call-input?branch_id=b`, { kind: 'toolAnswer', appId: APP }],
    ['POST', `/api/apps/${APP}/chat/stop`, { kind: 'chatStop', appId: APP }],
    ['GET', `/api/apps/${APP}/chat/full-conversation?limit=30`, { kind: 'fullConversation', appId: APP }],
    ['GET', `/api/apps/${APP}?fields=id,organization_id`, { kind: 'app', appId: APP }],
    ['POST', '/api/apps', { kind: 'createApp' }],
    ['GET', '/api/auth/me', { kind: 'authMe' }],
    ['GET', '/api/workspace/workspaces', { kind: 'workspaces' }],
    ['GET', `/api/apps/${APP}/chat/message`, null],
    ['PUT', `/api/apps/${APP}`, null],
    ['GET', '/api/apps', null],
    ['POST', `/api/apps/${APP}/chat/messages`, null],
    ['POST', `/api/apps/${APP}/chat/message/extra`, null],
    ['POST', `/api/apps/${APP}/constructor`, null],
    ['POST', `https://evil.example/api/apps/${APP}/chat/message`, null],
    ['GET', 'https://app.base44.com/api/v1/monitoring/health', null],
  ])('endpoint %s %s', (method, url, expected) => {
    expect(builderEndpoint(method, url)).toEqual(expected);
  });

  it('reads request bodies only for the turn-starting requests', () => {
    expect(isTurnStartRequest('POST', `/api/apps/${APP}/chat/message`)).toBe(true);
    expect(isTurnStartRequest('POST', '/api/apps')).toBe(true);
    expect(isTurnStartRequest('POST', `/api/apps/${APP}/chat/submit-tool-call-input`)).toBe(false);
    expect(isTurnStartRequest('POST', '/api/auth/login')).toBe(false);
  });

  it.each([
    [`https://app.base44.com/api/workspace/${APP}/credit-balance?a=b`, '/api/workspace/:id/credit-balance'],
    ['/api/users/b0a1c3d2-0000-4000-8000-000000000001/usage/2026', '/api/users/:id/usage/:id'],
    ['/api/search/Sam%20Smith%27s%20app', '/api/search/:id'],
    ['/', '/'],
    ['/a/b/c/d/e/f/g/h/i/j/k/l/m/n', '/a/b/c/d/e/f/g/h/i/j/k/l'],
  ])('url shape %s → %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });

  it.each([
    [`/api/workspace/${APP}/credit-balance`, APP],
    [`/api/workspaces/${APP.toUpperCase()}`, APP],
    [`/api/organizations/${APP}/billing`, APP],
    [`/api/billing?workspace_id=${APP}`, APP],
    [`/api/billing?organization_id=${APP}`, APP],
    ['/api/workspace/workspaces', null],
    ['/api/billing?workspace_id=personal', null],
    [`https://evil.example/api/workspace/${APP}`, null],
  ])('workspace in %s → %s', (url, id) => {
    expect(workspaceIdInUrl(url)).toBe(id);
  });
});
