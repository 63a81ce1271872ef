import type { UiT } from '../i18n/ui-messages';

/** An app as people know it: the builder's name; a short id only while the name is not known. */
export function appLabel(t: UiT, appId: string | null, name: string | null | undefined): string {
  if (name?.trim()) return name.trim();
  if (appId === null) return t('apps.home');
  return t('apps.unnamed', { id: appId.length > 8 ? appId.slice(0, 6) + '…' : appId });
}
