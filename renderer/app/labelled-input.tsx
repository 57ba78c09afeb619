import type { InputHTMLAttributes } from 'react';
import { MAX_PASSWORD_LENGTH } from '../../shared/ipc-contract.js';

/** Input attributes a field may set; the id and the aria wiring come from the field itself. */
export type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-invalid' | 'aria-describedby'
>;

/**
 * One labelled input, for every form of the wizard: the label, the hint (if any), the input and
 * the problem next to it (if any), with the aria-invalid / aria-describedby wiring every field
 * needs. The hint is `<id>-hint`, the problem `<id>-error`.
 */
export function LabelledInput({
  id,
  label,
  hint,
  problem = null,
  className,
  input,
}: {
  id: string;
  label: string;
  hint?: string;
  /** The sentence saying what is wrong, or null. */
  problem?: string | null;
  /** The wrapper's class: the forms' own layouts differ, so nothing is assumed. */
  className?: string | undefined;
  input: InputProps;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [problem !== null ? errorId : null, hint ? hintId : null].filter(
    (x) => x !== null,
  );
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        {...input}
        id={id}
        aria-invalid={problem !== null ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      />
      {problem !== null && (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** A password field: never filled in by the browser, at most as long as the IPC contract takes. */
export function PasswordInput({
  id,
  label,
  hint,
  problem = null,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  problem?: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledInput
      id={id}
      label={label}
      {...(hint !== undefined ? { hint } : {})}
      problem={problem}
      className="field"
      input={{
        type: 'password',
        autoComplete: 'off',
        maxLength: MAX_PASSWORD_LENGTH,
        value,
        onChange: (e) => onChange(e.target.value),
      }}
    />
  );
}
