import { useEffect, useState } from 'react';
import { whatsNewItem } from '../settings/whats-new';
import type { UiKey } from '../i18n/ui-messages';
import { notesBetween } from './release-notes';

export interface WhatsNewNote {
  version: string;
  lines: UiKey[];
}

/** The "what's new" note after an update, until dismissed; null when there is nothing to tell. */
export function useWhatsNew(): { note: WhatsNewNote | null; dismiss: () => void } {
  const [update, setUpdate] = useState<{ from: string; to: string } | null>(null);
  useEffect(() => {
    void whatsNewItem.getValue().then(setUpdate);
    return whatsNewItem.watch(setUpdate);
  }, []);
  const lines = update ? notesBetween(update.from, update.to) : [];
  return {
    note: update && lines.length > 0 ? { version: update.to, lines } : null,
    dismiss: () => {
      setUpdate(null);
      void whatsNewItem.removeValue();
    },
  };
}
