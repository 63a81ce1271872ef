import type { WhatsNewNote } from '../lib/ui/use-whats-new';
import { useLocale } from '../lib/ui/locale';

/** A short note after an update: what the new version brings, until dismissed. */
export function WhatsNew({ note, onDismiss }: { note: WhatsNewNote; onDismiss: () => void }) {
  const { t } = useLocale();
  return (
    <section
      className="banner info"
      data-testid="whats-new"
      data-version={note.version}
      aria-labelledby="whats-new-title"
    >
      <strong id="whats-new-title">{t('whatsNew.title', { version: note.version })}</strong>
      <ul className="small" style={{ margin: '4px 0', paddingInlineStart: 18 }}>
        {note.lines.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" data-testid="whats-new-dismiss" onClick={onDismiss}>
          {t('whatsNew.dismiss')}
        </button>
      </div>
    </section>
  );
}
