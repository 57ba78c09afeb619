import { createContext, useContext } from 'react';

/** A report shown read-only (support staff opened a saved file): what the screen shows instead of asking. */
export interface ReadOnlyReport {
  /** The reference code the file carries. */
  referenceCode: string;
}

/** Set around a result screen that shows a saved report; null (the default) for the user's own run. */
export const ReadOnlyContext = createContext<ReadOnlyReport | null>(null);

/** The read-only report around this component, or null when the result is the user's own. */
export function useReadOnly(): ReadOnlyReport | null {
  return useContext(ReadOnlyContext);
}
