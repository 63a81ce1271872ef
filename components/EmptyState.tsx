interface Props {
  onOpenBase44: () => void;
  onOpenOptions: () => void;
}

/** First run: nothing read yet; say what gets the numbers flowing. */
export function EmptyState({ onOpenBase44, onOpenOptions }: Props) {
  return (
    <section className="card" data-testid="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No credit readings yet</h2>
      <p className="small" style={{ margin: '4px 0' }}>
        Open one of your apps in the Base44 builder — the meter reads your balance from the page. For
        account-wide numbers without the builder open, add a Monitoring API key.
      </p>
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <button type="button" className="primary" onClick={onOpenBase44}>
          Open Base44
        </button>
        <button type="button" onClick={onOpenOptions}>
          Add an API key
        </button>
      </div>
    </section>
  );
}
