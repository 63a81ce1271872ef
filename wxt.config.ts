import { defineConfig } from 'wxt';

const BASE44_MATCH = 'https://app.base44.com/*';
const GECKO_ID = 'credit-meter@base44-tools.invalid';
/**
 * Opens the popup (lib/ui/shortcut.ts shows the keys the browser really assigned). Not Alt+Shift+C:
 * Chromium on Linux leaves that one unassigned.
 */
const POPUP_SHORTCUT = 'Alt+Shift+K';

/**
 * Extension pages (popup, options, ledger, background) run only the bundled scripts and talk only to
 * Base44. `wxt` (dev) also needs its local server for reloads.
 */
function extensionPagesCsp(dev: boolean): string {
  const connect = [
    "'self'",
    'https://app.base44.com',
    // Chrome loads a notification's icon (a data: URL, lib/background/notification-icon.ts) as a fetch.
    'data:',
    ...(dev ? ['http://localhost:*', 'ws://localhost:*'] : []),
  ];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    `connect-src ${connect.join(' ')}`,
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Manifest and build settings, per target browser. Permissions are kept to the least the features
// need (README, "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts send messages and take pushes without answering: Chrome's MV3 `chrome` and
    // Firefox's `browser` do both with promises, so they go without the polyfill (2.4 KB gzip of a
    // 25 KB budget). Extension pages and the background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias))
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser, command, manifestVersion }) => ({
    // In each language from public/_locales (written from lib/i18n by `npm run i18n:manifest`).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: [BASE44_MATCH],
    content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') },
    // The keyboard shortcut that opens the popup; MV2 (Firefox) names the action differently.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: POPUP_SHORTCUT },
      },
    },
    ...(browser === 'firefox'
      ? {
          // No web_accessible_resources: the content script injects the page observer itself
          // (lib/page-observer/bridge.ts), and Firefox lets a content script load the extension's
          // own files, so no page can (MV2 could not limit the list to app.base44.com anyway).
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox's data-collection declaration (desktop Firefox 140+): nothing is collected.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands that declaration from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip (Firefox review) holds what is needed to rebuild, nothing produced or private.
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'demo-output/**',
      'test-results/**',
      'bench-output/**',
      'coverage/**',
      '**/*.pem',
      '**/*.key',
      '**/*.crt',
      '**/*.p12',
      '**/*.pfx',
      '**/.env',
      '**/.env.*',
      '**/*.log',
    ],
  },
});
