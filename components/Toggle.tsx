interface Props {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
  hint?: string;
  testId?: string;
}

/** A checkbox with its label and an optional one-line explanation. */
export function Toggle({ label, checked, onChange, hint, testId }: Props) {
  return (
    <div>
      <label className="inline">
        <input
          type="checkbox"
          checked={checked}
          data-testid={testId}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint && <div className="small muted">{hint}</div>}
    </div>
  );
}
