import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are kept to the least the features need.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Credit Meter for Base44',
    description:
      'Estimate what a Base44 prompt will cost before you send it, and track message and integration credits.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://app.base44.com/*'],
    // The main-world observer the content script injects (lib/page-observer/bridge.ts).
    web_accessible_resources: [{ resources: ['page-observer.js'], matches: ['https://app.base44.com/*'] }],
    browser_specific_settings: {
      gecko: {
        id: 'credit-meter@base44-tools.invalid',
        // Firefox's data-collection declaration: nothing is collected or sent anywhere but Base44.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', '**/*.pem', 'bench-output/**'],
  },
});
