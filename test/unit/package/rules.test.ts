import { describe, expect, it } from 'vitest';
import { packageProblems, type PackagedManifest } from '../../package/rules';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
const chromeManifest: PackagedManifest = {
  manifest_version: 3,
  content_security_policy: { extension_pages: CSP },
};
const firefoxManifest: PackagedManifest = {
  manifest_version: 2,
  content_security_policy: CSP,
  browser_specific_settings: { gecko: { id: 'x@y.invalid' } },
};
const SOURCES = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/a.ts'];

describe('package rules', () => {
  it('accepts clean packages', () => {
    expect(packageProblems('chrome', ['manifest.json', 'background.js'], chromeManifest)).toEqual([]);
    expect(packageProblems('firefox', ['manifest.json', 'page-observer.js'], firefoxManifest)).toEqual([]);
    expect(packageProblems('sources', SOURCES, null)).toEqual([]);
  });

  it.each([
    'test-results/e2e.json',
    'demo-output/popup.png',
    'bench-output/run.json',
    '.output/chrome-mv3/manifest.json',
    'test/sandbox/dev-key.pem',
    'certs/server.crt',
    'sub/.env',
    '.env.local',
    'npm-debug.log',
    'node_modules/x/index.js',
  ])('rejects %s in any zip', (name) => {
    expect(packageProblems('sources', [...SOURCES, name], null)).toHaveLength(1);
  });

  it('keeps ordinary source names that only look alike', () => {
    expect(packageProblems('sources', [...SOURCES, 'lib/keys.ts', 'test/e2e/harness.ts'], null)).toEqual([]);
  });

  it('rejects a Chrome manifest that exposes files or carries Firefox settings', () => {
    const p = packageProblems('chrome', ['manifest.json'], {
      ...chromeManifest,
      web_accessible_resources: [{ resources: ['page-observer.js'], matches: ['https://app.base44.com/*'] }],
      browser_specific_settings: { gecko: { id: 'x@y.invalid' } },
    });
    expect(p).toEqual([
      'chrome manifest exposes web_accessible_resources',
      'chrome manifest has browser_specific_settings',
    ]);
  });

  it('rejects a Firefox manifest that exposes files to pages', () => {
    expect(
      packageProblems('firefox', ['manifest.json'], {
        ...firefoxManifest,
        web_accessible_resources: ['page-observer.js'],
      }),
    ).toEqual(['firefox manifest exposes web_accessible_resources']);
  });

  it('rejects a loose or missing extension-page CSP', () => {
    const loose = { ...firefoxManifest, content_security_policy: "script-src 'self' 'unsafe-eval'" };
    expect(packageProblems('firefox', ['manifest.json'], loose)).toHaveLength(1);
    const none = { ...chromeManifest, content_security_policy: undefined };
    expect(packageProblems('chrome', ['manifest.json'], none)).toHaveLength(1);
  });

  it('rejects a Firefox manifest without its gecko id, and sources that cannot be rebuilt', () => {
    expect(
      packageProblems('firefox', ['manifest.json'], {
        ...firefoxManifest,
        browser_specific_settings: undefined,
      }),
    ).toEqual(['firefox manifest has no gecko id']);
    expect(packageProblems('sources', ['README.md'], null)).toHaveLength(5);
    expect(packageProblems('chrome', ['background.js'], null)).toEqual([
      'chrome zip has no manifest.json at its root',
    ]);
  });
});
