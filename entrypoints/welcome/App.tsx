import { ShortcutHint } from '../../components/ShortcutHint';
import { useLocale } from '../../lib/ui/locale';
import { openBase44, openOptionsPage } from '../../lib/ui/open';

/** Opened once, on install (lib/background/install.ts): what the meter reads and how to make it exact. */
export function App() {
  const { t } = useLocale();
  return (
    <main className="page" data-testid="welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <section className="card" aria-labelledby="welcome-reads">
        <h2 id="welcome-reads">{t('welcome.readsTitle')}</h2>
        <ul className="small">
          <li>{t('welcome.readsPage')}</li>
          <li>{t('welcome.readsChip')}</li>
          <li>{t('welcome.readsEstimate')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="welcome-exact">
        <h2 id="welcome-exact">{t('welcome.exactTitle')}</h2>
        <ol className="small">
          <li>{t('welcome.exactBuilder')}</li>
          <li>{t('welcome.exactKey')}</li>
        </ol>
        <div className="row" style={{ justifyContent: 'flex-start' }}>
          <button type="button" className="primary" onClick={openBase44}>
            {t('empty.openBase44')}
          </button>
          <button type="button" onClick={openOptionsPage}>
            {t('welcome.openSettings')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="welcome-shortcut">
        <h2 id="welcome-shortcut">{t('welcome.shortcutTitle')}</h2>
        <ShortcutHint />
      </section>
      <p className="small muted">{t('welcome.local')}</p>
    </main>
  );
}
