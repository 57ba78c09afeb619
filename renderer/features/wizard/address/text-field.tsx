import { useAppStore } from '../../../store/store-context.js';
import type { FormField } from '../../../store/types.js';
import { LabelledInput, type InputProps } from '../../../app/labelled-input.js';
import { useFieldProblem } from './field-error.js';

/** One field of the address step bound to the store: its value, and the problem the last check found. */
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
  input: Omit<InputProps, 'value' | 'onChange'>;
}) {
  const value = useAppStore((s) => s[field]);
  const error = useAppStore((s) => s.fieldErrors[field]);
  const setField = useAppStore((s) => s.setField);
  const problem = useFieldProblem(error);
  return (
    <LabelledInput
      id={field}
      label={label}
      hint={hint}
      problem={problem}
      className={className}
      input={{ ...input, value, onChange: (e) => setField(field, e.target.value) }}
    />
  );
}
