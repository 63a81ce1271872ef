import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** A labelled input with its hint and validation message wired for screen readers. */
export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <div id={`${id}-hint`} className="small muted">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="error-text" role="alert" data-testid={`error-${id}`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** aria-describedby / aria-invalid for an input inside a Field. */
export function fieldAria(id: string, error: string | undefined, hasHint = false) {
  const ids = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

interface TextFieldProps extends Omit<Props, 'children'> {
  testId: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'number';
  numeric?: boolean;
  /** For a number input: the smallest step (e.g. 'any' for decimals). */
  step?: string;
  size?: number;
  placeholder?: string;
}

/** A Field holding one text input: the form's common case. */
export function TextField({
  testId,
  value,
  onChange,
  type,
  numeric,
  size,
  placeholder,
  step,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      <input
        {...fieldAria(field.id, field.error, field.hint !== undefined)}
        data-testid={testId}
        type={type}
        // Keys and ids are not words: no autofill, no spelling marks.
        autoComplete="off"
        spellCheck={false}
        inputMode={numeric ? 'numeric' : undefined}
        size={size}
        placeholder={placeholder}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
