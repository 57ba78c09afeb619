import type { ReactNode } from 'react';

/** The button that shows or hides a part of the page (aria-expanded, aria-controls), for every such part. */
export function DisclosureButton({
  open,
  controls,
  onToggle,
  children,
}: {
  open: boolean;
  /** The id of the part it shows or hides. */
  controls: string;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="disclosure"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
