import { Fragment, type ReactNode } from 'react';

/** Fills {{name}} placeholders: values to type as <code>, names of choices (in `plain`) as <strong>. */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
  plain: readonly string[] = [],
): ReactNode[] {
  return template.split(/(\{\{\s*\w+\s*\}\})/).map((part, i) => {
    const m = /^\{\{\s*(\w+)\s*\}\}$/.exec(part);
    const name = m?.[1];
    if (name !== undefined && name in values) {
      if (plain.includes(name)) return <strong key={i}>{values[name]}</strong>;
      return (
        <code key={i} className="value">
          {values[name]}
        </code>
      );
    }
    return <Fragment key={i}>{part}</Fragment>;
  });
}
