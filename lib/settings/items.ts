import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** Settings, versioned so later shapes can migrate. Any context may read; the options page writes. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * The Monitoring API key. Local storage only (never sync), read only by the background; the
 * options page hands it over through the `setCredentials` message.
 */
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });
