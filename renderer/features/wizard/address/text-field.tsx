import type { InputHTMLAttributes } from 'react';
import { useAppStore } from '../../../store/store-context.js';
import type { FormField } from '../../../store/types.js';
import { FieldErrorText } from './field-error.js';

/** Input attributes a field may set; value, id and the aria wiring come from the store and the field name. */
type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

/**
 * One form field bound to the store: label, hint, input and the message next to it, with the
 * aria-invalid / aria-describedby wiring every field needs.
 */
export function TextField({
  field,
  label,
  hint,
  className = 'field',
  input,
}: {
  field: FormField;
  label: string;
  hint: string;
  className?: string;
  input: InputProps;
}) {
  const value = useAppStore((s) => s[field]);
  const error = useAppStore((s) => s.fieldErrors[field]);
  const setField = useAppStore((s) => s.setField);
  const hintId = `${field}-hint`;
  const errorId = `${field}-error`;
  return (
    <div className={className}>
      <label htmlFor={field}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <input
        {...input}
        id={field}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => setField(field, e.target.value)}
      />
      <FieldErrorText id={errorId} error={error} />
    </div>
  );
}
