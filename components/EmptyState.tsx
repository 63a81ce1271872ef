import { useLocale } from '../lib/ui/locale';

interface Props {
  onOpenBase44: () => void;
  onOpenOptions: () => void;
}

/** First run: nothing read yet; say what gets the numbers flowing. */
export function EmptyState({ onOpenBase44, onOpenOptions }: Props) {
  const { t } = useLocale();
  return (
    <section className="card" data-testid="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p className="small" style={{ margin: '4px 0' }}>
        {t('empty.body')}
      </p>
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <button type="button" className="primary" onClick={onOpenBase44}>
          {t('empty.openBase44')}
        </button>
        <button type="button" onClick={onOpenOptions}>
          {t('empty.addKey')}
        </button>
      </div>
    </section>
  );
}
