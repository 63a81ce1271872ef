import { storage } from 'wxt/utils/storage';
import { parseSettings } from '../schema/settings';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** As stored, versioned so later shapes can migrate; read and written only through `settingsItem`. */
const storedSettings = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const parse = (raw: unknown): Settings => parseSettings(raw, DEFAULT_SETTINGS);

/**
 * Settings, parsed by their schema on every read and write: a field that does not fit is its
 * default. Any context may read; the options page writes.
 */
export const settingsItem = {
  getValue: async (): Promise<Settings> => parse(await storedSettings.getValue()),
  setValue: (value: Settings): Promise<void> => storedSettings.setValue(parse(value)),
  watch: (cb: (value: Settings) => void): (() => void) => storedSettings.watch((raw) => cb(parse(raw))),
};
