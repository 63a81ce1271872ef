import { storage } from 'wxt/utils/storage';

/**
 * The update the popup's "what's new" note is about; set by the background after an update,
 * removed when the person dismisses the note. Local to this browser.
 */
export const whatsNewItem = storage.defineItem<{ from: string; to: string } | null>('local:whatsNew', {
  fallback: null,
});

/** The welcome page was opened in this profile (it opens once, lib/background/install.ts). */
export const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });
