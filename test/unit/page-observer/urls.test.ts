import { describe, expect, it } from 'vitest';
import { chatMessageAppId, editorAppId, isBuilderApiUrl, isWorkspacesUrl } from '../../../lib/base44/urls';

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
    expect(chatMessageAppId(url)).toBe(id);
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
    expect(isWorkspacesUrl('/api/workspace/workspaces')).toBe(true);
    expect(isWorkspacesUrl('https://app.base44.com/api/workspace/workspaces/')).toBe(true);
    expect(isWorkspacesUrl('https://app.base44.com/api/workspace/members/list')).toBe(false);
  });
});
